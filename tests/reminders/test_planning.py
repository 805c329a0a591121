"""Planning: which reminders are due, recorded once for ever, one email per person and day."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from courses.models import CourseReminderSettings, Enrolment, ReminderDelivery, ReminderMessage
from courses.models.reminders import MessageStatus, ReminderKind, ReminderStream
from courses.reminders import planning, preferences
from courses.reminders.planning import plan_due_reminders

from .conftest import make_user

pytestmark = pytest.mark.django_db


def kinds_for(user):
    return sorted(ReminderDelivery.objects.filter(recipient=user).values_list("kind", flat=True))


def test_an_idle_learner_gets_one_inactivity_reminder_however_often_planning_runs(
    learner, enrol, _no_broker, django_capture_on_commit_callbacks
):
    enrolment = enrol(learner, idle_days=8)
    with django_capture_on_commit_callbacks(execute=True):
        summary = plan_due_reminders()
    plan_due_reminders()
    plan_due_reminders(now=timezone.now() + timedelta(hours=3))

    delivery = ReminderDelivery.objects.get(recipient=learner)
    assert (delivery.kind, delivery.subject, delivery.sequence) == (
        ReminderKind.INACTIVITY,
        f"enrolment:{enrolment.pk}",
        1,
    )
    assert delivery.reference_at == enrolment.last_activity_at
    message = ReminderMessage.objects.get(recipient=learner)
    assert (message.stream, message.status) == (ReminderStream.LEARNER, MessageStatus.QUEUED)
    assert summary.recorded == {ReminderKind.INACTIVITY: 1} and summary.emails == 1
    assert _no_broker, "the sending task is queued after commit"


def test_active_learners_and_those_who_finished_left_or_opted_out_get_nothing(
    learner, organisation, enrol
):
    active = make_user("active@example.org", organisation=organisation)
    enrol(active, idle_days=2)
    done = make_user("done@example.org", organisation=organisation)
    Enrolment.objects.filter(pk=enrol(done).pk).update(completed_at=timezone.now())
    left = make_user("left@example.org", organisation=organisation)
    Enrolment.objects.filter(pk=enrol(left).pk).update(withdrawn_at=timezone.now())
    blocked = make_user("blocked@example.org", organisation=organisation)
    enrol(blocked)
    blocked.is_active = False
    blocked.save()
    quiet = make_user("quiet@example.org", organisation=organisation)
    enrol(quiet)
    preferences.opt_out(user=quiet, kinds=[ReminderKind.INACTIVITY], source="preferences")
    enrol(learner)

    plan_due_reminders()

    assert list(ReminderDelivery.objects.values_list("recipient__email", flat=True)) == [
        "learner@example.org"
    ]


def test_inactivity_reminders_are_spaced_out_and_stop_after_the_maximum(learner, enrol):
    enrol(learner, idle_days=7)
    now = timezone.now()
    numbers = []
    for days in (0, 1, 6, 7, 8, 13, 20, 21, 60, 200):
        before = ReminderDelivery.objects.count()
        plan_due_reminders(now=now + timedelta(days=days, minutes=1))
        if ReminderDelivery.objects.count() > before:
            numbers.append(days)
        # Each email goes out the day it is planned.
        ReminderMessage.objects.update(status=MessageStatus.SENT, sent_at=timezone.now())
    # First after 7 idle days, then 7 days later, then 14 days after that; three at most.
    assert numbers == [0, 7, 21]
    assert list(
        ReminderDelivery.objects.order_by("sequence").values_list("sequence", flat=True)
    ) == [1, 2, 3]


def test_coming_back_starts_a_new_series_of_reminders(learner, enrol):
    enrolment = enrol(learner, idle_days=8)
    plan_due_reminders()
    ReminderMessage.objects.update(status=MessageStatus.SENT, sent_at=timezone.now())
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_activity_at=timezone.now() - timedelta(days=1)
    )
    plan_due_reminders()
    assert ReminderDelivery.objects.count() == 1
    plan_due_reminders(now=timezone.now() + timedelta(days=7))
    assert list(ReminderDelivery.objects.values_list("sequence", flat=True)) == [1, 1]


def test_per_course_settings_change_the_delay_or_turn_reminders_off(
    learner, organisation, enrol, make_course
):
    quick = make_course("quick-course", roles=(), restricted=False)
    silent = make_course("silent-course", roles=(), restricted=False)
    CourseReminderSettings.objects.create(course_key=quick.translation_key, inactivity_days=3)
    CourseReminderSettings.objects.create(
        course_key=silent.translation_key, inactivity_reminders=False
    )
    enrol(learner, course=quick, idle_days=4)
    other = make_user("other@example.org", organisation=organisation)
    enrol(other, course=silent, idle_days=30)
    plan_due_reminders()
    assert kinds_for(learner) == [ReminderKind.INACTIVITY]
    assert kinds_for(other) == []


def test_deadline_notices_seven_days_and_one_day_before(learner, cohort, join):
    spring = cohort(days_left=7)
    join(learner, spring, idle_days=1)
    plan_due_reminders()
    assert list(ReminderDelivery.objects.values_list("kind", "period")) == [
        (ReminderKind.DEADLINE, f"{spring.deadline.isoformat()}:7d")
    ]
    plan_due_reminders(now=timezone.now() + timedelta(days=3))
    assert ReminderDelivery.objects.count() == 1, "one 7-day notice, not one a day"
    ReminderMessage.objects.update(status=MessageStatus.SENT, sent_at=timezone.now())
    plan_due_reminders(now=timezone.now() + timedelta(days=6))
    deadline = ReminderDelivery.objects.filter(kind=ReminderKind.DEADLINE)
    assert sorted(deadline.values_list("sequence", flat=True)) == [1, 7]


def test_a_late_joiner_still_gets_a_deadline_notice_but_not_after_the_deadline(
    learner, organisation, cohort, join
):
    join(learner, cohort(days_left=3, name="Late"), idle_days=0)
    past = make_user("past@example.org", organisation=organisation)
    join(past, cohort(days_left=-1, name="Over"), idle_days=0)
    plan_due_reminders()
    assert list(ReminderDelivery.objects.values_list("recipient__email", "sequence")) == [
        ("learner@example.org", 7)
    ]


def test_reminders_due_the_same_day_travel_in_one_email(learner, cohort, join, certificate):
    join(learner, cohort(days_left=1), idle_days=9)
    certificate(learner, expires_in_days=7)
    plan_due_reminders()
    message = ReminderMessage.objects.get(recipient=learner)
    assert sorted(message.items.values_list("kind", flat=True)) == [
        ReminderKind.CERTIFICATE_EXPIRY,
        ReminderKind.DEADLINE,
        ReminderKind.INACTIVITY,
    ]


def test_an_email_waits_until_the_run_has_found_everything_due_that_day(
    learner, cohort, join, monkeypatch
):
    """A worker sending between two scans would split one person's reminders in two."""
    from courses.reminders.sending import sendable_messages

    join(learner, cohort(days_left=7), idle_days=9)
    scan = planning.due_deadline_reminders
    seen_between_scans = []

    def deadline_scan(**kwargs):
        seen_between_scans.append(sendable_messages(now=timezone.now()).count())
        yield from scan(**kwargs)

    monkeypatch.setattr(planning, "due_deadline_reminders", deadline_scan)
    plan_due_reminders()
    assert seen_between_scans == [0], "the inactivity email was held during the run"
    message = sendable_messages(now=timezone.now()).get()
    assert message.next_attempt_at is None
    assert sorted(message.items.values_list("kind", flat=True)) == [
        ReminderKind.DEADLINE,
        ReminderKind.INACTIVITY,
    ]


def test_what_a_run_recorded_before_it_died_goes_out_once_the_hold_lapses(
    learner, cohort, join, monkeypatch
):
    from courses.reminders.sending import sendable_messages

    join(learner, cohort(days_left=7), idle_days=9)

    def broken_scan(**kwargs):
        raise RuntimeError("the worker was stopped")
        yield  # pragma: no cover

    monkeypatch.setattr(planning, "due_deadline_reminders", broken_scan)
    now = timezone.now()
    with pytest.raises(RuntimeError):
        plan_due_reminders(now=now)
    assert kinds_for(learner) == [ReminderKind.INACTIVITY], "what was recorded stays recorded"
    assert not sendable_messages(now=now + timedelta(minutes=1)).exists()
    later = now + planning.PLANNING_HOLD + timedelta(minutes=1)
    assert sendable_messages(now=later).get().recipient == learner


def test_once_today_s_email_went_a_new_reminder_waits_for_tomorrow(learner, cohort, join):
    join(learner, cohort(days_left=30), idle_days=9)
    plan_due_reminders()
    ReminderMessage.objects.update(status=MessageStatus.SENT, sent_at=timezone.now())
    # The coordinator moves the deadline closer the same day.
    from courses.models import Cohort

    Cohort.objects.update(deadline=timezone.localdate() + timedelta(days=5))
    plan_due_reminders(now=timezone.now() + timedelta(minutes=30))
    assert ReminderMessage.objects.count() == 1
    assert kinds_for(learner) == [ReminderKind.INACTIVITY]
    plan_due_reminders(now=timezone.now() + timedelta(days=1))
    assert ReminderMessage.objects.count() == 2
    assert kinds_for(learner) == [ReminderKind.DEADLINE, ReminderKind.INACTIVITY]


def test_a_new_reminder_joins_the_email_still_waiting_to_go(learner, cohort, join):
    join(learner, cohort(days_left=30), idle_days=9)
    plan_due_reminders()
    from courses.models import Cohort

    Cohort.objects.update(deadline=timezone.localdate() + timedelta(days=5))
    plan_due_reminders(now=timezone.now() + timedelta(minutes=30))
    message = ReminderMessage.objects.get()
    assert sorted(message.items.values_list("kind", flat=True)) == [
        ReminderKind.DEADLINE,
        ReminderKind.INACTIVITY,
    ]


def test_certificate_notices_at_60_30_and_7_days_and_none_once_renewed(
    learner, organisation, certificate
):
    old = certificate(learner, expires_in_days=29)
    plan_due_reminders()
    assert list(ReminderDelivery.objects.values_list("certificate_id", "sequence")) == [
        (old.pk, 30)
    ]
    renewed = make_user("renewed@example.org", organisation=organisation)
    certificate(renewed, expires_in_days=6)
    certificate(renewed, expires_in_days=700)
    revoked = make_user("revoked@example.org", organisation=organisation)
    gone = certificate(revoked, expires_in_days=6)
    gone.revoked_at = timezone.now()
    gone.revocation_reason = "Issued by mistake."
    gone.save()
    far = make_user("far@example.org", organisation=organisation)
    certificate(far, expires_in_days=90)
    plan_due_reminders()
    assert ReminderDelivery.objects.count() == 1


@pytest.mark.parametrize(
    ("days_left", "notice"), [(61, None), (60, 60), (31, 60), (30, 30), (8, 30), (7, 7), (0, 7)]
)
def test_expiry_notice_thresholds(days_left, notice):
    assert planning.expiry_notice(days_left) == notice


@pytest.mark.parametrize(
    ("days_left", "notice"), [(8, None), (7, 7), (2, 7), (1, 1), (0, 1), (-1, None)]
)
def test_deadline_notice_thresholds(days_left, notice):
    assert planning.deadline_notice(days_left) == notice


def test_coordinators_get_one_digest_a_week_from_the_chosen_weekday(
    settings, coordinator, learner, cohort, join
):
    join(learner, cohort(days_left=20), idle_days=1)
    monday = datetime(2030, 3, 4, 9, 0, tzinfo=UTC)
    settings.REMINDER_DIGEST_WEEKDAY = 2  # Tuesday
    plan_due_reminders(now=monday)
    assert kinds_for(coordinator) == []
    plan_due_reminders(now=monday + timedelta(days=1))
    plan_due_reminders(now=monday + timedelta(days=3))
    digest = ReminderDelivery.objects.get(recipient=coordinator)
    assert (digest.kind, digest.period) == (ReminderKind.COORDINATOR_DIGEST, "2030-W10")
    assert digest.message.stream == ReminderStream.COORDINATOR
    plan_due_reminders(now=monday + timedelta(days=8))
    assert ReminderDelivery.objects.filter(recipient=coordinator).count() == 2


def test_a_coordinator_with_nothing_going_on_gets_no_digest(coordinator):
    plan_due_reminders()
    assert kinds_for(coordinator) == []


def test_editors_get_the_guides_past_their_review_date_weekly(db, home_pages):
    from io import StringIO

    from home.demo import load
    from home.models import GuidePage
    from tests.home.conftest import fixture_data

    load(stdout=StringIO(), data=fixture_data(languages=("en",)))
    editor = make_user("editor@example.org", role="other")
    GuidePage.objects.filter(slug="talking").update(
        review_due=timezone.localdate() - timedelta(days=3), review_owner=editor
    )
    plan_due_reminders()
    delivery = ReminderDelivery.objects.get(recipient=editor)
    assert (delivery.kind, delivery.subject) == (ReminderKind.CONTENT_REVIEW, "guides")
    assert delivery.message.stream == ReminderStream.EDITOR


def test_reminders_wait_for_the_morning_in_each_time_zone(settings, organisation, enrol):
    settings.REMINDER_LOCAL_HOUR = 8
    settings.REMINDER_SEND_WINDOW_HOURS = 10
    tokyo = make_user("tokyo@example.org", organisation=organisation)
    new_york = make_user("ny@example.org", organisation=organisation)
    for user, tz in ((tokyo, "Asia/Tokyo"), (new_york, "America/New_York")):
        user.profile.time_zone = tz
        user.profile.save()
        enrol(user, idle_days=20)
    # 23:30 UTC: 08:30 the next day in Tokyo, evening (window closed) in New York.
    evening = timezone.now().replace(hour=23, minute=30, second=0, microsecond=0)
    plan_due_reminders(now=evening)
    message = ReminderMessage.objects.get()
    assert message.recipient == tokyo
    assert message.local_date == (evening + timedelta(days=1)).date()
    plan_due_reminders(now=evening + timedelta(hours=14))  # morning in New York
    assert ReminderMessage.objects.filter(recipient=new_york).count() == 1


def test_the_database_refuses_a_second_record_of_the_same_reminder(learner, enrol):
    enrol(learner)
    plan_due_reminders()
    first = ReminderDelivery.objects.get()
    with pytest.raises(IntegrityError):
        ReminderDelivery.objects.create(
            message=first.message,
            recipient=learner,
            kind=first.kind,
            subject=first.subject,
            period=first.period,
        )


def test_recording_the_same_due_list_twice_records_each_reminder_once(learner, enrol):
    enrolment = enrol(learner)
    due = [
        planning.DueReminder(
            recipient_id=learner.pk,
            kind=ReminderKind.INACTIVITY,
            subject=f"enrolment:{enrolment.pk}",
            period="x#1",
            local_date=timezone.localdate(),
            enrolment_id=enrolment.pk,
        )
    ]
    now = timezone.now()
    # Two planners with the same list (the scans normally leave recorded ones out).
    planning.record_due_reminders(due, now=now)
    planning.record_due_reminders(due, now=now + timedelta(seconds=1))
    assert ReminderDelivery.objects.count() == 1
    assert ReminderMessage.objects.count() == 1
    ReminderMessage.objects.update(status="sent", sent_at=now)
    planning.record_due_reminders(due, now=now + timedelta(seconds=2))
    assert ReminderDelivery.objects.count() == 1
    assert ReminderMessage.objects.count() == 1, "no empty email is left behind"


def test_learners_active_after_a_reminder_are_stamped_as_returned(learner, enrol):
    enrolment = enrol(learner)
    plan_due_reminders()
    sent_at = timezone.now() - timedelta(days=2)
    ReminderMessage.objects.update(status=MessageStatus.SENT, sent_at=sent_at)
    planning.record_learner_returns(now=timezone.now())
    assert ReminderMessage.objects.get().returned_at is None
    back = timezone.now() - timedelta(days=1)
    Enrolment.objects.filter(pk=enrolment.pk).update(last_activity_at=back)
    planning.record_learner_returns(now=timezone.now())
    assert ReminderMessage.objects.get().returned_at == back
