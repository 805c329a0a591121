"""Every chart's table, figure and CSV export hold the same numbers, and no count under the
threshold appears anywhere: not in a table, a card, a figure's JSON or a CSV."""

import re

import pytest
from django.urls import reverse

from campaign_site.dashboards.tables import COUNT, DATE, MONTH, Typed, csv_header

from .conftest import PERIOD
from .pages import cards, csv_rows, figure, panels

pytestmark = pytest.mark.django_db

DASHBOARDS = ["overview", "reach", "training"]
SMALL = re.compile(r"^[1-4]$")


def _plain(text: str) -> str:
    """A shown number as the CSV writes it: no digit grouping, no percent sign."""
    return text.replace(",", "").removesuffix("%")


def _pages(client, dashboard, params):
    response = client.get(reverse(f"dashboards_{dashboard}"), params)
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("dashboard", DASHBOARDS)
def test_each_csv_holds_exactly_what_its_chart_and_table_show(staff_client, scenario, dashboard):
    response = _pages(staff_client, dashboard, PERIOD)
    shown = panels(response)
    for panel in response.context["panels"]:
        url = reverse("dashboards_csv", args=[dashboard, panel.key])
        export = staff_client.get(f"{url}?{response.context['query']}")
        assert export.status_code == 200, panel.key
        rows = csv_rows(export)
        assert rows[0] == [csv_header(column) for column in panel.table.columns]
        assert rows[1:] == panel.table.csv_rows(), panel.key
        if panel.kind == "figures":
            figures = cards(response, panel.key)
            assert {row[0]: row[1] for row in rows[1:]} == {
                label: _plain(value) for label, value in figures.items()
            }, panel.key
            continue
        if panel.is_empty:
            continue
        html = shown[panel.key]["rows"]
        assert html[0] == [str(column.label) for column in panel.table.columns], panel.key
        assert len(html) == len(rows), panel.key
        for html_row, csv_row in zip(html[1:], rows[1:], strict=True):
            for column, seen, exported in zip(panel.table.columns, html_row, csv_row, strict=True):
                if column.kind not in (DATE, MONTH):
                    assert _plain(seen) == exported, (panel.key, column.key, seen, exported)


@pytest.mark.parametrize("dashboard", DASHBOARDS)
def test_figures_draw_the_numbers_of_their_table(staff_client, scenario, dashboard):
    response = _pages(staff_client, dashboard, PERIOD)
    for panel in response.context["panels"]:
        if not panel.figure:
            continue
        drawn = figure(response, panel.key)
        shown = {value for row in panel.table.display_rows() for value, _numeric in row}
        for trace in drawn["data"]:
            for text in trace.get("text") or []:
                parts = [part.strip() for part in str(text).split("·")]
                assert all(part in shown for part in parts), (panel.key, text)


@pytest.mark.parametrize("dashboard", DASHBOARDS)
@pytest.mark.parametrize("threshold", [5, 10])
def test_no_small_count_reaches_the_page_or_the_csv(
    staff_client, scenario, settings, dashboard, threshold
):
    settings.REACH_SMALL_CELL_THRESHOLD = threshold
    response = _pages(staff_client, dashboard, PERIOD)
    small = re.compile(rf"^({'|'.join(str(n) for n in range(1, threshold))})$")
    for key, panel in panels(response).items():
        for row in panel["rows"][1:]:
            assert not any(small.match(cell) for cell in row), (key, row)
        for card in panel["cards"]:
            assert not small.match(card.get("value", "")), (key, card)
    for panel in response.context["panels"]:
        rows = csv_rows(
            staff_client.get(reverse("dashboards_csv", args=[dashboard, panel.key]), PERIOD)
        )
        for raw, row in zip(panel.table.rows, rows[1:], strict=True):
            for value, column, cell in zip(raw, panel.table.columns, row, strict=True):
                kind = value.kind if isinstance(value, Typed) else column.kind
                if kind == COUNT:
                    assert not small.match(cell), (panel.key, row)
        if not panel.figure:
            continue
        drawn = figure(response, panel.key)
        percent = any(
            axis.get("ticksuffix")
            for name, axis in drawn["layout"].items()
            if name.startswith(("xaxis", "yaxis"))
        )
        if percent:
            continue
        for trace in drawn["data"]:
            for axis in ("x", "y"):
                for value in trace.get(axis) or []:
                    if isinstance(value, int | float):
                        assert not 0 < value < threshold, (panel.key, trace.get("name"), value)
    if threshold == 10:
        assert f"&lt;{threshold}" in response.content.decode()


def test_small_cells_are_explained_on_the_page(staff_client, scenario):
    text = _pages(staff_client, "reach", PERIOD).content.decode()
    assert 'Counts under 5 are shown and exported as “<span dir="ltr">&lt;5</span>”' in text


def test_a_csv_cell_cannot_run_as_a_spreadsheet_formula(staff_client, scenario):
    from campaign_site.reach.models import Campaign

    Campaign.objects.filter(slug="spring-launch").update(name='=HYPERLINK("x")')
    rows = csv_rows(
        staff_client.get(reverse("dashboards_csv", args=["reach", "by-campaign"]), PERIOD)
    )
    assert rows[1][0] == '\'=HYPERLINK("x")'
