"""Find the reminders due now and record them, before anything is sent.

Each hourly run looks only at people for whom the local sending window is open, reads in
fixed-size chunks by primary key (memory stays flat however many enrolments there are) and
commits each chunk on its own, so a run stopped half-way loses nothing: the next run skips
what is recorded (the unique constraint) and records the rest. Emails are queued after
commit; a separate task sends them.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import OperationalError, transaction
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone

from campaign_site.accounts.models import Membership, MembershipRole, Profile, User

from ..models import (
    Certificate,
    Cohort,
    CohortMembership,
    CoursePage,
    CourseReminderSettings,
    Enrolment,
)
from ..models.reminders import (
    PENDING_MESSAGE_STATUSES,
    STREAM_OF_KIND,
    MessageStatus,
    ReminderDelivery,
    ReminderKind,
    ReminderMessage,
    ReminderStream,
)
from .scheduling import UTC, iso_week, weekly_due, zone, zones_in_window

logger = logging.getLogger(__name__)

CHUNK_SIZE = 5000
DEADLINE_NOTICES = (1, 7)  # days before a cohort deadline
EXPIRY_NOTICES = (7, 30, 60)  # days before a certificate lapses
DIGEST_EXPIRY_DAYS = 60  # certificates listed in the coordinator digest
RECENT_COHORT_DAYS = 30  # closed cohorts stay in the digest this long after their deadline
RETURN_WINDOW_DAYS = 7  # "came back within 7 days of a reminder"
# The emails a run creates wait until the run has recorded everything due, so that one
# person's reminders found by different scans go out together, in one email. Should the
# run die half-way, the hold lapses and the resume schedule sends what was recorded.
PLANNING_HOLD = timedelta(minutes=30)


@dataclass(frozen=True)
class DueReminder:
    recipient_id: int
    kind: str
    subject: str
    period: str
    local_date: date
    sequence: int = 1
    reference_at: datetime | None = None
    enrolment_id: int | None = None
    cohort_id: int | None = None
    certificate_id: int | None = None

    @property
    def stream(self) -> str:
        return STREAM_OF_KIND[self.kind]


@dataclass
class PlanSummary:
    recorded: Counter = field(default_factory=Counter)
    email_ids: set = field(default_factory=set)
    zones: int = 0
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.recorded.values())

    @property
    def emails(self) -> int:
        """Emails that received new reminders in this run."""
        return len(self.email_ids)


@dataclass(frozen=True)
class InactivityPolicy:
    enabled: bool
    days: int
    maximum: int


# ---------------------------------------------------------------------------------------
# The run


def plan_due_reminders(*, now: datetime | None = None, chunk_size: int = CHUNK_SIZE) -> PlanSummary:
    """Record every reminder and digest due now, and queue their emails."""
    started = time.monotonic()
    now = now or timezone.now()
    summary = PlanSummary()
    zones = zones_in_window(recipient_time_zones(), now)
    summary.zones = len(zones)
    hold_until = now + PLANNING_HOLD
    if zones:
        scans = (
            due_inactivity_reminders,
            due_deadline_reminders,
            due_certificate_expiry_reminders,
            due_coordinator_digests,
            due_content_reviews,
        )
        for scan in scans:
            for chunk in scan(now=now, zones=zones, chunk_size=chunk_size):
                record_due_reminders(chunk, now=now, summary=summary, hold_until=hold_until)
        release_held_messages(hold_until)
        if summary.email_ids:
            transaction.on_commit(_queue_sending)
    record_learner_returns(now=now)
    summary.seconds = time.monotonic() - started
    logger.info(
        "reminders planned: %s new in %s emails (%s time zones in the window) in %.1f s",
        dict(summary.recorded),
        summary.emails,
        summary.zones,
        summary.seconds,
    )
    return summary


def recipient_time_zones() -> list[str]:
    return list(Profile.objects.order_by().values_list("time_zone", flat=True).distinct())


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S.%fZ")


def _keyset(queryset, fields: tuple[str, ...], chunk_size: int) -> Iterator[list[tuple]]:
    """Rows of `queryset` in primary-key order, `chunk_size` at a time, one query each."""
    last = 0
    while True:
        rows = list(queryset.filter(pk__gt=last).order_by("pk").values_list(*fields)[:chunk_size])
        if not rows:
            return
        last = rows[-1][0]
        yield rows


def _not_opted_out(queryset, kind: str, user_field: str = "user"):
    prefix = f"{user_field}__" if user_field else ""
    return queryset.exclude(**{f"{prefix}reminder_opt_outs__kind": kind})


# ---------------------------------------------------------------------------------------
# Inactivity: no progress for N days, at most K reminders in a row, spaced out


def inactivity_policies() -> tuple[InactivityPolicy, dict]:
    default = InactivityPolicy(
        enabled=True,
        days=max(int(settings.REMINDER_INACTIVITY_DAYS), 1),
        maximum=max(int(settings.REMINDER_MAX_INACTIVITY_REMINDERS), 0),
    )
    per_course = {
        row.course_key: InactivityPolicy(
            enabled=row.inactivity_reminders,
            days=row.inactivity_days or default.days,
            maximum=row.max_inactivity_reminders or default.maximum,
        )
        for row in CourseReminderSettings.objects.all()
    }
    return default, per_course


def inactivity_gap(policy: InactivityPolicy, number: int) -> timedelta:
    """Time after reminder number-1 before reminder `number`: N days, then 2N, then 4N…"""
    return timedelta(days=policy.days * 2 ** max(number - 2, 0))


def due_inactivity_reminders(*, now, zones, chunk_size=CHUNK_SIZE) -> Iterator[list[DueReminder]]:
    default, per_course = inactivity_policies()
    live_keys = set(CoursePage.objects.live().values_list("translation_key", flat=True))
    keys = {key for key in live_keys if per_course.get(key, default).enabled}
    if not keys:
        return
    shortest = min([default.days] + [p.days for p in per_course.values() if p.enabled])
    candidates = _not_opted_out(
        Enrolment.objects.filter(
            completed_at__isnull=True,
            withdrawn_at__isnull=True,
            user__is_active=True,
            user__profile__time_zone__in=list(zones),
            course_key__in=keys,
            last_activity_at__lte=now - timedelta(days=shortest),
        ),
        ReminderKind.INACTIVITY,
    )
    fields = ("pk", "user_id", "course_key", "last_activity_at", "user__profile__time_zone")
    for rows in _keyset(candidates, fields, chunk_size):
        earlier = defaultdict(list)
        for enrolment_id, reference_at, created_at in ReminderDelivery.objects.filter(
            kind=ReminderKind.INACTIVITY, enrolment_id__in=[row[0] for row in rows]
        ).values_list("enrolment_id", "reference_at", "created_at"):
            earlier[(enrolment_id, reference_at)].append(created_at)
        due = []
        for pk, user_id, course_key, last_activity, tz in rows:
            policy = per_course.get(course_key, default)
            if now - last_activity < timedelta(days=policy.days):
                continue
            # A "spell" of inactivity starts at the last activity; each spell gets K reminders.
            sent_in_spell = earlier.get((pk, last_activity), [])
            number = len(sent_in_spell) + 1
            if number > policy.maximum:
                continue
            if sent_in_spell and now - max(sent_in_spell) < inactivity_gap(policy, number):
                continue
            due.append(
                DueReminder(
                    recipient_id=user_id,
                    kind=ReminderKind.INACTIVITY,
                    subject=f"enrolment:{pk}",
                    period=f"{_stamp(last_activity)}#{number}",
                    local_date=zones[tz],
                    sequence=number,
                    reference_at=last_activity,
                    enrolment_id=pk,
                )
            )
        if due:
            yield due


# ---------------------------------------------------------------------------------------
# Cohort deadlines: 7 days and 1 day before


def deadline_notice(days_left: int) -> int | None:
    """Which notice is due with this many days left (a late joiner still gets one)."""
    if days_left < 0:
        return None
    return next((notice for notice in DEADLINE_NOTICES if days_left <= notice), None)


def due_deadline_reminders(*, now, zones, chunk_size=CHUNK_SIZE) -> Iterator[list[DueReminder]]:
    first, last = min(zones.values()), max(zones.values())
    candidates = _not_opted_out(
        CohortMembership.objects.filter(
            cohort__deadline__gte=first,
            cohort__deadline__lte=last + timedelta(days=max(DEADLINE_NOTICES)),
            user__is_active=True,
            user__profile__time_zone__in=list(zones),
        ),
        ReminderKind.DEADLINE,
    )
    fields = (
        "pk",
        "user_id",
        "cohort_id",
        "cohort__course_key",
        "cohort__deadline",
        "user__profile__time_zone",
    )
    for rows in _keyset(candidates, fields, chunk_size):
        open_enrolments = {
            (user_id, key): pk
            for pk, user_id, key in Enrolment.objects.filter(
                user_id__in={row[1] for row in rows},
                course_key__in={row[3] for row in rows},
                completed_at__isnull=True,
                withdrawn_at__isnull=True,
            ).values_list("pk", "user_id", "course_key")
        }
        recorded = set(
            ReminderDelivery.objects.filter(
                kind=ReminderKind.DEADLINE,
                cohort_id__in={row[2] for row in rows},
                recipient_id__in={row[1] for row in rows},
            ).values_list("recipient_id", "cohort_id", "period")
        )
        due = []
        for _pk, user_id, cohort_id, course_key, deadline, tz in rows:
            local_date = zones[tz]
            notice = deadline_notice((deadline - local_date).days)
            enrolment_id = open_enrolments.get((user_id, course_key))
            if notice is None or enrolment_id is None:
                continue
            period = f"{deadline.isoformat()}:{notice}d"
            if (user_id, cohort_id, period) in recorded:
                continue
            due.append(
                DueReminder(
                    recipient_id=user_id,
                    kind=ReminderKind.DEADLINE,
                    subject=f"cohort:{cohort_id}",
                    period=period,
                    local_date=local_date,
                    sequence=notice,
                    enrolment_id=enrolment_id,
                    cohort_id=cohort_id,
                )
            )
        if due:
            yield due


# ---------------------------------------------------------------------------------------
# Certificate expiry: 60, 30 and 7 days before


def expiry_notice(days_left: int) -> int | None:
    if days_left < 0:
        return None
    return next((notice for notice in EXPIRY_NOTICES if days_left <= notice), None)


def renewed_certificates():
    """Certificates the holder has since renewed (a later one for the same course)."""
    return Exists(
        Certificate.objects.filter(
            user=OuterRef("user"),
            course_key=OuterRef("course_key"),
            issued_at__gt=OuterRef("issued_at"),
            revoked_at__isnull=True,
        )
    )


def due_certificate_expiry_reminders(
    *, now, zones, chunk_size=CHUNK_SIZE
) -> Iterator[list[DueReminder]]:
    candidates = _not_opted_out(
        Certificate.objects.filter(
            revoked_at__isnull=True,
            user__is_active=True,
            expires_at__gt=now,
            expires_at__lte=now + timedelta(days=max(EXPIRY_NOTICES) + 1),
            user__profile__time_zone__in=list(zones),
        ).exclude(renewed_certificates()),
        ReminderKind.CERTIFICATE_EXPIRY,
    )
    fields = ("pk", "user_id", "expires_at", "user__profile__time_zone")
    for rows in _keyset(candidates, fields, chunk_size):
        recorded = set(
            ReminderDelivery.objects.filter(
                kind=ReminderKind.CERTIFICATE_EXPIRY, certificate_id__in=[row[0] for row in rows]
            ).values_list("certificate_id", "period")
        )
        due = []
        for pk, user_id, expires_at, tz in rows:
            local_date = zones[tz]
            expires_on = expires_at.astimezone(zone(tz)).date()
            notice = expiry_notice((expires_on - local_date).days)
            if notice is None or (pk, f"{expires_on.isoformat()}:{notice}d") in recorded:
                continue
            due.append(
                DueReminder(
                    recipient_id=user_id,
                    kind=ReminderKind.CERTIFICATE_EXPIRY,
                    subject=f"certificate:{pk}",
                    period=f"{expires_on.isoformat()}:{notice}d",
                    local_date=local_date,
                    sequence=notice,
                    reference_at=expires_at,
                    certificate_id=pk,
                )
            )
        if due:
            yield due


# ---------------------------------------------------------------------------------------
# Weekly: coordinators' digest and editors' review list


def _weekly_zones(zones: dict[str, date]) -> dict[str, date]:
    return {tz: day for tz, day in zones.items() if weekly_due(day)}


def _not_recorded(due: list[DueReminder]) -> list[DueReminder]:
    recorded = set(
        ReminderDelivery.objects.filter(
            kind__in={item.kind for item in due},
            recipient_id__in={item.recipient_id for item in due},
            period__in={item.period for item in due},
        ).values_list("recipient_id", "kind", "period")
    )
    return [item for item in due if (item.recipient_id, item.kind, item.period) not in recorded]


def organisations_with_digest_news(*, now, since: date) -> set[int]:
    """Organisations with a cohort running (or recently due) or certificates lapsing soon."""
    with_cohorts = Cohort.objects.filter(Q(closed_at__isnull=True) | Q(deadline__gte=since))
    with_expiring = Certificate.objects.filter(
        revoked_at__isnull=True,
        expires_at__gt=now,
        expires_at__lte=now + timedelta(days=DIGEST_EXPIRY_DAYS),
        user__profile__organisation__isnull=False,
    )
    return set(with_cohorts.values_list("organisation_id", flat=True)) | set(
        with_expiring.values_list("user__profile__organisation_id", flat=True)
    )


def due_coordinator_digests(*, now, zones, chunk_size=CHUNK_SIZE) -> Iterator[list[DueReminder]]:
    weekly = _weekly_zones(zones)
    if not weekly:
        return
    since = min(weekly.values()) - timedelta(days=RECENT_COHORT_DAYS)
    organisations = organisations_with_digest_news(now=now, since=since)
    if not organisations:
        return
    coordinators = _not_opted_out(
        Membership.objects.filter(
            role=MembershipRole.COORDINATOR,
            organisation_id__in=organisations,
            user__is_active=True,
            user__profile__time_zone__in=list(weekly),
        ),
        ReminderKind.COORDINATOR_DIGEST,
    )
    seen = set()
    due = []
    for user_id, tz in coordinators.order_by("user_id").values_list(
        "user_id", "user__profile__time_zone"
    ):
        if user_id in seen:
            continue
        seen.add(user_id)
        due.append(
            DueReminder(
                recipient_id=user_id,
                kind=ReminderKind.COORDINATOR_DIGEST,
                subject="cohorts",
                period=iso_week(weekly[tz]),
                local_date=weekly[tz],
            )
        )
    for start in range(0, len(due), chunk_size):
        if chunk := _not_recorded(due[start : start + chunk_size]):
            yield chunk


def due_content_reviews(*, now, zones, chunk_size=CHUNK_SIZE) -> Iterator[list[DueReminder]]:
    from home.selectors import guides_due_for_review

    weekly = _weekly_zones(zones)
    if not weekly:
        return
    editors = {
        guide.editor_responsible.pk
        for guide in guides_due_for_review(max(weekly.values()))
        if guide.editor_responsible is not None
    }
    if not editors:
        return
    recipients = _not_opted_out(
        User.objects.filter(pk__in=editors, is_active=True, profile__time_zone__in=list(weekly)),
        ReminderKind.CONTENT_REVIEW,
        user_field="",
    )
    due = [
        DueReminder(
            recipient_id=user_id,
            kind=ReminderKind.CONTENT_REVIEW,
            subject="guides",
            period=iso_week(weekly[tz]),
            local_date=weekly[tz],
        )
        for user_id, tz in recipients.order_by("pk").values_list("pk", "profile__time_zone")
    ]
    for start in range(0, len(due), chunk_size):
        if chunk := _not_recorded(due[start : start + chunk_size]):
            yield chunk


# ---------------------------------------------------------------------------------------
# Recording: the delivery records first, then the email that carries them


def record_due_reminders(
    due: list[DueReminder],
    *,
    now: datetime,
    summary: PlanSummary | None = None,
    hold_until: datetime | None = None,
) -> int:
    """Record the reminders (each once for ever) and attach them to that day's email.

    Returns how many were new. Two planners running at once record each reminder once:
    the unique constraint decides, and an email already being sent takes nothing more
    (what is left goes into the next day's email). With `hold_until`, new emails wait
    until then or until `release_held_messages(hold_until)`; without, they are queued now.
    """
    for attempt in range(4):
        try:
            with transaction.atomic():
                counts, message_ids = _record(due, now=now, hold_until=hold_until)
                if message_ids and hold_until is None:
                    transaction.on_commit(_queue_sending)
            break
        except OperationalError:
            # A deadlock or a busy database between two planners: the chunk is simply redone.
            if attempt == 3:
                raise
            time.sleep(0.2 * 2**attempt)
    if summary is not None:
        summary.recorded.update(counts)
        summary.email_ids.update(message_ids)
    return sum(counts.values())


def release_held_messages(hold_until: datetime) -> int:
    """Let the emails held by one planning run (marked with its `hold_until`) go out."""
    return ReminderMessage.objects.filter(
        next_attempt_at=hold_until, status=MessageStatus.QUEUED, attempts=0
    ).update(next_attempt_at=None)


def _queue_sending():
    from . import tasks

    tasks.send_reminder_emails.delay()


def _record(
    due: list[DueReminder], *, now: datetime, hold_until: datetime | None = None
) -> tuple[Counter, set[int]]:
    # The scans leave out what is already recorded; if another planner records the same
    # reminder at this very moment, the unique constraint keeps one (ignore_conflicts).
    recipients = {item.recipient_id for item in due}
    days = {item.local_date for item in due}
    # The person's email still waiting to go out takes the new reminders too.
    pending: dict[tuple[int, str], int] = {}
    for pk, recipient_id, stream in (
        ReminderMessage.objects.select_for_update()
        .filter(recipient_id__in=recipients, status__in=PENDING_MESSAGE_STATUSES)
        .order_by("local_date", "pk")
        .values_list("pk", "recipient_id", "stream")
    ):
        pending.setdefault((recipient_id, stream), pk)
    already_today = set(
        ReminderMessage.objects.filter(recipient_id__in=recipients, local_date__in=days)
        .exclude(status__in=PENDING_MESSAGE_STATUSES)
        .values_list("recipient_id", "stream", "local_date")
    )
    wanted: dict[tuple[int, str], date] = {}
    for item in due:
        key = (item.recipient_id, item.stream)
        if key in pending or (item.recipient_id, item.stream, item.local_date) in already_today:
            continue
        wanted.setdefault(key, item.local_date)
    new_ids: set[int] = set()
    if wanted:
        ReminderMessage.objects.bulk_create(
            [
                ReminderMessage(
                    recipient_id=r,
                    stream=s,
                    local_date=d,
                    created_at=now,
                    next_attempt_at=hold_until,
                )
                for (r, s), d in sorted(wanted.items())
            ],
            ignore_conflicts=True,
        )
        for pk, recipient_id, stream, day in (
            ReminderMessage.objects.select_for_update()
            .filter(
                recipient_id__in={r for r, _s in wanted},
                local_date__in=set(wanted.values()),
                status=MessageStatus.QUEUED,
            )
            .values_list("pk", "recipient_id", "stream", "local_date")
        ):
            if wanted.get((recipient_id, stream)) == day and (recipient_id, stream) not in pending:
                pending[(recipient_id, stream)] = pk
                new_ids.add(pk)
    attached = [item for item in due if (item.recipient_id, item.stream) in pending]
    ReminderDelivery.objects.bulk_create(
        [
            ReminderDelivery(
                message_id=pending[(item.recipient_id, item.stream)],
                recipient_id=item.recipient_id,
                kind=item.kind,
                subject=item.subject,
                period=item.period,
                sequence=item.sequence,
                reference_at=item.reference_at,
                enrolment_id=item.enrolment_id,
                cohort_id=item.cohort_id,
                certificate_id=item.certificate_id,
                created_at=now,
            )
            for item in attached
        ],
        ignore_conflicts=True,
    )
    # An email created here whose reminders another planner recorded first carries nothing.
    if new_ids:
        ReminderMessage.objects.filter(pk__in=new_ids, items__isnull=True).delete()
    counts = Counter(item.kind for item in attached)
    touched = {pending[(item.recipient_id, item.stream)] for item in attached}
    return counts, touched


# ---------------------------------------------------------------------------------------
# Learners who came back after a reminder (for the dashboards)


def record_learner_returns(*, now: datetime) -> int:
    """Stamp recent learner emails with the learner's first course activity after them."""
    first_activity = (
        Enrolment.objects.filter(
            user_id=OuterRef("recipient_id"), last_activity_at__gt=OuterRef("sent_at")
        )
        .order_by("last_activity_at")
        .values("last_activity_at")[:1]
    )
    recent = ReminderMessage.objects.filter(
        stream=ReminderStream.LEARNER,
        status=MessageStatus.SENT,
        returned_at__isnull=True,
        recipient__isnull=False,
        sent_at__gte=now - timedelta(days=RETURN_WINDOW_DAYS + 1),
    ).filter(Exists(first_activity))
    return recent.update(returned_at=Subquery(first_activity))
