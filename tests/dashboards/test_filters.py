"""Filters live in the URL; malformed, hostile or oversized values are refused with a clear
message next to the field, and nothing is counted until they are corrected."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from campaign_site.dashboards.filters import DashboardFilterForm, default_interval, default_period

from .conftest import PERIOD, YEAR

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.mark.parametrize(
    "params,field,message",
    [
        ({"start": f"{YEAR}-13-45"}, "start", "Enter a valid date."),
        ({"start": "yesterday"}, "start", "Enter a valid date."),
        ({"start": "9" * 10_000}, "start", "Enter a valid date."),
        ({"start": "1999-12-31"}, "start", "Choose a day from 2000-01-01 on."),
        (
            {"end": (TODAY + timedelta(days=1)).isoformat()},
            "end",
            "Choose a day up to today: figures cannot be ahead.",
        ),
        (
            {"start": f"{YEAR}-05-01", "end": f"{YEAR}-04-01"},
            "end",
            "The period cannot end before it starts.",
        ),
        (
            {"start": "2001-01-01", "end": "2010-01-01"},
            "start",
            "Choose a period of at most five years.",
        ),
        ({"country": "XX"}, "country", "Select a valid choice."),
        ({"country": "A" * 5000}, "country", "Select a valid choice."),
        ({"locale": "tlh"}, "locale", "Select a valid choice."),
        ({"audience": "<script>alert(1)</script>"}, "audience", "Select a valid choice."),
        ({"role": "' OR 1=1 --"}, "role", "Select a valid choice."),
        ({"organisation": "abc"}, "organisation", "Select a valid choice."),
        ({"organisation": "999999"}, "organisation", "Select a valid choice."),
        ({"organisation": "1e9999"}, "organisation", "Select a valid choice."),
        ({"interval": "hour"}, "interval", "Select a valid choice."),
    ],
)
def test_bad_filters_are_refused_and_nothing_is_counted(staff_client, params, field, message):
    response = staff_client.get(reverse("dashboards_reach"), params)
    assert response.status_code == 400
    form = response.context["form"]
    assert any(message in error for error in form.errors[field])
    assert response.context["panels"] == []
    text = response.content.decode()
    assert "Some filters are not valid." in text
    assert "<script>alert(1)</script>" not in text
    export = staff_client.get(reverse("dashboards_csv", args=["reach", "by-country"]), params)
    assert export.status_code == 400
    assert export["Content-Type"] == "text/plain; charset=utf-8"
    assert message in export.content.decode()


def test_unknown_parameters_are_ignored(staff_client, scenario):
    response = staff_client.get(reverse("dashboards_reach"), {**PERIOD, "utm_source": "x"})
    assert response.status_code == 200


def test_a_repeated_parameter_uses_the_last_value(staff_client, scenario):
    url = reverse("dashboards_reach") + f"?start={PERIOD['start']}&end={PERIOD['end']}"
    response = staff_client.get(url + "&country=BR&country=FR")
    assert response.context["form"].filters().country == "FR"


def test_filters_are_kept_in_links_between_dashboards_and_exports(staff_client, scenario):
    params = {**PERIOD, "country": "FR", "role": "police"}
    response = staff_client.get(reverse("dashboards_reach"), params)
    text = response.content.decode()
    query = f"start={PERIOD['start']}&amp;end={PERIOD['end']}&amp;country=FR&amp;role=police"
    assert f'href="{reverse("dashboards_training")}?{query}"' in text
    assert f'href="{reverse("dashboards_csv", args=["reach", "by-country"])}?{query}"' in text
    # The role is not a reach filter, but it is kept for the other dashboards.
    assert '<input type="hidden" name="role" value="police">' in text


def test_without_dates_the_last_twelve_months_are_shown(staff_client):
    response = staff_client.get(reverse("dashboards_reach"))
    assert response.status_code == 200
    filters = response.context["form"].filters()
    assert (filters.start, filters.end) == default_period(TODAY)
    assert filters.start.day == 1
    assert filters.time_interval == "week"
    # The form shows the period counted.
    assert f'value="{filters.start.isoformat()}"' in response.content.decode()


def test_only_a_start_counts_up_to_today():
    form = DashboardFilterForm({"start": f"{YEAR}-01-01"}, today=TODAY)
    assert form.is_valid()
    assert form.filters().end == TODAY


@pytest.mark.parametrize(
    "days,interval", [(1, "day"), (92, "day"), (93, "week"), (731, "week"), (732, "month")]
)
def test_the_automatic_interval_follows_the_length_of_the_period(days, interval):
    start = date(2020, 1, 1)
    assert default_interval(start, start + timedelta(days=days - 1)) == interval


def test_period_presets_keep_the_other_filters(staff_client):
    response = staff_client.get(reverse("dashboards_reach"), {"country": "FR"})
    presets = response.context["presets"]
    assert [p["label"] for p in presets] == [
        "Last 30 days",
        "Last 90 days",
        "Last 12 months",
        "This year",
        "Last year",
    ]
    assert all("country=FR" in p["query"] for p in presets)
    for preset in presets:
        assert (
            staff_client.get(reverse("dashboards_reach") + "?" + preset["query"]).status_code == 200
        )
