"""Scheduled dashboard work (the schedule is created by migration 0002, editable in the admin)."""

from celery import shared_task

from . import services


@shared_task(name="dashboards.tally_quiz_attempts", ignore_result=True)
def tally_quiz_attempts():
    """Every ten minutes: count new quiz attempts into the monthly statistics (once each)."""
    return services.tally_quiz_attempts()
