"""The admin: the delivery log with filters and "send again", per-course settings, schedule."""

import re
import smtplib

import pytest
from django.core.mail.backends.locmem import EmailBackend
from django.urls import reverse
from django_celery_beat.models import PeriodicTask

from courses.models import CourseReminderSettings, ReminderMessage
from courses.models.reminders import MessageStatus
from courses.reminders.planning import plan_due_reminders
from courses.reminders.sending import send_due_reminder_emails

from .conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def sent_and_failed(learner, organisation, enrol, monkeypatch, outbox):
    """One email delivered, one refused for good by the mail server."""
    refused = make_user("refused@example.org", organisation=organisation)
    enrol(learner)
    enrol(refused)
    plan_due_reminders()
    original = EmailBackend.send_messages

    def send_messages(self, messages):
        if messages[0].to == ["refused@example.org"]:
            raise smtplib.SMTPRecipientsRefused({"refused@example.org": (550, b"No such user")})
        return original(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", send_messages)
    send_due_reminder_emails()
    return (
        ReminderMessage.objects.get(status=MessageStatus.SENT),
        ReminderMessage.objects.get(status=MessageStatus.FAILED),
    )


def test_the_delivery_log_lists_and_filters_emails(staff_client, sent_and_failed):
    sent, failed = sent_and_failed
    index = reverse("reminder_log:index")
    html = staff_client.get(index).content.decode()
    assert "learner@example.org" in html and "refused@example.org" in html
    assert "550 No such user" in html
    only_failed = staff_client.get(index, {"status": "failed"}).content.decode()
    assert "refused@example.org" in only_failed and "learner@example.org" not in only_failed
    by_kind = staff_client.get(index, {"kind": "deadline"}).content.decode()
    assert "refused@example.org" not in by_kind
    searched = staff_client.get(index, {"q": "learner@"}).content.decode()
    assert "learner@example.org" in searched and "refused@example.org" not in searched
    assert staff_client.get(index, {"status": "<script>"}).status_code == 200


def test_the_log_has_no_add_edit_or_delete(staff_client, sent_and_failed):
    sent, _failed = sent_and_failed
    assert staff_client.get(reverse("reminder_log:edit", args=[sent.pk])).status_code in (
        302,
        403,
    )
    assert staff_client.get(reverse("reminder_log:add")).status_code in (302, 403)
    assert staff_client.post(reverse("reminder_log:delete", args=[sent.pk])).status_code in (
        302,
        403,
    )
    assert ReminderMessage.objects.filter(pk=sent.pk).exists()


def test_the_details_of_an_email_show_its_reminders_and_error(staff_client, sent_and_failed):
    _sent, failed = sent_and_failed
    html = staff_client.get(reverse("reminder_log:inspect", args=[failed.pk])).content.decode()
    assert "Reminders to continue a course" in html
    assert "Recipient refused: 550 No such user" in html
    assert reverse("reminder_log:resend", args=[failed.pk]) in html
    assert not re.search(r"<dd>\s*None\s*</dd>", html)  # empty fields read as a dash


def test_staff_send_a_failed_email_again(staff_client, sent_and_failed, outbox, monkeypatch):
    sent, failed = sent_and_failed
    url = reverse("reminder_log:resend", args=[failed.pk])
    assert (
        "Queue this email to refused@example.org again?" in staff_client.get(url).content.decode()
    )
    response = staff_client.post(url)
    assert response.status_code == 302
    failed.refresh_from_db()
    assert failed.status == MessageStatus.QUEUED
    monkeypatch.undo()
    send_due_reminder_emails()
    assert [email.to for email in outbox][-1] == ["refused@example.org"]
    refused = staff_client.post(reverse("reminder_log:resend", args=[sent.pk]))
    assert refused.status_code == 302
    sent.refresh_from_db()
    assert sent.status == MessageStatus.SENT


def test_learners_cannot_reach_the_log(client, learner, sent_and_failed):
    client.force_login(learner)
    response = client.get(reverse("reminder_log:index"))
    assert response.status_code in (302, 403)
    _sent, failed = sent_and_failed
    client.post(reverse("reminder_log:resend", args=[failed.pk]))
    failed.refresh_from_db()
    assert failed.status == MessageStatus.FAILED


def test_the_dashboard_warns_about_failed_emails(staff_client, sent_and_failed):
    html = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 reminder email could not be delivered in the last 7 days." in html


def test_staff_set_a_course_s_inactivity_reminders(staff_client, open_course):
    add = reverse("reminder_course_settings:add")
    page = staff_client.get(add).content.decode()
    assert "Course title" in page
    bad = staff_client.post(add, {"course_key": "not-a-uuid", "inactivity_days": "0"})
    assert bad.status_code == 200 and CourseReminderSettings.objects.count() == 0
    response = staff_client.post(
        add,
        {
            "course_key": str(open_course.translation_key),
            "inactivity_reminders": "on",
            "inactivity_days": "3",
            "max_inactivity_reminders": "2",
        },
    )
    assert response.status_code == 302
    saved = CourseReminderSettings.objects.get()
    assert (saved.course_key, saved.inactivity_days, saved.max_inactivity_reminders) == (
        open_course.translation_key,
        3,
        2,
    )
    twice = staff_client.post(add, {"course_key": str(open_course.translation_key)})
    assert twice.status_code == 200 and CourseReminderSettings.objects.count() == 1


def test_the_default_schedule_exists_and_staff_can_change_it(staff_client):
    plan = PeriodicTask.objects.get(task="courses.plan_due_reminders")
    resume = PeriodicTask.objects.get(task="courses.resume_reminder_sending")
    assert (plan.crontab.minute, plan.crontab.hour, plan.queue, plan.enabled) == (
        "5",
        "*",
        "reminders",
        True,
    )
    assert resume.crontab.minute == "*/5"
    index = staff_client.get(reverse("reminder_schedule:index")).content.decode()
    assert "plan the reminders" in index and "Heartbeat" not in index
    edit = reverse("reminder_schedule:edit", args=[plan.pk])
    bad = staff_client.post(edit, {"enabled": "on", "minute": "61", "hour": "*"})
    assert bad.status_code == 200
    response = staff_client.post(
        edit, {"enabled": "on", "minute": "15", "hour": "*", "description": "Quarter past."}
    )
    assert response.status_code == 302
    plan.refresh_from_db()
    assert (plan.crontab.minute, plan.description) == ("15", "Quarter past.")
    heartbeat = PeriodicTask.objects.get(task="ops.heartbeat")
    other = staff_client.get(reverse("reminder_schedule:edit", args=[heartbeat.pk]), follow=True)
    assert other.status_code == 404


def test_the_log_reads_a_fixed_number_of_queries_however_many_emails(
    staff_client, organisation, enrol
):
    def page_queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert staff_client.get(reverse("reminder_log:index")).status_code == 200
        return len(queries)

    for number in range(2):
        enrol(make_user(f"few{number}@example.org", organisation=organisation))
    plan_due_reminders()
    page_queries()  # the first request also loads the session and permissions
    few = page_queries()
    for number in range(12):
        enrol(make_user(f"many{number}@example.org", organisation=organisation))
    plan_due_reminders()
    assert page_queries() == few
