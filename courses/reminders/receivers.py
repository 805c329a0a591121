"""Signal receivers of the reminders: account deletion, and a worker coming back."""

from celery.signals import worker_ready
from django.db import transaction
from django.utils import timezone

from ..models.reminders import (
    PENDING_MESSAGE_STATUSES,
    CancelReason,
    DeliveryStatus,
    MessageStatus,
    ReminderDelivery,
    ReminderMessage,
)


def forget_recipient(sender=None, *, user, **kwargs) -> None:
    """Receiver of accounts' account_deleting: nothing more goes out, and the log keeps only
    anonymous counts (for the dashboards), without the address or the subject line."""
    with transaction.atomic():
        pending = ReminderMessage.objects.filter(
            recipient=user, status__in=[*PENDING_MESSAGE_STATUSES, MessageStatus.SENDING]
        )
        ReminderDelivery.objects.filter(message__in=pending, status=DeliveryStatus.PENDING).update(
            status=DeliveryStatus.CANCELLED, cancel_reason=CancelReason.NO_ACCOUNT
        )
        pending.update(status=MessageStatus.CANCELLED, updated_at=timezone.now())
        ReminderMessage.objects.filter(recipient=user).update(
            recipient=None, to_email="", subject=""
        )
        ReminderDelivery.objects.filter(recipient=user).update(recipient=None)


def resume_after_worker_start(sender=None, **kwargs) -> None:
    """A worker (re)started: emails a stopped worker left behind go out now, not in 5 min."""
    from .tasks import resume_reminder_sending

    resume_reminder_sending.delay()


def connect() -> None:
    from campaign_site.accounts.data_export import register_export_section
    from campaign_site.accounts.signals import account_deleting

    from . import selectors

    register_export_section("reminders", selectors.export_for_user)
    account_deleting.connect(forget_recipient, dispatch_uid="courses.reminders.forget_recipient")
    worker_ready.connect(
        resume_after_worker_start, dispatch_uid="courses.reminders.resume_after_worker_start"
    )
