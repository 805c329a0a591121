"""Scheduled reach work (schedules created by migration 0002, editable in the admin)."""

from datetime import date

from celery import shared_task

from . import services


@shared_task(name="reach.flush_buffer", queue="reach", ignore_result=True)
def flush_buffer():
    """Every minute: move the Redis buffer's counts into the rollups (exactly once)."""
    return services.flush_buffer()


@shared_task(name="reach.roll_up", queue="reach", ignore_result=True)
def roll_up(day: str | None = None):
    """Every hour: roll up yesterday and today from events; last month once it is over.

    With a day (YYYY-MM-DD) it rolls up that day and its month instead.
    """
    if day is None:
        return services.roll_up_recent()
    parsed = date.fromisoformat(day)
    rows = services.roll_up_day(day=parsed)
    services.roll_up_month(month=parsed)
    return rows


@shared_task(name="reach.purge", queue="reach", ignore_result=True)
def purge():
    """Daily: delete raw events past retention and every salt of a past day."""
    return services.purge_expired()
