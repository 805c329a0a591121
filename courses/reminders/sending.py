"""Send the queued reminder emails: claim one, check it is still due, send, record.

The database is the queue. A sending task claims one email at a time (a conditional update,
so two workers never take the same one), only where the recipient's local sending window is
open, and keeps going for a bounded time. A worker stopped half-way loses nothing: what it
had not claimed is still queued, and an email it was sending when it died is released
(its process is gone, or its claim has lapsed) and sent by the next task.

Before sending, each reminder is checked again: nothing goes to someone who completed or
left the course, renewed the certificate, deleted their account or turned the emails off.
Temporary mail-server failures wait and retry with exponential backoff; permanent ones are
recorded with the server's answer and shown in the admin.
"""

from __future__ import annotations

import logging
import os
import random
import smtplib
import socket
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from campaign_site.accounts.emails import render_email

from ..models import Certificate, CohortMembership
from ..models.reminders import (
    PENDING_MESSAGE_STATUSES,
    CancelReason,
    DeliveryStatus,
    FailureKind,
    MessageStatus,
    ReminderDelivery,
    ReminderKind,
    ReminderMessage,
    ReminderOptOut,
)
from .content import prepare_email
from .planning import recipient_time_zones
from .scheduling import local_time, zones_in_window

logger = logging.getLogger(__name__)

MAX_RETRY_DELAY = timedelta(hours=6)
SEND_TIME_BUDGET_SECONDS = 120  # one task stops claiming after this, and queues the next
SEND_LIMIT_PER_TASK = 200


class Outcome:
    SENT = "sent"
    RETRY = "retry"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass
class SendReport:
    counts: dict = field(default_factory=dict)
    more: bool = False
    retry_in: float | None = None
    released: int = 0

    def add(self, outcome: str, retry_in: float | None = None):
        self.counts[outcome] = self.counts.get(outcome, 0) + 1
        if retry_in is not None:
            self.retry_in = retry_in if self.retry_in is None else min(self.retry_in, retry_in)


class TemporaryFailure(Exception):
    pass


# ---------------------------------------------------------------------------------------
# Claims


def process_identity() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def lease() -> timedelta:
    """How long a claim protects an email being sent: longer than any SMTP exchange."""
    return timedelta(seconds=int(getattr(settings, "EMAIL_TIMEOUT", None) or 30) * 3 + 60)


def claimant_is_gone(claimed_by: str) -> bool:
    """True when the claim was made by a process on this machine that no longer runs."""
    host, _sep, pid = (claimed_by or "").rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    # A killed process nobody has reaped yet still answers: it is a zombie, and gone.
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rpartition(")")[2].split()[0] in {"Z", "X"}
    except (OSError, IndexError):
        return False


def release_abandoned_claims(*, now: datetime | None = None) -> int:
    """Put back in the queue the emails whose sending process died or whose claim lapsed."""
    now = now or timezone.now()
    released = 0
    for pk, claimed_by, lease_until in ReminderMessage.objects.filter(
        status=MessageStatus.SENDING
    ).values_list("pk", "claimed_by", "lease_until"):
        if (lease_until is not None and lease_until < now) or claimant_is_gone(claimed_by):
            released += ReminderMessage.objects.filter(
                pk=pk, status=MessageStatus.SENDING, claimed_by=claimed_by
            ).update(
                status=MessageStatus.QUEUED,
                claimed_by="",
                lease_until=None,
                next_attempt_at=None,
                last_error="Sending was interrupted (the worker stopped); sending again.",
                updated_at=now,
            )
    if released:
        logger.warning("released %s reminder emails left by a stopped worker", released)
    return released


def sendable_messages(*, now: datetime):
    """Emails that may be claimed now: due, and in their recipient's sending window."""
    open_zones = list(zones_in_window(recipient_time_zones(), now))
    due = Q(status__in=PENDING_MESSAGE_STATUSES) & (
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )
    reachable = Q(recipient__profile__time_zone__in=open_zones)
    gone = Q(recipient__isnull=True) | Q(recipient__is_active=False)
    return ReminderMessage.objects.filter(due & (reachable | gone))


def claim_next_message(*, now: datetime, candidates=None) -> ReminderMessage | None:
    """Claim one sendable email for this process, or None when there is none left."""
    candidates = candidates if candidates is not None else sendable_messages(now=now)
    for _attempt in range(5):
        with transaction.atomic():
            pk = (
                candidates.select_for_update(skip_locked=True, of=("self",))
                .order_by("pk")
                .values_list("pk", flat=True)
                .first()
            )
            if pk is None:
                return None
            claimed = ReminderMessage.objects.filter(
                pk=pk, status__in=PENDING_MESSAGE_STATUSES
            ).update(
                status=MessageStatus.SENDING,
                attempts=F("attempts") + 1,
                claimed_by=process_identity(),
                lease_until=now + lease(),
                updated_at=now,
            )
        if claimed:
            return ReminderMessage.objects.select_related("recipient", "recipient__profile").get(
                pk=pk
            )
    return None


# ---------------------------------------------------------------------------------------
# Sending


def send_due_reminder_emails(
    *,
    release_abandoned: bool = False,
    limit: int = SEND_LIMIT_PER_TASK,
    time_budget: float = SEND_TIME_BUDGET_SECONDS,
) -> SendReport:
    """Send what is due, one email at a time, for at most `limit` emails or `time_budget`
    seconds. `report.more` says whether another round should follow."""
    report = SendReport()
    if release_abandoned:
        report.released = release_abandoned_claims()
    started = time.monotonic()
    connection = None
    candidates, listed_at = None, 0.0
    try:
        for _number in range(limit):
            if time.monotonic() - started > time_budget:
                report.more = True
                break
            if candidates is None or time.monotonic() - listed_at > 60:
                # Which time zones are in their window changes hourly: list them once a minute.
                candidates, listed_at = sendable_messages(now=timezone.now()), time.monotonic()
            message = claim_next_message(now=timezone.now(), candidates=candidates)
            if message is None:
                break
            if connection is None:
                connection = get_connection(fail_silently=False)
            outcome, retry_in = deliver_claimed_message(message, connection=connection)
            report.add(outcome, retry_in)
            if outcome == Outcome.RETRY:
                # The connection may be broken: the next email opens a fresh one.
                _close(connection)
                connection = None
        else:
            report.more = True
    finally:
        if connection is not None:
            _close(connection)
    return report


def _close(connection) -> None:
    try:
        connection.close()
    except Exception:  # noqa: BLE001 - closing a broken connection must not hide the result
        logger.debug("closing the mail connection failed", exc_info=True)


def deliver_claimed_message(message: ReminderMessage, *, connection) -> tuple[str, float | None]:
    """Check, render and send one claimed email; record the outcome."""
    now = timezone.now()
    recipient = message.recipient
    if recipient is None or not recipient.is_active or not recipient.email:
        _cancel_all(message, reason=CancelReason.NO_ACCOUNT, now=now)
        return Outcome.CANCELLED, None
    time_zone = getattr(getattr(recipient, "profile", None), "time_zone", "") or "UTC"
    local_date = local_time(time_zone, now).date()
    items = list(
        message.items.filter(status=DeliveryStatus.PENDING).select_related(
            "enrolment", "cohort", "cohort__organisation", "certificate"
        )
    )
    keep, cancelled = check_still_due(items, recipient=recipient, now=now, local_date=local_date)
    for reason, group in cancelled.items():
        ReminderDelivery.objects.filter(pk__in=[item.pk for item in group]).update(
            status=DeliveryStatus.CANCELLED, cancel_reason=reason
        )
    if not keep:
        _finish(message, status=MessageStatus.CANCELLED, now=now)
        return Outcome.CANCELLED, None
    try:
        prepared = prepare_email(
            message=message,
            recipient=recipient,
            items=keep,
            now=now,
            local_date=local_date,
            time_zone=time_zone,
        )
        if prepared is None:
            _cancel_all(message, reason=CancelReason.NOT_DUE, now=now)
            return Outcome.CANCELLED, None
        email = build_email(message=message, recipient=recipient, prepared=prepared)
    except Exception as exc:  # noqa: BLE001 - a rendering bug fails this email, not the batch
        logger.exception("reminder email %s could not be rendered", message.pk)
        _fail(message, keep, error=f"Could not prepare the email: {exc!r}"[:2000], now=now)
        return Outcome.FAILED, None
    try:
        connection.open()
        if not connection.send_messages([email]):
            raise TemporaryFailure("The mail server accepted nothing.")
    except Exception as exc:  # noqa: BLE001 - every failure is classified and recorded
        return _record_failure(message, keep, exc=exc, now=timezone.now())
    with transaction.atomic():
        ReminderMessage.objects.filter(pk=message.pk).update(
            status=MessageStatus.SENT,
            sent_at=timezone.now(),
            to_email=recipient.email,
            language=prepared.language,
            subject=email.subject[:300],
            claimed_by="",
            lease_until=None,
            next_attempt_at=None,
            failure_kind="",
            last_error="",
            updated_at=timezone.now(),
        )
        ReminderDelivery.objects.filter(pk__in=[item.pk for item in keep]).update(
            status=DeliveryStatus.SENT
        )
    logger.info(
        "reminder email %s sent (%s)", message.pk, ", ".join(sorted({i.kind for i in keep}))
    )
    return Outcome.SENT, None


def check_still_due(items, *, recipient, now, local_date):
    """(still due, {reason: [not due any more]}) for the reminders of one email."""
    opted_out = set(ReminderOptOut.objects.filter(user=recipient).values_list("kind", flat=True))
    keep, cancelled = [], {}
    for item in items:
        reason = _reason_not_to_send(item, recipient=recipient, now=now, local_date=local_date)
        if reason is None and item.kind in opted_out:
            reason = CancelReason.OPTED_OUT
        if reason is None:
            keep.append(item)
        else:
            cancelled.setdefault(reason, []).append(item)
    return keep, cancelled


def _reason_not_to_send(item, *, recipient, now, local_date) -> str | None:
    if item.kind in (ReminderKind.INACTIVITY, ReminderKind.DEADLINE):
        enrolment = item.enrolment
        if enrolment is None or enrolment.user_id != recipient.pk:
            return CancelReason.NO_ACCOUNT
        if enrolment.completed_at is not None:
            return CancelReason.COMPLETED
        if enrolment.withdrawn_at is not None:
            return CancelReason.LEFT
        if item.kind == ReminderKind.INACTIVITY:
            if item.reference_at is not None and enrolment.last_activity_at > item.reference_at:
                return CancelReason.RETURNED
            return None
        cohort = item.cohort
        if (
            cohort is None
            or not CohortMembership.objects.filter(cohort=cohort, user=recipient).exists()
        ):
            return CancelReason.LEFT
        if item.period.split(":")[0] != cohort.deadline.isoformat() or cohort.deadline < local_date:
            return CancelReason.NOT_DUE
        return None
    if item.kind == ReminderKind.CERTIFICATE_EXPIRY:
        certificate = item.certificate
        if certificate is None or certificate.user_id != recipient.pk:
            return CancelReason.NO_ACCOUNT
        if certificate.revoked_at is not None or certificate.expires_at <= now:
            return CancelReason.NOT_DUE
        if Certificate.objects.filter(
            user=recipient,
            course_key=certificate.course_key,
            issued_at__gt=certificate.issued_at,
            revoked_at__isnull=True,
        ).exists():
            return CancelReason.COMPLETED
        return None
    return None  # digests: their content is read when the email is written


def build_email(*, message, recipient, prepared) -> EmailMultiAlternatives:
    subject, text, html = render_email(
        user=recipient, template=prepared.template, context=prepared.context
    )
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    headers = {
        # RFC 8058: mail programs show an unsubscribe button and post to this address.
        "List-Unsubscribe": f"<{prepared.unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
        "X-Auto-Response-Suppress": "All",
        # The same Message-ID on every attempt, so a mail program shows a resent copy once.
        "Message-ID": f"<reminder.{message.pk}.{int(message.created_at.timestamp())}@{host}>",
    }
    email = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient.email],
        headers=headers,
    )
    email.attach_alternative(html, "text/html")
    return email


# ---------------------------------------------------------------------------------------
# Failures


def classify_failure(exc: BaseException) -> str:
    """Permanent when the mail server refused this email for good (5xx about the recipient
    or the content); everything else (4xx, timeouts, refused connections, bad credentials
    an operator can fix) is temporary and retried."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _text in exc.recipients.values()]
        if codes and all(500 <= code < 600 for code in codes):
            return FailureKind.PERMANENT
        return FailureKind.TEMPORARY
    if isinstance(exc, smtplib.SMTPAuthenticationError | smtplib.SMTPSenderRefused):
        return FailureKind.TEMPORARY
    if isinstance(exc, smtplib.SMTPResponseException):
        return FailureKind.PERMANENT if 500 <= exc.smtp_code < 600 else FailureKind.TEMPORARY
    if isinstance(exc, smtplib.SMTPException | OSError | TemporaryFailure):
        return FailureKind.TEMPORARY
    return FailureKind.PERMANENT


def describe_failure(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        parts = [
            f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
            for code, text in exc.recipients.values()
        ]
        return "Recipient refused: " + "; ".join(parts)
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error
        text = text.decode(errors="replace") if isinstance(text, bytes) else str(text)
        return f"{exc.smtp_code} {text}"
    return f"{type(exc).__name__}: {exc}"


def retry_delay(attempt: int) -> float:
    """Seconds before the next attempt: the base delay, doubled each time, with jitter."""
    base = max(int(settings.REMINDER_SMTP_RETRY_SECONDS), 1)
    delay = min(base * 2 ** max(attempt - 1, 0), MAX_RETRY_DELAY.total_seconds())
    return delay * random.uniform(1.0, 1.1)


def _record_failure(message, items, *, exc, now) -> tuple[str, float | None]:
    kind = classify_failure(exc)
    error = describe_failure(exc)[:2000]
    attempts = ReminderMessage.objects.values_list("attempts", flat=True).get(pk=message.pk)
    if kind == FailureKind.PERMANENT:
        logger.warning("reminder email %s refused for good: %s", message.pk, error)
        _fail(message, items, error=error, now=now, failure_kind=FailureKind.PERMANENT)
        return Outcome.FAILED, None
    if attempts >= max(int(settings.REMINDER_SMTP_MAX_ATTEMPTS), 1):
        logger.warning(
            "reminder email %s gave up after %s attempts: %s", message.pk, attempts, error
        )
        _fail(
            message,
            items,
            error=f"Gave up after {attempts} attempts. Last error: {error}"[:2000],
            now=now,
            failure_kind=FailureKind.TEMPORARY,
        )
        return Outcome.FAILED, None
    delay = retry_delay(attempts)
    ReminderMessage.objects.filter(pk=message.pk).update(
        status=MessageStatus.RETRYING,
        next_attempt_at=now + timedelta(seconds=delay),
        failure_kind=FailureKind.TEMPORARY,
        last_error=error,
        claimed_by="",
        lease_until=None,
        updated_at=now,
    )
    logger.info("reminder email %s will be retried in %.0f s: %s", message.pk, delay, error)
    return Outcome.RETRY, delay


def _fail(message, items, *, error, now, failure_kind=FailureKind.PERMANENT) -> None:
    with transaction.atomic():
        ReminderMessage.objects.filter(pk=message.pk).update(
            status=MessageStatus.FAILED,
            failure_kind=failure_kind,
            last_error=error,
            claimed_by="",
            lease_until=None,
            next_attempt_at=None,
            updated_at=now,
        )
        ReminderDelivery.objects.filter(pk__in=[item.pk for item in items]).update(
            status=DeliveryStatus.FAILED
        )


def _cancel_all(message, *, reason, now) -> None:
    with transaction.atomic():
        message.items.filter(status=DeliveryStatus.PENDING).update(
            status=DeliveryStatus.CANCELLED, cancel_reason=reason
        )
        _finish(message, status=MessageStatus.CANCELLED, now=now)


def _finish(message, *, status, now) -> None:
    ReminderMessage.objects.filter(pk=message.pk).update(
        status=status, claimed_by="", lease_until=None, next_attempt_at=None, updated_at=now
    )


# ---------------------------------------------------------------------------------------
# Staff: send a failed or cancelled email again


def queue_again(*, message: ReminderMessage, by) -> bool:
    """Queue a failed (or not needed) email again, with a fresh count of attempts. Its
    reminders are checked again before it goes, so nothing goes to someone who completed."""
    with transaction.atomic():
        updated = ReminderMessage.objects.filter(
            pk=message.pk, status__in=[MessageStatus.FAILED, MessageStatus.CANCELLED]
        ).update(
            status=MessageStatus.QUEUED,
            attempts=0,
            next_attempt_at=None,
            failure_kind="",
            resent_at=timezone.now(),
            resent_by=by,
            updated_at=timezone.now(),
        )
        if not updated:
            return False
        message.items.exclude(status=DeliveryStatus.SENT).update(
            status=DeliveryStatus.PENDING, cancel_reason=""
        )
        from . import tasks

        transaction.on_commit(tasks.send_reminder_emails.delay)
    logger.info("reminder email %s queued again by %s", message.pk, getattr(by, "pk", None))
    return True
