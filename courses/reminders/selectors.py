"""Reads about reminders: the dashboards' figures, the admin's summary, a learner's export.

Figures for dashboards (all take inclusive dates, server time, and an optional
organisation: the recipients' organisation in their profile):

- `reminders_sent(start=, end=, kinds=None, organisation=None) -> int`
- `reminders_sent_by_kind(start=, end=, organisation=None) -> dict[kind, int]`
- `reminders_sent_by_day(start=, end=, kinds=None, organisation=None) -> list[(date, int)]`
- `learners_returned_after_reminder(start=, end=, within_days=7, organisation=None)
  -> ReminderReturnFigures(learners_reminded, learners_returned, rate)`
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count, F, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from ..models.reminders import (
    DeliveryStatus,
    MessageStatus,
    ReminderDelivery,
    ReminderKind,
    ReminderMessage,
    ReminderOptOut,
    ReminderStream,
)

RETURN_KINDS = (ReminderKind.INACTIVITY, ReminderKind.DEADLINE, ReminderKind.CERTIFICATE_EXPIRY)


@dataclass(frozen=True)
class ReminderReturnFigures:
    """Learners sent a reminder in the period, and those active in a course again within
    `within_days` of it."""

    learners_reminded: int
    learners_returned: int
    within_days: int

    @property
    def rate(self) -> float | None:
        if not self.learners_reminded:
            return None
        return self.learners_returned / self.learners_reminded


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    if end < start:
        raise ValueError("the end of the period comes before its start")
    tz = timezone.get_current_timezone()
    return (
        timezone.make_aware(datetime.combine(start, time.min), tz),
        timezone.make_aware(datetime.combine(end + timedelta(days=1), time.min), tz),
    )


def _sent_reminders(*, start: date, end: date, kinds=None, organisation=None):
    low, high = _bounds(start, end)
    reminders = ReminderDelivery.objects.filter(
        status=DeliveryStatus.SENT, message__sent_at__gte=low, message__sent_at__lt=high
    )
    if kinds:
        reminders = reminders.filter(kind__in=list(kinds))
    if organisation is not None:
        reminders = reminders.filter(recipient__profile__organisation=organisation)
    return reminders


def reminders_sent(*, start: date, end: date, kinds=None, organisation=None) -> int:
    """Reminders delivered in the period (a combined email counts each reminder in it)."""
    return _sent_reminders(start=start, end=end, kinds=kinds, organisation=organisation).count()


def reminders_sent_by_kind(*, start: date, end: date, organisation=None) -> dict[str, int]:
    counts = dict.fromkeys(ReminderKind.values, 0)
    for kind, number in (
        _sent_reminders(start=start, end=end, organisation=organisation)
        .values_list("kind")
        .annotate(number=Count("pk"))
        .order_by()
    ):
        counts[kind] = number
    return counts


def reminders_sent_by_day(
    *, start: date, end: date, kinds=None, organisation=None
) -> list[tuple[date, int]]:
    """One (day, reminders delivered) pair for every day of the period, zeros included."""
    per_day = dict(
        _sent_reminders(start=start, end=end, kinds=kinds, organisation=organisation)
        .annotate(day=TruncDate("message__sent_at"))
        .values_list("day")
        .annotate(number=Count("pk"))
        .order_by()
    )
    days = (end - start).days + 1
    return [
        (start + timedelta(days=n), per_day.get(start + timedelta(days=n), 0)) for n in range(days)
    ]


def learners_returned_after_reminder(
    *, start: date, end: date, within_days: int = 7, organisation=None
) -> ReminderReturnFigures:
    """Of the learners emailed a reminder in the period, how many were active in a course
    again within `within_days` of that email (first activity seen after it)."""
    low, high = _bounds(start, end)
    emails = ReminderMessage.objects.filter(
        stream=ReminderStream.LEARNER,
        status=MessageStatus.SENT,
        sent_at__gte=low,
        sent_at__lt=high,
        recipient__isnull=False,
    )
    if organisation is not None:
        emails = emails.filter(recipient__profile__organisation=organisation)
    figures = emails.aggregate(
        reminded=Count("recipient", distinct=True),
        returned=Count(
            "recipient",
            distinct=True,
            filter=Q(returned_at__lte=F("sent_at") + timedelta(days=within_days)),
        ),
    )
    return ReminderReturnFigures(
        learners_reminded=figures["reminded"],
        learners_returned=figures["returned"],
        within_days=within_days,
    )


def failed_reminder_emails(*, since: datetime | None = None):
    """Emails that could not be delivered, newest first (for the admin's warning panel)."""
    since = since or timezone.now() - timedelta(days=7)
    return ReminderMessage.objects.filter(
        status=MessageStatus.FAILED, updated_at__gte=since
    ).order_by("-updated_at")


def opted_out_kinds(user) -> set[str]:
    if user is None or not getattr(user, "is_authenticated", False):
        return set()
    return set(ReminderOptOut.objects.filter(user=user).values_list("kind", flat=True))


def export_for_user(user) -> dict:
    """The learner's reminder emails and the kinds they turned off (for their data export)."""
    return {
        "emails": [
            {
                "day": message.local_date,
                "for": message.stream,
                "status": message.status,
                "sent_at": message.sent_at,
                "subject": message.subject,
                "reminders": sorted({item.kind for item in message.items.all()}),
            }
            for message in ReminderMessage.objects.filter(recipient=user)
            .prefetch_related("items")
            .order_by("local_date", "pk")
        ],
        "turned_off": sorted(opted_out_kinds(user)),
    }
