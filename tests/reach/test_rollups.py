"""Rollups: both counting paths give the same figures; dashboards read them fast and right."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from campaign_site.reach import selectors, services
from campaign_site.reach.hits import Hit, cells_of
from campaign_site.reach.models import (
    ALL_AUDIENCES,
    DailyVisitRollup,
    MonthlyVisitRollup,
    RollupSource,
    VisitEvent,
)
from campaign_site.reach.selectors import ReachFilters

pytestmark = pytest.mark.django_db
KEY_A = "11111111-1111-1111-1111-111111111111"
KEY_B = "22222222-2222-2222-2222-222222222222"


def view(
    day,
    visitor,
    *,
    page=KEY_A,
    audience="parents",
    topic="grooming",
    country="KE",
    locale="en",
    channel="search",
    coarse=False,
):
    if coarse:
        return Hit(
            day=day,
            kind="view",
            visitor=visitor,
            locale=locale,
            country=country,
            coarse=True,
            page_type="help",
        )
    return Hit(
        day=day,
        kind="view",
        visitor=visitor,
        locale=locale,
        country=country,
        page_key=page,
        page_type="guidepage",
        audience=audience,
        topic=topic,
        channel=channel,
        device="mobile",
    )


def store(hits):
    for hit in hits:
        VisitEvent.objects.create(
            day=hit.day,
            kind=hit.kind,
            coarse=hit.coarse,
            page_key=hit.page_key,
            page_type=hit.page_type,
            locale=hit.locale,
            audience=hit.audience,
            topic=hit.topic,
            country=hit.country,
            channel=hit.channel,
            campaign=hit.campaign,
            device=hit.device,
            link=hit.link,
            visitor=hit.visitor,
        )


def expected_cells(hits):
    """What the Redis path would count: visits per cell, distinct visitors per cell."""
    visits, visitors = {}, {}
    for hit in hits:
        for cell in cells_of(hit):
            key = cell.key()
            visits[key] = visits.get(key, 0) + 1
            visitors.setdefault(key, set()).add(hit.visitor)
    return {key: (visits[key], len(visitors[key])) for key in visits}


def stored_cells():
    from campaign_site.reach.hits import Cell

    return {
        Cell(r.day, r.dimension, r.value, r.country, r.locale, r.audience).key(): (
            r.visits,
            r.visitors,
        )
        for r in DailyVisitRollup.objects.all()
    }


SAMPLE_DAY = date(2026, 3, 10)
SAMPLE = [
    view(SAMPLE_DAY, "a"),
    view(SAMPLE_DAY, "a"),
    view(SAMPLE_DAY, "a", page=KEY_B),
    view(SAMPLE_DAY, "b", audience="teachers", topic="sexual-extortion", channel="social"),
    view(SAMPLE_DAY, "c", country="", locale="ar", channel="direct"),
    view(SAMPLE_DAY, "a", coarse=True),
    view(SAMPLE_DAY, "d", coarse=True, country="BR"),
    Hit(
        day=SAMPLE_DAY,
        kind="link",
        visitor="e",
        locale="en",
        country="KE",
        link="poster1",
        channel="qr",
    ),
]


def test_database_rollup_matches_the_cells_the_redis_path_counts():
    store(SAMPLE)
    services.roll_up_day(day=SAMPLE_DAY)
    assert stored_cells() == expected_cells(SAMPLE)


def test_rollup_is_safe_to_run_twice_and_keeps_days_whose_events_are_purged():
    store(SAMPLE)
    services.roll_up_day(day=SAMPLE_DAY)
    services.roll_up_day(day=SAMPLE_DAY)
    assert stored_cells() == expected_cells(SAMPLE)
    VisitEvent.objects.all().delete()
    assert services.roll_up_day(day=SAMPLE_DAY) == 0
    assert stored_cells() == expected_cells(SAMPLE)


def test_totals_and_breakdowns_in_visitor_days():
    store(SAMPLE)
    services.roll_up_day(day=SAMPLE_DAY)
    day = ReachFilters(SAMPLE_DAY, SAMPLE_DAY)
    totals = selectors.reach_totals(day)
    # Link visits are counted apart; visitor "a" read a help page too: still one visitor-day.
    assert (totals.visits, totals.visitors) == (7, 4)
    by_country = {
        row.key: (row.visits, row.visitors) for row in selectors.visits_by(day, "country")
    }
    assert by_country == {"KE": (5, 2), "": (1, 1), "BR": (1, 1)}
    by_audience = {row.key: row.visitors for row in selectors.visits_by(day, "audience")}
    assert by_audience == {"parents": 2, "teachers": 1, "": 2}
    assert [(r.key, r.visits) for r in selectors.top_pages(day)] == [(KEY_A, 4), (KEY_B, 1)]
    funnel = selectors.reach_funnel(day, steps=("guidepage", "help"))
    assert [(row.key, row.visitors) for row in funnel] == [("guidepage", 3), ("help", 2)]
    parents = ReachFilters(SAMPLE_DAY, SAMPLE_DAY, audience="parents")
    assert selectors.reach_totals(parents).visits == 4
    kenya = ReachFilters(SAMPLE_DAY, SAMPLE_DAY, country="KE")
    assert {r.key: r.visits for r in selectors.visits_by(kenya, "channel")} == {
        "search": 3,
        "social": 1,
    }
    assert [(r.key, r.visits) for r in selectors.visits_by(day, "link")] == [("poster1", 1)]


def test_visitor_days_add_up_over_days():
    first, second = date(2026, 3, 10), date(2026, 3, 11)
    store([view(first, "same-person-day-1"), view(second, "same-person-day-2")])
    for day in (first, second):
        services.roll_up_day(day=day)
    assert selectors.reach_totals(ReachFilters(first, second)).visitors == 2


def test_monthly_rows_give_the_same_answers_as_daily_rows():
    days = [date(2026, 1, 31), date(2026, 2, 1), date(2026, 2, 15), date(2026, 3, 1)]
    hits = [view(day, f"v{i}-{n}") for i, day in enumerate(days) for n in range(i + 1)]
    store(hits)
    for day in days:
        services.roll_up_day(day=day)
    services.roll_up_month(month=date(2026, 2, 1))
    assert MonthlyVisitRollup.objects.filter(month=date(2026, 2, 1)).exists()
    whole = ReachFilters(date(2026, 1, 15), date(2026, 3, 5))
    assert selectors.reach_totals(whole).visits == 10
    months = selectors.visits_over_time(whole, interval="month")
    assert [(p.key, p.visits) for p in months] == [
        (date(2026, 1, 1), 1),
        (date(2026, 2, 1), 5),
        (date(2026, 3, 1), 4),
    ]
    weeks = selectors.visits_over_time(whole, interval="week")
    assert sum(p.visits for p in weeks) == 10 and weeks[0].key.weekday() == 0
    daily = selectors.visits_over_time(ReachFilters(date(2026, 2, 1), date(2026, 2, 3)))
    assert [p.visits for p in daily] == [2, 0, 0]


def test_roll_up_recent_settles_last_month(settings):
    today = date(2026, 4, 1)
    store([view(date(2026, 3, 31), "late")])
    services.roll_up_day(day=date(2026, 3, 31))
    services.roll_up_recent(today=today)
    assert MonthlyVisitRollup.objects.filter(
        month=date(2026, 3, 1), audience=ALL_AUDIENCES
    ).exists()


def test_dashboard_selectors_use_a_fixed_number_of_queries():
    start = date(2025, 1, 1)
    rows = [
        DailyVisitRollup(
            day=start + timedelta(days=d),
            dimension="total",
            value="",
            country=c,
            locale="en",
            audience=ALL_AUDIENCES,
            source=RollupSource.EVENTS,
            visits=10,
            visitors=4,
        )
        for d in range(365)
        for c in ("KE", "BR", "")
    ]
    DailyVisitRollup.objects.bulk_create(rows)
    for month in range(1, 13):
        services.roll_up_month(month=date(2025, month, 1))
    year = ReachFilters(start, date(2025, 12, 31))
    with CaptureQueriesContext(connection) as queries:
        totals = selectors.reach_totals(year)
    assert len(queries) == 1  # twelve monthly rows, no daily ones
    assert (totals.visits, totals.visitors) == (365 * 30, 365 * 12)
    with CaptureQueriesContext(connection) as queries:
        series = selectors.visits_over_time(year, interval="day")
    assert len(queries) == 1 and len(series) == 365


def test_filters_reject_a_period_ending_before_it_starts():
    with pytest.raises(ValueError):
        ReachFilters(date(2026, 2, 1), date(2026, 1, 1))
    with pytest.raises(ValueError):
        selectors.visits_by(ReachFilters(date(2026, 1, 1), date(2026, 1, 2)), "nonsense")


def test_the_current_month_is_read_day_by_day():
    today = timezone.localdate()
    store([view(today, "x")])
    services.roll_up_day(day=today)
    services.roll_up_month(month=today)  # even when a monthly row exists, it is not trusted
    DailyVisitRollup.objects.update(visits=2)
    assert selectors.reach_totals(ReachFilters(today.replace(day=1), today)).visits == 2
