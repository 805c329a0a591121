"""Reads the dashboards need beyond `campaign_site.reach.selectors`: training progress,
certificates, quiz statistics, monthly trends and the names behind keys.

Every function takes DashboardFilters and returns plain numbers; nothing here names a
learner. Training figures are grouped in the database and added up here, so a year of
100,000 learners costs a handful of grouped queries.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db.models import Count, DateField, DateTimeField, Func, IntegerField, QuerySet, Sum
from django.db.models.functions import Cast, TruncMonth
from django.utils import timezone
from django.utils.translation import get_language

from campaign_site.accounts.models import Organisation
from campaign_site.reach.models import (
    PARTICIPANT_FIELDS,
    LearnerMilestone,
    OutreachActivity,
    OutreachAudience,
)
from courses.models import Certificate, Enrolment

from .filters import DashboardFilters
from .models import (
    QuizModuleMonth,
    QuizModuleMonthTotal,
    QuizQuestionMonth,
    QuizQuestionMonthTotal,
)

PROFILE = "user__profile__"


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1)


def months_between(start: date, end: date) -> list[date]:
    months, cursor = [], month_start(start)
    while cursor <= end:
        months.append(cursor)
        cursor = next_month(cursor)
    return months


def day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """[start 00:00, the day after end 00:00) in the server's time zone, as aware datetimes."""
    zone = timezone.get_current_timezone()
    return (
        datetime.combine(start, time.min, tzinfo=zone),
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone),
    )


def _learner_filters(queryset: QuerySet, filters: DashboardFilters, prefix: str) -> QuerySet:
    """Limit to learners of a country, role and organisation (from their profile)."""
    if filters.country:
        queryset = queryset.filter(**{f"{prefix}country": filters.country})
    if filters.role:
        queryset = queryset.filter(**{f"{prefix}professional_role": filters.role})
    if filters.organisation is not None:
        queryset = queryset.filter(**{f"{prefix}organisation_id": filters.organisation})
    return queryset


# ---------------------------------------------------------------------------------------
# Enrolments: enrolled → started → completed → certified


@dataclass
class Progress:
    """Enrolments of one group, and how far they have got by today."""

    enrolled: int = 0
    started: int = 0
    completed: int = 0
    certified: int = 0

    def add(self, other: "Progress") -> None:
        self.enrolled += other.enrolled
        self.started += other.started
        self.completed += other.completed
        self.certified += other.certified


class DaysBetween(Func):
    """Whole days from the second datetime to the first, worked out by the database, so a
    year of completions is grouped there instead of read row by row."""

    arg_joiner = " - "
    template = "CAST(FLOOR(EXTRACT(EPOCH FROM (%(expressions)s)) / 86400) AS INTEGER)"
    output_field = IntegerField()

    def as_sqlite(self, compiler, connection, **extra):
        return super().as_sql(
            compiler,
            connection,
            template="CAST(julianday(%(expressions)s) AS INTEGER)",
            arg_joiner=") - julianday(",
            **extra,
        )


@dataclass
class TrainingProgress:
    total: Progress = field(default_factory=Progress)
    by_role: dict[str, Progress] = field(default_factory=lambda: defaultdict(Progress))
    by_country: dict[str, Progress] = field(default_factory=lambda: defaultdict(Progress))
    by_organisation: dict[int | None, Progress] = field(
        default_factory=lambda: defaultdict(Progress)
    )
    # {role: {days to complete: enrolments}}; "" holds everyone.
    days_to_complete: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))


def _enrolments(filters: DashboardFilters) -> QuerySet:
    first, after = day_bounds(filters.start, filters.end)
    enrolments = Enrolment.objects.filter(enrolled_at__gte=first, enrolled_at__lt=after)
    if filters.locale:
        enrolments = enrolments.filter(language=filters.locale)
    return _learner_filters(enrolments, filters, PROFILE)


def training_progress(filters: DashboardFilters) -> TrainingProgress:
    """Enrolments made in the period, by role, country and organisation, with the days each
    completion took: one grouped query.

    Role, country and organisation are the learner's today; a deleted learner's enrolments
    stay in the totals under "not given".
    """
    result = TrainingProgress()
    rows = (
        _enrolments(filters)
        .annotate(days=DaysBetween("completed_at", "enrolled_at"))
        .order_by()
        .values_list(
            f"{PROFILE}professional_role",
            f"{PROFILE}country",
            f"{PROFILE}organisation_id",
            "days",
        )
        .annotate(
            n_enrolled=Count("id"),
            n_started=Count("started_at"),
            n_completed=Count("completed_at"),
            n_certified=Count("certificate"),
        )
    )
    for role, country, organisation_id, days, *counts in rows:
        cell = Progress(*counts)
        result.total.add(cell)
        result.by_role[role or ""].add(cell)
        result.by_country[str(country or "")].add(cell)
        result.by_organisation[organisation_id].add(cell)
        if days is not None:  # a completed course (no completion, no days)
            days = max(0, int(days))
            result.days_to_complete[""][days] += cell.completed
            result.days_to_complete[role or ""][days] += cell.completed
    return result


def median_days(counts: Counter) -> float | None:
    """The median of values given as {value: how many times}."""
    total = sum(counts.values())
    if not total:
        return None
    ordered = sorted(counts.items())

    def value_at(position: int) -> int:
        seen = 0
        for value, n in ordered:
            seen += n
            if position < seen:
                return value
        return ordered[-1][0]

    lower, upper = value_at((total - 1) // 2), value_at(total // 2)
    return lower if lower == upper else (lower + upper) / 2


# ---------------------------------------------------------------------------------------
# Certificates


def _certificates(filters: DashboardFilters) -> QuerySet:
    certificates = Certificate.objects.filter(revoked_at__isnull=True)
    if filters.locale:
        certificates = certificates.filter(language=filters.locale)
    return _learner_filters(certificates, filters, PROFILE)


def valid_certificates(filters: DashboardFilters, *, now: datetime | None = None) -> int:
    """Certificates valid today (neither expired nor revoked), whatever the period."""
    now = now or timezone.now()
    # Most certificates are valid: reading them in order beats the expiry index (see
    # without_index).
    return (
        _certificates(filters)
        .alias(expiry=without_index("expires_at", DateTimeField()))
        .filter(expiry__gt=now)
        .count()
    )


def certificates_expiring_by_week(
    filters: DashboardFilters, *, days: int = 90, today: date | None = None
) -> list[tuple[date, int]]:
    """Valid certificates that lapse within `days` from today, per week (Monday), in order."""
    today = today or timezone.localdate()
    first, after = day_bounds(today, today + timedelta(days=days - 1))
    expiries = (
        _certificates(filters)
        .filter(expires_at__gte=max(first, timezone.now()), expires_at__lt=after)
        .values_list("expires_at", flat=True)
    )
    weeks: dict[date, int] = defaultdict(int)
    for expires_at in expiries:
        day = timezone.localtime(expires_at).date()
        weeks[day - timedelta(days=day.weekday())] += 1
    cursor = today - timedelta(days=today.weekday())
    series = []
    while cursor < today + timedelta(days=days):
        series.append((cursor, weeks.get(cursor, 0)))
        cursor += timedelta(days=7)
    return series


# ---------------------------------------------------------------------------------------
# Monthly trends from the ledger


@dataclass
class MilestoneCounts:
    """Learners enrolled, who completed a course and certified in the period (the reach
    ledger's milestones, with the learner's role and country at the time)."""

    by_kind: Counter = field(default_factory=Counter)
    by_role: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    by_country: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    by_month: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))


def without_index(field: str, output_field):
    """The column, so that SQLite does not pick its index for the condition.

    For a condition most rows meet (a year of a year's milestones, the certificates still
    valid), SQLite's planner still walks the index and reads each row from it, several times
    slower than reading the table in order. PostgreSQL plans such queries itself; the cast to
    the column's own type changes nothing for it.
    """
    return Cast(field, output_field=output_field)


def _milestones(filters: DashboardFilters, *, whole_table: bool) -> QuerySet:
    """The same selection as campaign_site.reach.selectors' learner figures."""
    if whole_table:
        rows = LearnerMilestone.objects.alias(on=without_index("day", DateField())).filter(
            on__gte=filters.start, on__lte=filters.end
        )
    else:
        rows = LearnerMilestone.objects.filter(day__gte=filters.start, day__lte=filters.end)
    if filters.country:
        rows = rows.filter(country=filters.country)
    if filters.role:
        rows = rows.filter(role=filters.role)
    if filters.organisation is not None:
        rows = rows.filter(organisation_id=filters.organisation)
    return rows


def milestone_counts(filters: DashboardFilters) -> MilestoneCounts:
    """Every milestone figure of the overview in two grouped queries."""
    result = MilestoneCounts()
    # Grouped by role first: grouped by kind first, SQLite walks the (kind, day) index.
    cells = _milestones(filters, whole_table=True).order_by().values_list("role", "country", "kind")
    for role, country, kind, n in cells.annotate(n=Count("id")):
        result.by_kind[kind] += n
        result.by_role[kind][role or ""] += n
        result.by_country[kind][country or ""] += n
    # By day, not by month (months would be worked out row by row); with the (kind, day)
    # index SQLite answers this without reading the rows.
    days = (
        _milestones(filters, whole_table=False)
        .order_by()
        .values_list("kind", "day")
        .annotate(n=Count("id"))
    )
    for kind, day, n in days:
        result.by_month[kind][month_start(day)] += n
    return result


def outreach_by_month(filters: DashboardFilters) -> dict[date, int]:
    """Outreach participants per month (of the audience filtered on, if it is one)."""
    activities = OutreachActivity.objects.filter(date__gte=filters.start, date__lte=filters.end)
    if filters.country:
        activities = activities.filter(country=filters.country)
    if filters.locale:
        activities = activities.filter(language=filters.locale)
    if filters.audience in OutreachAudience.values:
        columns = [PARTICIPANT_FIELDS[OutreachAudience(filters.audience)]]
    else:
        columns = list(PARTICIPANT_FIELDS.values())
    rows = (
        activities.annotate(month=TruncMonth("date"))
        .order_by()
        .values("month")
        .annotate(**{column: Sum(column) for column in columns})
    )
    return {
        _as_date(row["month"]): sum(int(row[column] or 0) for column in columns) for row in rows
    }


def _as_date(value) -> date:
    return value.date() if isinstance(value, datetime) else value


# ---------------------------------------------------------------------------------------
# Quiz statistics (monthly cells counted by services.tally_quiz_attempts)


def quiz_months(filters: DashboardFilters) -> tuple[date, date]:
    """The calendar months the quiz figures cover: from the first of the start's month to the
    last day of the end's month."""
    return month_start(filters.start), next_month(month_start(filters.end)) - timedelta(days=1)


def _quiz_cells(model, total_model, filters: DashboardFilters) -> QuerySet:
    """Monthly cells of the period: the totals of every learner when nothing narrows them."""
    months = {"month__gte": month_start(filters.start), "month__lte": month_start(filters.end)}
    if not (filters.country or filters.role or filters.locale or filters.organisation):
        return total_model.objects.filter(**months)
    cells = model.objects.filter(**months)
    if filters.country:
        cells = cells.filter(country=filters.country)
    if filters.role:
        cells = cells.filter(role=filters.role)
    if filters.organisation is not None:
        cells = cells.filter(organisation_id=filters.organisation)
    if filters.locale:
        cells = cells.filter(language=filters.locale)
    return cells


@dataclass(frozen=True)
class ModuleResult:
    course_key: object
    module_key: object
    attempts: int
    passed: int
    first_attempts: int
    first_passed: int


def module_results(filters: DashboardFilters) -> list[ModuleResult]:
    rows = (
        _quiz_cells(QuizModuleMonth, QuizModuleMonthTotal, filters)
        .order_by()
        .values_list("course_key", "module_key")
        .annotate(
            n=Sum("attempts"), p=Sum("passed"), f=Sum("first_attempts"), fp=Sum("first_passed")
        )
    )
    return [ModuleResult(c, m, int(n), int(p), int(f), int(fp)) for c, m, n, p, f, fp in rows]


@dataclass(frozen=True)
class QuestionResult:
    module_key: object
    quiz_key: object
    question_key: str
    answers: int
    correct: int

    @property
    def share_correct(self) -> float:
        return self.correct / self.answers if self.answers else 1.0


def hardest_questions(
    filters: DashboardFilters, *, limit: int = 10, min_answers: int = 1
) -> list[QuestionResult]:
    """The questions answered correctly least often, with at least `min_answers` answers."""
    rows = (
        _quiz_cells(QuizQuestionMonth, QuizQuestionMonthTotal, filters)
        .order_by()
        .values_list("module_key", "quiz_key", "question_key")
        .annotate(n=Sum("answers"), c=Sum("correct"))
        .filter(n__gte=max(1, min_answers))
    )
    results = [QuestionResult(m, q, key, int(n), int(c)) for m, q, key, n, c in rows]
    results.sort(key=lambda r: (r.share_correct, -r.answers, r.question_key))
    return results[:limit]


# ---------------------------------------------------------------------------------------
# Names behind keys, in the admin's language where a translation exists


def admin_language() -> str:
    return (get_language() or settings.LANGUAGE_CODE).lower()


def page_titles_by_key(model, keys, *, language: str | None = None) -> dict[str, str]:
    """Title per translation key for pages of `model`, in `language` when translated."""
    language = (language or admin_language()).lower()
    keys = {str(key) for key in keys if key}
    if not keys:
        return {}
    titles: dict[str, tuple[int, str]] = {}
    rows = model.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "locale__language_code", "title"
    )
    for key, code, title in rows:
        rank = 0 if code.lower() == language else (1 if code == settings.LANGUAGE_CODE else 2)
        if str(key) not in titles or rank < titles[str(key)][0]:
            titles[str(key)] = (rank, title)
    return {key: title for key, (_rank, title) in titles.items()}


def question_texts(quiz_keys, *, language: str | None = None) -> dict[tuple[str, str], str]:
    """{(quiz key, question key): question text} for the given quizzes."""
    from courses.models import QuizPage
    from courses.selectors import quiz_questions

    language = (language or admin_language()).lower()
    keys = {str(key) for key in quiz_keys if key}
    if not keys:
        return {}
    chosen: dict[str, tuple[int, QuizPage]] = {}
    for quiz in QuizPage.objects.filter(translation_key__in=keys).select_related("locale"):
        code = quiz.locale.language_code.lower()
        rank = 0 if code == language else (1 if code == settings.LANGUAGE_CODE else 2)
        key = str(quiz.translation_key)
        if key not in chosen or rank < chosen[key][0]:
            chosen[key] = (rank, quiz)
    texts = {}
    for key, (_rank, quiz) in chosen.items():
        for question in quiz_questions(quiz):
            texts[(key, question.key)] = question.text
    return texts


def organisation_names(ids) -> dict[int, str]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return dict(Organisation.objects.filter(pk__in=ids).values_list("pk", "name"))


def campaign_names(slugs) -> dict[str, str]:
    from campaign_site.reach.models import Campaign

    slugs = {slug for slug in slugs if slug}
    if not slugs:
        return {}
    return dict(Campaign.objects.filter(slug__in=slugs).values_list("slug", "name"))


def reached_quiz_window(filters: DashboardFilters) -> bool:
    """True when the quiz figures cover more than the period (it does not start and end on
    month boundaries)."""
    first, last = quiz_months(filters)
    return (first, last) != (filters.start, filters.end)
