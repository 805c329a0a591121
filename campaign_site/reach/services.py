"""Writes of the reach ledger: counting visits, rolling up, flushing, purging, learners, imports."""

import logging
import time
from datetime import date, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.db.models import Count
from django.utils import timezone

from . import beacons, buffers, visitors
from .hits import Hit
from .models import (
    ALL_AUDIENCES,
    BufferFlush,
    DailySalt,
    DailyVisitRollup,
    Dimension,
    EventKind,
    LearnerMilestone,
    LearnerMilestoneKind,
    MonthlyVisitRollup,
    RollupSource,
    TrackedLink,
    VisitEvent,
)

logger = logging.getLogger(__name__)

COUNTED, IGNORED, LIMITED = "counted", "ignored", "limited"
MIN_RETENTION_DAYS = 2  # events must outlive the rollup of the day before
BUFFER_FLUSH_RECORD_DAYS = 7


def uses_redis_buffer() -> bool:
    return settings.REACH_BUFFER == "redis" and bool(settings.REDIS_URL)


def _within_rate_limit(visitor: str) -> bool:
    limit = settings.REACH_RATE_LIMIT_PER_MINUTE
    if limit <= 0:
        return True
    key = f"reach:rate:{visitor}:{int(time.time() // 60)}"
    cache.add(key, 0, timeout=120)
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=120)
        return True


_EVENT_FIELDS = (
    "day",
    "kind",
    "coarse",
    "page_key",
    "page_type",
    "locale",
    "audience",
    "topic",
    "country",
    "channel",
    "campaign",
    "device",
    "link",
    "referrer_domain",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "visitor",
)


def _insert_event(hit: Hit):
    """One INSERT, without the model machinery: this runs for every visit on the database path."""
    fields = [VisitEvent._meta.get_field(name) for name in _EVENT_FIELDS]
    table = connection.ops.quote_name(VisitEvent._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    values = [field.get_db_prep_save(getattr(hit, field.name), connection) for field in fields]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({columns}) "  # noqa: S608 - names from the model
            f"VALUES ({', '.join(['%s'] * len(fields))})",
            values,
        )


def record_hit(*, hit: Hit) -> str:
    """Count one visit through the configured path; LIMITED when the client sends too many."""
    if uses_redis_buffer():
        return COUNTED if buffers.record(hit, minute=int(time.time() // 60)) else LIMITED
    if not _within_rate_limit(hit.visitor):
        return LIMITED
    _insert_event(hit)
    return COUNTED


def record_page_view(*, request, fields: dict[str, str]) -> str:
    """Validate a beacon's fields and count it. Raises beacons.InvalidBeacon (answer 400)."""
    beacons.check_same_site(request)
    hit = beacons.hit_from_fields(request, fields)
    if hit is None:
        return IGNORED
    return record_hit(hit=hit)


def record_link_visit(*, request, link: TrackedLink) -> str:
    """Count a visit of a short link (a QR code scan or a typed poster address)."""
    user_agent = request.META.get("HTTP_USER_AGENT", "")
    from .classification import is_bot

    if is_bot(user_agent):
        return IGNORED
    day = timezone.localdate()
    site = beacons.site_host(request)
    locale = link.locale
    if link.target_page_id and link.target_page is not None:
        locale = link.target_page.locale.language_code
    hit = Hit(
        day=day,
        kind=EventKind.LINK_VISIT,
        visitor=visitors.visitor_hash(
            day=day, address=visitors.client_address(request), user_agent=user_agent, site=site
        ),
        locale=locale,
        country=visitors.client_country(request),
        link=link.code,
        campaign=link.campaign.slug if link.campaign_id else "",
        channel=link.channel,
    )
    return record_hit(hit=hit)


# The event column each dimension groups by (None: the dimension has a single value).
_EVENT_COLUMNS = {
    Dimension.TOTAL: None,
    Dimension.PAGE_TYPE: "page_type",
    Dimension.PAGE: "page_key",
    Dimension.TOPIC: "topic",
    Dimension.CHANNEL: "channel",
    Dimension.CAMPAIGN: "campaign",
    Dimension.DEVICE: "device",
}


def _rollup_rows_from_events(day: date):
    events = VisitEvent.objects.filter(day=day)
    views = events.filter(kind=EventKind.PAGE_VIEW)
    specs = [
        (
            dimension,
            views
            if dimension in (Dimension.TOTAL, Dimension.PAGE_TYPE)
            else views.filter(coarse=False),
            column,
            (False, True),
        )
        for dimension, column in _EVENT_COLUMNS.items()
    ]
    specs.append((Dimension.LINK, events.filter(kind=EventKind.LINK_VISIT), "link", (False,)))
    for dimension, queryset, column, audience_splits in specs:
        for by_audience in audience_splits:
            group = ["country", "locale"]
            group += ["audience"] if by_audience else []
            group += [column] if column else []
            rows = (
                queryset.order_by()
                .values(*group)
                .annotate(n_visits=Count("id"), n_visitors=Count("visitor", distinct=True))
            )
            for row in rows:
                yield DailyVisitRollup(
                    day=day,
                    dimension=dimension,
                    value=str(row[column]) if column else "",
                    country=row["country"],
                    locale=row["locale"],
                    audience=row["audience"] if by_audience else ALL_AUDIENCES,
                    source=RollupSource.EVENTS,
                    visits=row["n_visits"],
                    visitors=row["n_visitors"],
                )


def roll_up_day(*, day: date) -> int:
    """Replace the day's rollup rows counted from database events. Safe to run again.

    A day whose events were already purged keeps the rows it has.
    """
    if not VisitEvent.objects.filter(day=day).exists():
        return 0
    rows = list(_rollup_rows_from_events(day))
    with transaction.atomic():
        DailyVisitRollup.objects.filter(day=day, source=RollupSource.EVENTS).delete()
        DailyVisitRollup.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1)


def roll_up_month(*, month: date) -> int:
    """Replace a month's rows with the sum of its daily rows. Safe to run again."""
    month = month_start(month)
    daily = connection.ops.quote_name(DailyVisitRollup._meta.db_table)
    monthly = connection.ops.quote_name(MonthlyVisitRollup._meta.db_table)
    with transaction.atomic(), connection.cursor() as cursor:
        MonthlyVisitRollup.objects.filter(month=month).delete()
        # Table names come from the models; every value is a parameter.
        cursor.execute(
            f"INSERT INTO {monthly} (month, dimension, value, country, "  # noqa: S608
            "locale, audience, visits, visitors) "
            "SELECT %s, dimension, value, country, locale, audience, "
            f"SUM(visits), SUM(visitors) FROM {daily} WHERE day >= %s AND day < %s "
            "GROUP BY dimension, value, country, locale, audience",
            [month, month, next_month(month)],
        )
        return cursor.rowcount


def roll_up_recent(*, today: date | None = None) -> dict:
    """Yesterday and today from database events; last month once it is over."""
    today = today or timezone.localdate()
    days = [today - timedelta(days=1), today]
    rows = sum(roll_up_day(day=day) for day in days)
    previous = month_start(month_start(today) - timedelta(days=1))
    months = 0
    # Late counts of a month's last day arrive just after midnight: settle it for two days.
    if today.day <= 2 or not MonthlyVisitRollup.objects.filter(month=previous).exists():
        months = roll_up_month(month=previous)
    return {"daily_rows": rows, "monthly_rows": months}


def flush_buffer() -> int:
    """Move the Redis buffer's counts into the daily rollups (no-op on the database path)."""
    if not uses_redis_buffer():
        return 0
    return buffers.flush()


def purge_expired(*, today: date | None = None) -> dict:
    """Delete raw events past retention, every salt of a past day, old flush records."""
    today = today or timezone.localdate()
    keep_days = max(MIN_RETENTION_DAYS, settings.REACH_EVENT_RETENTION_DAYS)
    events, _ = VisitEvent.objects.filter(day__lt=today - timedelta(days=keep_days)).delete()
    salts, _ = DailySalt.objects.filter(day__lt=today).delete()
    visitors.forget_salts()
    flushes, _ = BufferFlush.objects.filter(
        flushed_at__lt=timezone.now() - timedelta(days=BUFFER_FLUSH_RECORD_DAYS)
    ).delete()
    return {"events": events, "salts": salts, "flushes": flushes}


def record_learner_milestone(
    *, kind: str, source_ref: int, user, course_key=None, day: date | None = None
) -> bool:
    """Count a learner's enrolment, completion or certificate once; True when newly counted.

    Role, organisation and country are read from the learner's profile at that moment.
    """
    from campaign_site.accounts.selectors import profile_for

    if kind not in LearnerMilestoneKind.values:
        raise ValueError(f"unknown milestone {kind!r}")
    profile = profile_for(user)
    country = getattr(profile, "country", "") or ""
    defaults = {
        "day": day or timezone.localdate(),
        "role": (getattr(profile, "professional_role", "") or "")[:20],
        "organisation_id": getattr(profile, "organisation_id", None),
        "country": str(getattr(country, "code", country) or "")[:2],
        "course_key": course_key,
    }
    _milestone, created = LearnerMilestone.objects.get_or_create(
        kind=kind, source_ref=source_ref, defaults=defaults
    )
    return created


def record_learner_milestone_safely(**kwargs) -> bool:
    """For signal receivers: a ledger failure must never undo a learner's progress."""
    try:
        with transaction.atomic():
            return record_learner_milestone(**kwargs)
    except DatabaseError:
        logger.exception("reach: learner milestone not recorded")
        return False


def import_outreach_csv(*, raw: bytes, file_name: str, user):
    """Create every activity of the CSV, or none: returns outreach_import.ImportResult."""
    from .outreach_import import import_outreach

    return import_outreach(raw=raw, file_name=file_name, user=user)
