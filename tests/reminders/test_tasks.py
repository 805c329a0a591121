"""The Celery tasks: thin, on the reminders queue, and each hands over to the next."""

import pytest

from courses.reminders import receivers, sending, tasks

pytestmark = pytest.mark.django_db


def test_tasks_are_on_the_reminders_queue_with_late_acknowledgement():
    for task in (
        tasks.plan_due_reminders,
        tasks.send_reminder_emails,
        tasks.resume_reminder_sending,
    ):
        assert task.queue == "reminders"
        assert task.acks_late is True


def test_planning_task_plans(monkeypatch):
    called = []
    monkeypatch.setattr(tasks.planning, "plan_due_reminders", lambda: called.append(True))
    tasks.plan_due_reminders.run()
    assert called == [True]


def test_sending_hands_over_when_work_remains_and_schedules_near_retries(monkeypatch, _no_broker):
    monkeypatch.setattr(
        tasks.sending,
        "send_due_reminder_emails",
        lambda **kwargs: sending.SendReport(more=True, retry_in=120.0),
    )
    tasks.send_reminder_emails.run()
    assert _no_broker == [(), (((), {"countdown": 120.0}))] or len(_no_broker) == 2


def test_far_retries_are_left_to_the_five_minute_schedule(monkeypatch, _no_broker):
    monkeypatch.setattr(
        tasks.sending,
        "send_due_reminder_emails",
        lambda **kwargs: sending.SendReport(retry_in=3600.0),
    )
    tasks.send_reminder_emails.run()
    assert _no_broker == []


def test_resuming_releases_what_a_stopped_worker_left(monkeypatch):
    seen = {}

    def fake(**kwargs):
        seen.update(kwargs)
        return sending.SendReport()

    monkeypatch.setattr(tasks.sending, "send_due_reminder_emails", fake)
    tasks.resume_reminder_sending.run()
    assert seen == {"release_abandoned": True}


def test_a_worker_coming_back_resumes_sending_at_once(_no_broker):
    receivers.resume_after_worker_start()
    assert _no_broker == [()]
