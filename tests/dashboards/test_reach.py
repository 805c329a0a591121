"""The reach dashboard shows the scenario's visits, breakdowns, pages, funnel and outreach."""

from datetime import date

import pytest
from django.urls import reverse

from .conftest import PERIOD, YEAR
from .pages import cards, csv_rows, figure, table

pytestmark = pytest.mark.django_db

VISITS, VISITORS = "Page views", "Unique visitors (visitor-days)"


@pytest.fixture
def page(staff_client, scenario):
    response = staff_client.get(reverse("dashboards_reach"), PERIOD)
    assert response.status_code == 200
    return response


def test_headline_figures(page):
    assert cards(page) == {
        VISITORS: "88",
        VISITS: "213",
        "Visitor-days on help and reporting pages": "6",
        "Short link and QR code visits": "7",
        "Participants in outreach activities": "158",
        "Outreach activities": "<5",
    }


def test_unique_visitors_are_labelled_as_visitor_days(page):
    text = page.content.decode()
    assert "Unique visitors (visitor-days)" in text
    assert "the same person on three days counts three times" in text


def test_visits_by_day_with_the_campaign_marked(page):
    rows = table(page, "visits-over-time")
    assert rows[0] == ["Day", VISITS, VISITORS, "Campaigns running"]
    assert len(rows) == 1 + 61  # every day of March and April, zeros included
    by_day = {row[0]: row[1:] for row in rows[1:]}
    assert by_day[f"03/10/{YEAR}"] == ["153", "63", "Spring launch"]
    assert by_day[f"04/05/{YEAR}"] == ["60", "25", ""]
    assert by_day[f"03/01/{YEAR}"] == ["0", "0", ""]
    chart = figure(page, "visits-over-time")
    shapes = chart["layout"]["shapes"]
    assert [(s["x0"], s["x1"]) for s in shapes] == [(f"{YEAR}-03-05", f"{YEAR}-03-21")]
    assert chart["layout"]["annotations"][0]["text"] == "Spring launch"


@pytest.mark.parametrize(
    "interval,first,expected",
    [
        (
            "week",
            "Week starting",
            {f"03/{10 - date(YEAR, 3, 10).weekday():02d}/{YEAR}": ["153", "63"]},
        ),
        ("month", "Month", {f"March {YEAR}": ["153", "63"], f"April {YEAR}": ["60", "25"]}),
    ],
)
def test_visits_by_week_and_month(staff_client, scenario, interval, first, expected):
    response = staff_client.get(reverse("dashboards_reach"), {**PERIOD, "interval": interval})
    rows = table(response, "visits-over-time")
    assert rows[0][0] == first
    by_period = {row[0]: row[1:3] for row in rows[1:]}
    for period, values in expected.items():
        assert by_period[period] == values


@pytest.mark.parametrize(
    "panel,rows",
    [
        (
            "by-language",
            [["French", "160", "65"], ["Brazilian Portuguese", "50", "20"], ["Arabic", "<5", "<5"]],
        ),
        ("by-country", [["France", "160", "65"], ["Brazil", "50", "20"], ["Jordan", "<5", "<5"]]),
        (
            "by-audience",
            [
                ["Parents and carers", "110", "50"],
                ["No single audience", "50", "15"],
                ["Teachers", "50", "20"],
                ["Young people", "<5", "<5"],
            ],
        ),
        ("by-topic", [["Grooming", "40", "20"], ["Sexual extortion", "12", "8"]]),
        (
            "by-channel",
            [
                ["Search engine", "60", "25"],
                ["Social media", "50", "20"],
                ["Direct", "40", "15"],
                ["QR code or printed link", "<5", "<5"],
            ],
        ),
        ("by-campaign", [["Spring launch", "30", "12"]]),
    ],
)
def test_breakdowns(page, panel, rows):
    shown = table(page, panel)
    assert shown[0][1:] == [VISITS, VISITORS]
    assert shown[1:] == rows
    chart = figure(page, panel)
    assert chart["data"][0]["y"] == [row[0] for row in rows]
    assert chart["data"][0]["text"] == [row[1] for row in rows]


def test_top_pages_are_named_in_the_admin_language(page, home_pages):
    assert table(page, "top-pages")[1:] == [
        [home_pages["en"].title, "80", "30"],
        ["Page no longer on the site", "20", "10"],
    ]


def test_funnel_from_audience_page_to_help(page):
    assert table(page, "funnel") == [
        ["Step", VISITORS, "Share of the first step"],
        ["Audience pages", "25", "100%"],
        ["Guides", "15", "60%"],
        ["Help and reporting pages", "6", "24%"],
    ]
    chart = figure(page, "funnel")
    assert chart["data"][0]["type"] == "funnel"
    assert chart["data"][0]["x"] == [25, 15, 6]


def test_outreach_by_kind(page):
    assert table(page, "outreach-by-kind") == [
        ["Kind of activity", "Activities", "Participants in outreach activities"],
        ["School talk", "<5", "120"],
        ["Workshop", "<5", "35"],
        ["Event", "<5", "<5"],
    ]


def test_language_and_audience_filters(staff_client, scenario):
    response = staff_client.get(
        reverse("dashboards_reach"), {**PERIOD, "locale": "fr", "audience": "parents"}
    )
    assert cards(response)[VISITORS] == "50"
    assert cards(response)["Participants in outreach activities"] == "30"
    assert table(response, "by-country")[1:] == [["France", "110", "50"]]


def test_breakdown_csv_matches_the_table(staff_client, scenario):
    response = staff_client.get(reverse("dashboards_csv", args=["reach", "by-channel"]), PERIOD)
    assert csv_rows(response) == [
        ["Channel", VISITS, VISITORS],
        ["Search engine", "60", "25"],
        ["Social media", "50", "20"],
        ["Direct", "40", "15"],
        ["QR code or printed link", "<5", "<5"],
    ]


def test_time_series_csv_uses_iso_dates(staff_client, scenario):
    response = staff_client.get(
        reverse("dashboards_csv", args=["reach", "visits-over-time"]),
        {**PERIOD, "interval": "month"},
    )
    assert csv_rows(response) == [
        ["Month", VISITS, VISITORS, "Campaigns running"],
        [f"{YEAR}-03", "153", "63", "Spring launch"],
        [f"{YEAR}-04", "60", "25", ""],
    ]


def test_an_empty_period_says_so(staff_client, scenario):
    response = staff_client.get(
        reverse("dashboards_reach"), {"start": f"{YEAR}-06-01", "end": f"{YEAR}-06-30"}
    )
    assert response.status_code == 200
    assert "Nothing was counted for these filters." in response.content.decode()
    assert cards(response)[VISITORS] == "0"
