"""Celery tasks of the reminders, on the `reminders` queue: thin, safe to run twice.

The sending tasks take no ids: the queue of emails is the database (ReminderMessage), so a
task lost with a killed worker loses nothing, and a task delivered twice sends nothing twice
(each email is claimed by one process before it goes).
"""

from celery import shared_task

from . import planning, sending

# Retries due sooner than this get their own delayed task; later ones are picked up by the
# five-minute resume schedule (long countdowns outlive a Redis broker's visibility timeout).
RETRY_TASK_MAX_DELAY = 900


@shared_task(
    name="courses.plan_due_reminders",
    queue="reminders",
    acks_late=True,
    ignore_result=True,
    soft_time_limit=1800,
    time_limit=1900,
)
def plan_due_reminders():
    """Hourly: record the reminders and digests due where it is the local morning hour."""
    planning.plan_due_reminders()


@shared_task(
    name="courses.send_reminder_emails", queue="reminders", acks_late=True, ignore_result=True
)
def send_reminder_emails():
    """Send queued reminder emails for up to two minutes, then hand over to a new task."""
    _follow_up(sending.send_due_reminder_emails())


@shared_task(
    name="courses.resume_reminder_sending", queue="reminders", acks_late=True, ignore_result=True
)
def resume_reminder_sending():
    """Every five minutes and when a worker starts: release what a stopped worker was
    sending, then send what is due (retries included)."""
    _follow_up(sending.send_due_reminder_emails(release_abandoned=True))


def _follow_up(report: sending.SendReport) -> None:
    if report.more:
        send_reminder_emails.delay()
    if report.retry_in is not None and report.retry_in <= RETRY_TASK_MAX_DELAY:
        send_reminder_emails.apply_async(countdown=report.retry_in)
