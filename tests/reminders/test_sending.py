"""Sending: what arrives, what never does, and what happens when the mail server fails."""

import smtplib
import socket
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.utils import timezone

from courses.models import Enrolment, ReminderDelivery, ReminderMessage
from courses.models.reminders import (
    CancelReason,
    DeliveryStatus,
    FailureKind,
    MessageStatus,
    ReminderKind,
)
from courses.reminders import preferences, sending
from courses.reminders.planning import plan_due_reminders
from courses.reminders.sending import send_due_reminder_emails

from .conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def failing_server(monkeypatch):
    """The next `len(errors)` messages fail with these errors, in order."""
    errors = []
    original = EmailBackend.send_messages

    def send_messages(self, messages):
        if errors:
            raise errors.pop(0)
        return original(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", send_messages)
    return errors


def plan_and_send():
    plan_due_reminders()
    return send_due_reminder_emails()


def test_an_idle_learner_receives_one_email_with_unsubscribe_headers(learner, enrol, outbox):
    enrol(learner, idle_days=8, progress=40)
    report = plan_and_send()
    plan_and_send()

    assert report.counts == {sending.Outcome.SENT: 1}
    assert len(outbox) == 1
    email = outbox[0]
    assert email.to == ["learner@example.org"]
    assert email.subject == "Continue your course: Course title"
    assert "You have not continued this course for 8 days." in email.body
    assert "40% of it" in email.body
    assert "https://learn.example.org/en/" in email.body
    html = email.alternatives[0][0]
    assert 'lang="en" dir="ltr"' in html and "Continue the course" in html
    unsubscribe = email.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<https://learn.example.org/en/learn/reminders/unsubscribe/")
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert email.extra_headers["Auto-Submitted"] == "auto-generated"
    message = ReminderMessage.objects.get()
    assert email.extra_headers["Message-ID"].startswith(f"<reminder.{message.pk}.")
    assert (message.status, message.to_email, message.subject, message.attempts) == (
        MessageStatus.SENT,
        "learner@example.org",
        email.subject,
        1,
    )
    assert ReminderDelivery.objects.get().status == DeliveryStatus.SENT


def test_several_reminders_arrive_together_in_one_email(learner, cohort, join, certificate, outbox):
    join(learner, cohort(days_left=1, name="Spring cohort"), idle_days=9, progress=25)
    certificate(learner, expires_in_days=7)
    plan_and_send()
    assert len(outbox) == 1
    body = outbox[0].body
    assert outbox[0].subject == "Your training: 3 reminders"
    assert body.index("Deadline of Spring cohort") < body.index("Your certificate for")
    assert "That is tomorrow." in body
    assert "Certificate TEST00000001 expires on" in body
    assert "Take the refresher course to renew it." in body
    assert "You have not continued this course for 9 days." in body
    links = [line for line in body.splitlines() if "/unsubscribe/" in line]
    assert len(links) == 3, "one unsubscribe link per kind of reminder"


def test_an_arabic_learner_gets_the_email_in_arabic_right_to_left(
    learner, enrol, outbox, organisation
):
    arabic = make_user("arabic@example.org", organisation=organisation, language="ar")
    enrol(arabic, idle_days=8)
    plan_and_send()
    html = outbox[0].alternatives[0][0]
    assert 'lang="ar" dir="rtl"' in html
    assert "/ar/learn/reminders/unsubscribe/" in outbox[0].extra_headers["List-Unsubscribe"]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"completed_at": "now"}, CancelReason.COMPLETED),
        ({"withdrawn_at": "now"}, CancelReason.LEFT),
        ({"last_activity_at": "now"}, CancelReason.RETURNED),
    ],
)
def test_nothing_goes_to_someone_who_finished_left_or_came_back_after_planning(
    learner, enrol, outbox, change, reason
):
    enrolment = enrol(learner)
    plan_due_reminders()
    Enrolment.objects.filter(pk=enrolment.pk).update(**{field: timezone.now() for field in change})
    report = send_due_reminder_emails()
    assert outbox == []
    assert report.counts == {sending.Outcome.CANCELLED: 1}
    assert ReminderMessage.objects.get().status == MessageStatus.CANCELLED
    item = ReminderDelivery.objects.get()
    assert (item.status, item.cancel_reason) == (DeliveryStatus.CANCELLED, reason)


def test_turning_emails_off_after_planning_stops_them(learner, enrol, cohort, join, outbox):
    join(learner, cohort(days_left=7), idle_days=9)
    plan_due_reminders()
    preferences.opt_out(user=learner, kinds=[ReminderKind.INACTIVITY], source="link")
    send_due_reminder_emails()
    assert len(outbox) == 1
    assert "You have not continued" not in outbox[0].body
    assert "Deadline of" in outbox[0].body
    assert ReminderDelivery.objects.get(kind=ReminderKind.INACTIVITY).cancel_reason == (
        CancelReason.OPTED_OUT
    )


def test_a_deleted_account_gets_nothing_and_the_log_keeps_no_address(learner, enrol, outbox):
    from campaign_site.accounts.services import delete_account

    enrol(learner)
    plan_due_reminders()
    delete_account(user=learner)
    send_due_reminder_emails()
    assert outbox == []
    message = ReminderMessage.objects.get()
    assert (message.recipient, message.to_email, message.status) == (
        None,
        "",
        MessageStatus.CANCELLED,
    )


def test_a_temporary_failure_is_retried_with_growing_waits_then_sent_once(
    learner, enrol, outbox, failing_server, _no_broker
):
    enrol(learner)
    plan_due_reminders()
    failing_server.append(smtplib.SMTPRecipientsRefused({"learner@example.org": (451, b"busy")}))
    failing_server.append(smtplib.SMTPServerDisconnected("Connection unexpectedly closed"))
    report = send_due_reminder_emails()
    assert report.counts == {sending.Outcome.RETRY: 1}
    assert 60 <= report.retry_in <= 66
    message = ReminderMessage.objects.get()
    assert (message.status, message.attempts, message.failure_kind) == (
        MessageStatus.RETRYING,
        1,
        FailureKind.TEMPORARY,
    )
    assert "451 busy" in message.last_error
    first_wait = message.next_attempt_at - timezone.now()

    assert send_due_reminder_emails().counts == {}, "not before the retry is due"
    ReminderMessage.objects.update(next_attempt_at=timezone.now())
    report = send_due_reminder_emails()
    message.refresh_from_db()
    assert report.counts == {sending.Outcome.RETRY: 1}
    assert message.next_attempt_at - timezone.now() > first_wait + timedelta(seconds=40)

    ReminderMessage.objects.update(next_attempt_at=timezone.now())
    assert send_due_reminder_emails().counts == {sending.Outcome.SENT: 1}
    assert len(outbox) == 1
    message.refresh_from_db()
    assert (message.status, message.attempts, message.last_error) == (MessageStatus.SENT, 3, "")


def test_a_permanent_failure_is_recorded_and_not_retried(learner, enrol, outbox, failing_server):
    enrol(learner)
    plan_due_reminders()
    failing_server.append(
        smtplib.SMTPRecipientsRefused({"learner@example.org": (550, b"5.1.1 No such user")})
    )
    assert send_due_reminder_emails().counts == {sending.Outcome.FAILED: 1}
    message = ReminderMessage.objects.get()
    assert (message.status, message.failure_kind) == (MessageStatus.FAILED, FailureKind.PERMANENT)
    assert message.last_error == "Recipient refused: 550 5.1.1 No such user"
    assert ReminderDelivery.objects.get().status == DeliveryStatus.FAILED
    ReminderMessage.objects.update(next_attempt_at=None)
    assert send_due_reminder_emails().counts == {}
    assert outbox == []


def test_temporary_failures_give_up_after_the_maximum_attempts(
    settings, learner, enrol, outbox, failing_server
):
    settings.REMINDER_SMTP_MAX_ATTEMPTS = 2
    enrol(learner)
    plan_due_reminders()
    failing_server.extend([ConnectionRefusedError(111, "Connection refused")] * 2)
    send_due_reminder_emails()
    ReminderMessage.objects.update(next_attempt_at=timezone.now())
    assert send_due_reminder_emails().counts == {sending.Outcome.FAILED: 1}
    message = ReminderMessage.objects.get()
    assert message.status == MessageStatus.FAILED
    assert message.last_error.startswith("Gave up after 2 attempts.")


def test_staff_can_queue_a_failed_email_again_and_it_is_checked_again(
    learner, enrol, outbox, failing_server, admin_user
):
    enrol(learner)
    plan_due_reminders()
    failing_server.append(smtplib.SMTPDataError(554, b"Message rejected"))
    send_due_reminder_emails()
    message = ReminderMessage.objects.get()
    assert sending.queue_again(message=message, by=admin_user)
    assert not sending.queue_again(message=message, by=admin_user), "already queued"
    message.refresh_from_db()
    assert (message.status, message.attempts, message.resent_by) == (
        MessageStatus.QUEUED,
        0,
        admin_user,
    )
    send_due_reminder_emails()
    assert len(outbox) == 1
    message.refresh_from_db()
    assert not sending.queue_again(message=message, by=admin_user), "a sent email stays sent"


def test_a_rendering_error_fails_that_email_only(learner, organisation, enrol, outbox, monkeypatch):
    enrol(learner)
    other = make_user("other@example.org", organisation=organisation)
    enrol(other)
    plan_due_reminders()
    original = sending.prepare_email

    def broken(**kwargs):
        if kwargs["recipient"].pk == learner.pk:
            raise KeyError("missing")
        return original(**kwargs)

    monkeypatch.setattr(sending, "prepare_email", broken)
    report = send_due_reminder_emails()
    assert report.counts == {sending.Outcome.FAILED: 1, sending.Outcome.SENT: 1}
    assert [email.to for email in outbox] == [["other@example.org"]]
    failed = ReminderMessage.objects.get(recipient=learner)
    assert "Could not prepare the email" in failed.last_error


def test_emails_wait_until_the_recipient_s_morning(settings, learner, enrol, outbox):
    enrol(learner)
    plan_due_reminders()
    now = timezone.now()
    # Make the window one hour long, and put the learner where it is not that hour.
    settings.REMINDER_LOCAL_HOUR = (now.hour + 12) % 24
    settings.REMINDER_SEND_WINDOW_HOURS = 1
    assert send_due_reminder_emails().counts == {}
    assert ReminderMessage.objects.get().status == MessageStatus.QUEUED
    settings.REMINDER_LOCAL_HOUR = now.hour
    send_due_reminder_emails()
    assert len(outbox) == 1


def test_an_email_being_sent_by_a_live_process_is_left_alone(learner, enrol, outbox):
    enrol(learner)
    plan_due_reminders()
    ReminderMessage.objects.update(
        status=MessageStatus.SENDING,
        claimed_by=sending.process_identity(),
        lease_until=timezone.now() + timedelta(minutes=2),
    )
    assert send_due_reminder_emails(release_abandoned=True).counts == {}
    assert outbox == []


def test_an_email_left_by_a_dead_worker_is_sent_when_work_resumes(learner, enrol, outbox):
    enrol(learner)
    plan_due_reminders()
    dead_pid = 2**22 + 12345  # above the kernel's pid_max: no such process
    ReminderMessage.objects.update(
        status=MessageStatus.SENDING,
        attempts=1,
        claimed_by=f"{socket.gethostname()}:{dead_pid}",
        lease_until=timezone.now() + timedelta(minutes=2),
    )
    report = send_due_reminder_emails(release_abandoned=True)
    assert report.released == 1
    assert len(outbox) == 1
    assert ReminderMessage.objects.get().status == MessageStatus.SENT


def test_a_lapsed_claim_from_another_machine_is_released(learner, enrol, outbox):
    enrol(learner)
    plan_due_reminders()
    ReminderMessage.objects.update(
        status=MessageStatus.SENDING,
        claimed_by="other-host:123",
        lease_until=timezone.now() - timedelta(seconds=1),
    )
    assert send_due_reminder_emails(release_abandoned=True).released == 1
    assert len(outbox) == 1


def test_sending_stops_after_its_limit_and_asks_for_another_round(
    learner, organisation, enrol, outbox
):
    for number in range(3):
        enrol(make_user(f"l{number}@example.org", organisation=organisation))
    plan_due_reminders()
    report = send_due_reminder_emails(limit=2)
    assert report.more and len(outbox) == 2
    report = send_due_reminder_emails(limit=2)
    assert not report.more and len(outbox) == 3


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (smtplib.SMTPRecipientsRefused({"a@b.c": (550, b"no")}), FailureKind.PERMANENT),
        (smtplib.SMTPRecipientsRefused({"a@b.c": (452, b"full")}), FailureKind.TEMPORARY),
        (smtplib.SMTPDataError(554, b"rejected"), FailureKind.PERMANENT),
        (smtplib.SMTPDataError(451, b"try later"), FailureKind.TEMPORARY),
        (smtplib.SMTPAuthenticationError(535, b"bad credentials"), FailureKind.TEMPORARY),
        (smtplib.SMTPSenderRefused(550, b"sender", "x@y.z"), FailureKind.TEMPORARY),
        (smtplib.SMTPServerDisconnected("gone"), FailureKind.TEMPORARY),
        (smtplib.SMTPConnectError(421, b"too many"), FailureKind.TEMPORARY),
        (TimeoutError("timed out"), FailureKind.TEMPORARY),
        (ConnectionRefusedError(111, "refused"), FailureKind.TEMPORARY),
        (UnicodeEncodeError("ascii", "é", 0, 1, "no"), FailureKind.PERMANENT),
    ],
)
def test_failures_are_classified(error, kind):
    assert sending.classify_failure(error) == kind


def test_retry_waits_double_and_are_capped(settings):
    settings.REMINDER_SMTP_RETRY_SECONDS = 60
    waits = [sending.retry_delay(attempt) for attempt in range(1, 12)]
    assert 60 <= waits[0] <= 66 and 120 <= waits[1] <= 132 and 240 <= waits[2] <= 264
    assert max(waits) <= 6 * 3600 * 1.1


def test_nothing_is_sent_twice_when_two_sending_rounds_overlap(learner, enrol, outbox):
    enrol(learner)
    plan_due_reminders()
    now = timezone.now()
    first = sending.claim_next_message(now=now)
    assert first is not None
    assert sending.claim_next_message(now=now) is None, "the claim is exclusive"
    sending.deliver_claimed_message(first, connection=mail.get_connection())
    assert send_due_reminder_emails().counts == {}
    assert len(outbox) == 1
