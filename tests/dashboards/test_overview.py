"""The overview shows the scenario's figures (see conftest), in cards, tables and charts."""

from datetime import date

import pytest
from django.urls import reverse

from .conftest import PERIOD, YEAR
from .pages import cards, csv_rows, figure, table

pytestmark = pytest.mark.django_db

ONLINE = "People reached online (visitor-days)"
OUTREACH = "Participants in outreach activities"
TRAINED = "Learners who completed a course"


@pytest.fixture
def page(staff_client, scenario):
    response = staff_client.get(reverse("dashboards_overview"), PERIOD)
    assert response.status_code == 200
    return response


def test_headline_figures(page):
    assert cards(page) == {
        ONLINE: "88",
        OUTREACH: "158",
        TRAINED: "11",
        "Valid certificates today": "9",
    }


def test_headline_card_shows_progress_against_its_target(page):
    text = page.content.decode()
    assert f"Target 1,000 for 01/01/{YEAR} – 12/31/{YEAR}" in text
    start, on = date(YEAR, 1, 1), date(YEAR, 4, 30)
    days = (date(YEAR, 12, 31) - start).days + 1
    expected = round(100 * ((on - start).days + 1) / days)
    assert f"9% reached; {expected}% expected by now" in text


def test_targets_table_and_chart(page):
    rows = table(page, "targets")
    assert rows[0] == [
        "Indicator",
        "For",
        "Period",
        "Target",
        "So far",
        "Share of the target",
        "Share expected by now at a steady pace",
    ]
    assert rows[1][:6] == [
        ONLINE,
        "All countries",
        f"01/01/{YEAR} – 12/31/{YEAR}",
        "1,000",
        "88",
        "9%",
    ]
    chart = figure(page, "targets")
    assert chart["data"][0]["x"] == [8.8]
    assert chart["data"][0]["text"] == ["9%"]


def test_trend_by_month(page):
    assert table(page, "trend") == [
        ["Month", ONLINE, OUTREACH, TRAINED, "Certificates issued"],
        [f"March {YEAR}", "63", "35", "8", "7"],
        [f"April {YEAR}", "25", "123", "<5", "<5"],
    ]
    chart = figure(page, "trend")
    assert [trace["name"] for trace in chart["data"]] == [
        ONLINE,
        OUTREACH,
        TRAINED,
        "Certificates issued",
    ]
    assert chart["data"][0]["x"] == [f"{YEAR}-03-01", f"{YEAR}-04-01"]
    assert chart["data"][0]["y"] == [63, 25]
    # The small counts are not drawn and their true value is not in the page.
    assert chart["data"][2]["y"] == [8, None]
    assert chart["data"][2]["text"] == ["8", "<5"]


def test_professionals_trained_by_role(page):
    assert table(page, "trained-by-role") == [
        ["Professional role", "Enrolled", "Completed a course", "Certified"],
        ["Police officer", "12", "8", "7"],
        ["Judge", "6", "<5", "<5"],
        ["Prosecutor", "<5", "0", "0"],
    ]


def test_reach_by_country(page):
    assert table(page, "by-country") == [
        ["Country", ONLINE, OUTREACH, TRAINED],
        ["France", "65", "35", "8"],
        ["Brazil", "20", "120", "0"],
        ["Jordan", "<5", "<5", "<5"],
    ]
    chart = figure(page, "by-country")
    assert chart["data"][0]["y"] == ["France", "Brazil", "Jordan"]
    assert chart["data"][0]["x"] == [65, 20, 0]
    assert chart["data"][0]["text"] == ["65", "20", "<5"]


def test_headline_csv_holds_the_cards(staff_client, scenario):
    response = staff_client.get(reverse("dashboards_csv", args=["overview", "headlines"]), PERIOD)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="overview-headlines-{YEAR}-03-01-{YEAR}-04-30.csv"'
    )
    assert csv_rows(response) == [
        ["Measure", "Figure", "Filters not applied"],
        [ONLINE, "88", ""],
        [OUTREACH, "158", ""],
        [TRAINED, "11", ""],
        ["Valid certificates today", "9", ""],
    ]


def test_filters_that_a_figure_cannot_apply_are_named(staff_client, scenario):
    response = staff_client.get(reverse("dashboards_overview"), {**PERIOD, "role": "judge"})
    assert cards(response)[TRAINED] == "<5"
    rows = csv_rows(
        staff_client.get(
            reverse("dashboards_csv", args=["overview", "headlines"]), {**PERIOD, "role": "judge"}
        )
    )
    assert rows[1] == [ONLINE, "88", "Not limited by: professional role"]
    assert rows[3] == [TRAINED, "<5", ""]


def test_country_filter_narrows_every_figure(staff_client, scenario):
    response = staff_client.get(reverse("dashboards_overview"), {**PERIOD, "country": "FR"})
    assert cards(response) == {
        ONLINE: "65",
        OUTREACH: "35",
        TRAINED: "8",
        "Valid certificates today": "7",
    }
    assert table(response, "by-country")[1:] == [["France", "65", "35", "8"]]
