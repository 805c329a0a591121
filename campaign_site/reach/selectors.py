"""Reads of the reach ledger for dashboards, targets and exports. Every figure comes from the
rollups (never from raw events), so a year at ten million visits reads in milliseconds.

Dashboards call these with a ReachFilters; they return plain integers (suppress small cells
with suppression.display_count when showing or exporting). "visitors" is always
visitor-days: the distinct visitors of each day, added up over the days of the period.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import (
    ALL_AUDIENCES,
    HELP_PAGE_TYPE,
    PARTICIPANT_FIELDS,
    Campaign,
    DailyVisitRollup,
    Dimension,
    Indicator,
    LearnerMilestone,
    LearnerMilestoneKind,
    MonthlyVisitRollup,
    OutreachActivity,
    OutreachAudience,
    Target,
)

VISITOR_DAYS_LABEL = _("Unique visitors (visitor-days)")
VISITS_LABEL = _("Page views")
# Breakdowns read from the "total" rows, grouped by one of their columns.
COLUMN_BREAKDOWNS = ("country", "locale", "audience")
VALUE_BREAKDOWNS = tuple(d for d in Dimension.values if d != Dimension.TOTAL)
INTERVALS = ("day", "week", "month")


@dataclass(frozen=True)
class ReachFilters:
    """The filters every dashboard keeps in its URL. Empty strings mean "all"."""

    start: date
    end: date
    country: str = ""
    locale: str = ""
    audience: str = ""
    organisation_id: int | None = None
    role: str = ""

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError("the period ends before it starts")


@dataclass(frozen=True)
class Count2:
    """Page views and unique visitors (visitor-days) of one row of a breakdown or series."""

    key: object
    visits: int
    visitors: int


@dataclass
class TargetProgress:
    target: Target
    actual: int
    percent: int = field(init=False)

    def __post_init__(self):
        self.percent = int(self.actual * 100 // self.target.value) if self.target.value else 0


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1)


def _split_period(start: date, end: date) -> tuple[list[date], list[tuple[date, date]]]:
    """Whole months read from the monthly table, the rest from the daily one.

    The current month is always read day by day: its monthly row is made when it is over.
    """
    this_month = _month_start(timezone.localdate())
    months, day_ranges = [], []
    cursor = start
    while cursor <= end:
        month = _month_start(cursor)
        following = _next_month(month)
        month_end = following - timedelta(days=1)
        if cursor == month and month_end <= end and month < this_month:
            months.append(month)
        else:
            day_ranges.append((cursor, min(end, month_end)))
        cursor = following
    return months, day_ranges


def _filtered(
    queryset: QuerySet, filters: ReachFilters, dimension: str, audience: str | None
) -> QuerySet:
    queryset = queryset.filter(dimension=dimension)
    if audience is not None:
        queryset = queryset.filter(audience=audience)
    if filters.country:
        queryset = queryset.filter(country=filters.country)
    if filters.locale:
        queryset = queryset.filter(locale=filters.locale)
    return queryset


def _sum_rows(
    filters: ReachFilters,
    *,
    dimension: str,
    group: tuple[str, ...],
    audience: str | None,
    daily_only: bool = False,
) -> dict[tuple, list[int]]:
    """SUM(visits), SUM(visitors) grouped by `group`, over the period, from both tables."""
    if daily_only:
        months, day_ranges = [], [(filters.start, filters.end)]
    else:
        months, day_ranges = _split_period(filters.start, filters.end)
    totals: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    parts = []
    if months:
        parts.append(
            _filtered(
                MonthlyVisitRollup.objects.filter(month__in=months), filters, dimension, audience
            )
        )
    if day_ranges:
        days = Q()
        for first, last in day_ranges:
            days |= Q(day__gte=first, day__lte=last)
        parts.append(_filtered(DailyVisitRollup.objects.filter(days), filters, dimension, audience))
    for queryset in parts:
        if group:
            rows = (
                queryset.order_by().values_list(*group).annotate(v=Sum("visits"), u=Sum("visitors"))
            )
        else:
            sums = queryset.aggregate(v=Sum("visits"), u=Sum("visitors"))
            rows = [(sums["v"], sums["u"])] if sums["v"] is not None else []
        for *key, visits, visitors in rows:
            total = totals[tuple(key)]
            total[0] += int(visits or 0)
            total[1] += int(visitors or 0)
    return totals


def _audience_scope(filters: ReachFilters) -> str:
    return filters.audience or ALL_AUDIENCES


def reach_totals(filters: ReachFilters) -> Count2:
    """Page views and visitor-days over the period (all pages, help pages included)."""
    totals = _sum_rows(
        filters, dimension=Dimension.TOTAL, group=(), audience=_audience_scope(filters)
    )
    visits, visitors = totals.get((), [0, 0])
    return Count2(key=None, visits=visits, visitors=visitors)


def visits_over_time(filters: ReachFilters, *, interval: str = "day") -> list[Count2]:
    """A point per day, week (starting Monday) or month, zeros included, oldest first."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {INTERVALS}")
    audience = _audience_scope(filters)
    series: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    if interval == "month":
        months, day_ranges = _split_period(filters.start, filters.end)
        if months:
            rows = (
                _filtered(
                    MonthlyVisitRollup.objects.filter(month__in=months),
                    filters,
                    Dimension.TOTAL,
                    audience,
                )
                .order_by()
                .values_list("month")
                .annotate(v=Sum("visits"), u=Sum("visitors"))
            )
            for month, visits, visitors in rows:
                series[month][0] += int(visits or 0)
                series[month][1] += int(visitors or 0)
        for first, last in day_ranges:
            sub = ReachFilters(first, last, filters.country, filters.locale, filters.audience)
            visits, visitors = _sum_rows(
                sub, dimension=Dimension.TOTAL, group=(), audience=audience, daily_only=True
            ).get((), [0, 0])
            series[_month_start(first)][0] += visits
            series[_month_start(first)][1] += visitors
        points, cursor = [], _month_start(filters.start)
        while cursor <= filters.end:
            points.append(Count2(cursor, *series.get(cursor, [0, 0])))
            cursor = _next_month(cursor)
        return points
    by_day = _sum_rows(
        filters, dimension=Dimension.TOTAL, group=("day",), audience=audience, daily_only=True
    )
    for (day,), (visits, visitors) in by_day.items():
        key = day - timedelta(days=day.weekday()) if interval == "week" else day
        series[key][0] += visits
        series[key][1] += visitors
    step = 7 if interval == "week" else 1
    cursor = filters.start - timedelta(days=filters.start.weekday()) if step == 7 else filters.start
    points = []
    while cursor <= filters.end:
        points.append(Count2(cursor, *series.get(cursor, [0, 0])))
        cursor += timedelta(days=step)
    return points


def visits_by(filters: ReachFilters, breakdown: str) -> list[Count2]:
    """Page views and visitor-days per country, locale, audience or a dimension's value.

    Largest first. A visitor who reads pages of two topics on one day is one visitor-day
    under each topic, so such a breakdown can add up to more than the total.
    """
    if breakdown in COLUMN_BREAKDOWNS:
        if breakdown == "audience":
            audience = filters.audience or None
            totals = _sum_rows(
                filters, dimension=Dimension.TOTAL, group=("audience",), audience=audience
            )
            totals.pop((ALL_AUDIENCES,), None)
        else:
            totals = _sum_rows(
                filters,
                dimension=Dimension.TOTAL,
                group=(breakdown,),
                audience=_audience_scope(filters),
            )
    elif breakdown in VALUE_BREAKDOWNS:
        totals = _sum_rows(
            filters, dimension=breakdown, group=("value",), audience=_audience_scope(filters)
        )
    else:
        raise ValueError(f"unknown breakdown {breakdown!r}")
    rows = [Count2(key[0], visits, visitors) for key, (visits, visitors) in totals.items()]
    return sorted(rows, key=lambda row: (-row.visits, str(row.key)))


def top_pages(filters: ReachFilters, *, limit: int = 20) -> list[Count2]:
    """The most viewed pages; each key is a page's translation group (a UUID string)."""
    return visits_by(filters, Dimension.PAGE)[:limit]


def reach_funnel(filters: ReachFilters, *, steps: tuple[str, ...]) -> list[Count2]:
    """Visitor-days per step, one step per page type (model name, or "help" for help pages),
    for example ("audiencepage", "guidepage", "help")."""
    by_type = {row.key: row for row in visits_by(filters, Dimension.PAGE_TYPE)}
    return [by_type.get(step, Count2(step, 0, 0)) for step in steps]


def help_page_visits(filters: ReachFilters) -> Count2:
    """Views of help and reporting pages, counted coarsely (day, language, country)."""
    return reach_funnel(filters, steps=(HELP_PAGE_TYPE,))[0]


def page_titles(page_keys, *, language: str) -> dict[str, str]:
    """Titles of pages by translation group, in the language asked for when it exists."""
    from wagtail.models import Page

    titles: dict[str, str] = {}
    rows = Page.objects.filter(translation_key__in=list(page_keys)).values_list(
        "translation_key", "locale__language_code", "title"
    )
    for key, language_code, title in rows:
        if str(key) not in titles or language_code == language:
            titles[str(key)] = title
    return titles


def campaigns_between(start: date, end: date) -> list[Campaign]:
    """Campaigns running at some point of the period: the dashboards' annotations."""
    return list(
        Campaign.objects.filter(starts_on__lte=end)
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=start))
        .order_by("starts_on")
    )


def _outreach(filters: ReachFilters) -> QuerySet:
    activities = OutreachActivity.objects.filter(date__gte=filters.start, date__lte=filters.end)
    if filters.country:
        activities = activities.filter(country=filters.country)
    if filters.locale:
        activities = activities.filter(language=filters.locale)
    return activities


def outreach_participants(filters: ReachFilters) -> dict[str, int]:
    """Participants per outreach audience over the period, and "total"."""
    sums = _outreach(filters).aggregate(
        **{audience: Sum(field) for audience, field in PARTICIPANT_FIELDS.items()},
        activities=Count("id"),
    )
    result = {str(audience): int(sums[audience] or 0) for audience in PARTICIPANT_FIELDS}
    if filters.audience in OutreachAudience.values:
        result = {filters.audience: result[filters.audience]}
    result["total"] = sum(result.values())
    result["activities"] = int(sums["activities"] or 0)
    return result


def outreach_by(filters: ReachFilters, breakdown: str) -> list[tuple[str, int, int]]:
    """(value, activities, participants) per kind, country or language, largest first."""
    if breakdown not in ("kind", "country", "language"):
        raise ValueError(f"unknown breakdown {breakdown!r}")
    fields = (
        [PARTICIPANT_FIELDS[OutreachAudience(filters.audience)]]
        if filters.audience in OutreachAudience.values
        else list(PARTICIPANT_FIELDS.values())
    )
    rows = (
        _outreach(filters)
        .order_by()
        .values(breakdown)
        .annotate(n=Count("id"), **{f: Sum(f) for f in fields})
    )
    result = [
        (str(row[breakdown]), row["n"], sum(int(row[f] or 0) for f in fields)) for row in rows
    ]
    return sorted(result, key=lambda row: (-row[2], row[0]))


def _milestones(filters: ReachFilters, kind: str) -> QuerySet:
    rows = LearnerMilestone.objects.filter(kind=kind, day__gte=filters.start, day__lte=filters.end)
    if filters.country:
        rows = rows.filter(country=filters.country)
    if filters.role:
        rows = rows.filter(role=filters.role)
    if filters.organisation_id is not None:
        rows = rows.filter(organisation_id=filters.organisation_id)
    return rows


def learners_count(filters: ReachFilters, kind: str) -> int:
    """Learners enrolled, who completed a course, or certified (LearnerMilestoneKind)."""
    return _milestones(filters, kind).count()


def learners_by(filters: ReachFilters, kind: str, breakdown: str) -> list[tuple[object, int]]:
    """(role | country | organisation id, count) for one milestone kind, largest first."""
    column = {"role": "role", "country": "country", "organisation": "organisation_id"}.get(
        breakdown
    )
    if column is None:
        raise ValueError(f"unknown breakdown {breakdown!r}")
    rows = _milestones(filters, kind).order_by().values_list(column).annotate(n=Count("id"))
    return sorted(((key, n) for key, n in rows), key=lambda row: (-row[1], str(row[0])))


def indicator_actual(indicator: str, filters: ReachFilters) -> int:
    """The figure a target of this indicator is measured against."""
    if indicator == Indicator.VISITOR_DAYS:
        return reach_totals(filters).visitors
    if indicator == Indicator.PAGE_VIEWS:
        return reach_totals(filters).visits
    if indicator == Indicator.LINK_VISITS:
        return sum(row.visits for row in visits_by(filters, Dimension.LINK))
    if indicator == Indicator.OUTREACH_PARTICIPANTS:
        return outreach_participants(filters)["total"]
    kinds = {
        Indicator.LEARNERS_ENROLLED: LearnerMilestoneKind.ENROLLED,
        Indicator.LEARNERS_COMPLETED: LearnerMilestoneKind.COMPLETED,
        Indicator.LEARNERS_CERTIFIED: LearnerMilestoneKind.CERTIFIED,
    }
    if indicator in kinds:
        return learners_count(filters, kinds[indicator])
    raise ValueError(f"unknown indicator {indicator!r}")


def target_progress(*, on: date | None = None, country: str = "") -> list[TargetProgress]:
    """Every target whose period includes the day `on` (today by default), with its figure
    so far. A target limited to an audience counts that audience (or professional role)."""
    on = on or timezone.localdate()
    targets = Target.objects.filter(starts_on__lte=on, ends_on__gte=on).order_by(
        "indicator", "country", "audience"
    )
    if country:
        targets = targets.filter(country__in=["", country])
    progress = []
    for target in targets:
        learner = target.indicator.startswith("learners-")
        filters = ReachFilters(
            start=target.starts_on,
            end=min(target.ends_on, on),
            country=str(target.country or ""),
            audience="" if learner else target.audience,
            role=target.audience if learner else "",
        )
        progress.append(TargetProgress(target, indicator_actual(target.indicator, filters)))
    return progress
