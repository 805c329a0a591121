"""Figures for the dashboards: reminders sent and learners who came back within 7 days."""

from datetime import timedelta

import pytest
from django.utils import timezone

from campaign_site.accounts.models import Organisation
from courses.models import Enrolment, ReminderMessage
from courses.models.reminders import MessageStatus, ReminderKind
from courses.reminders import selectors
from courses.reminders.planning import plan_due_reminders, record_learner_returns
from courses.reminders.sending import send_due_reminder_emails

from .conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def reminded(learner, organisation, enrol, cohort, join, outbox):
    """Three learners reminded today: one came back two days later, one ten days later."""
    other_org = Organisation.objects.create(name="Demo Courts", country="JO", kind="judiciary")
    back_soon = make_user("soon@example.org", organisation=organisation)
    back_late = make_user("late@example.org", organisation=other_org)
    join(learner, cohort(days_left=7), idle_days=9)
    enrolments = {user: enrol(user, idle_days=9) for user in (back_soon, back_late)}
    plan_due_reminders()
    send_due_reminder_emails()
    sent_at = timezone.now() - timedelta(days=12)
    ReminderMessage.objects.update(sent_at=sent_at)
    Enrolment.objects.update(last_activity_at=sent_at - timedelta(days=9))
    for user, days in ((back_soon, 2), (back_late, 10)):
        Enrolment.objects.filter(pk=enrolments[user].pk).update(
            last_activity_at=sent_at + timedelta(days=days)
        )
    record_learner_returns(now=sent_at + timedelta(days=3))
    return sent_at.date()


def test_reminders_sent_count_each_reminder_of_a_combined_email(reminded):
    day = reminded
    assert selectors.reminders_sent(start=day, end=day) == 4
    assert selectors.reminders_sent(start=day, end=day, kinds=[ReminderKind.DEADLINE]) == 1
    by_kind = selectors.reminders_sent_by_kind(start=day, end=day)
    assert by_kind[ReminderKind.INACTIVITY] == 3 and by_kind[ReminderKind.DEADLINE] == 1
    assert by_kind[ReminderKind.COORDINATOR_DIGEST] == 0
    assert selectors.reminders_sent(start=day + timedelta(days=1), end=day + timedelta(days=5)) == 0


def test_reminders_sent_by_day_fills_every_day(reminded):
    day = reminded
    series = selectors.reminders_sent_by_day(
        start=day - timedelta(days=1), end=day + timedelta(days=1)
    )
    assert series == [(day - timedelta(days=1), 0), (day, 4), (day + timedelta(days=1), 0)]


def test_learners_who_came_back_within_seven_days(reminded, organisation):
    day = reminded
    figures = selectors.learners_returned_after_reminder(start=day, end=day)
    assert (figures.learners_reminded, figures.learners_returned) == (3, 1)
    assert figures.rate == pytest.approx(1 / 3)
    longer = selectors.learners_returned_after_reminder(start=day, end=day, within_days=14)
    assert longer.learners_returned == 2
    mine = selectors.learners_returned_after_reminder(start=day, end=day, organisation=organisation)
    assert (mine.learners_reminded, mine.learners_returned) == (2, 1)
    assert selectors.reminders_sent(start=day, end=day, organisation=organisation) == 3


def test_no_reminders_no_rate():
    today = timezone.localdate()
    figures = selectors.learners_returned_after_reminder(start=today, end=today)
    assert figures.rate is None and figures.learners_reminded == 0


def test_a_period_ending_before_it_starts_is_refused():
    today = timezone.localdate()
    with pytest.raises(ValueError):
        selectors.reminders_sent(start=today, end=today - timedelta(days=1))


def test_the_learner_s_data_export_lists_their_reminder_emails(learner, enrol, outbox):
    from campaign_site.accounts.data_export import build_export

    enrol(learner)
    plan_due_reminders()
    send_due_reminder_emails()
    export = build_export(learner)["reminders"]
    assert export["emails"][0]["status"] == MessageStatus.SENT
    assert export["emails"][0]["reminders"] == [ReminderKind.INACTIVITY]
    assert export["turned_off"] == []


def test_the_figures_take_a_fixed_number_of_queries(reminded, django_assert_num_queries):
    day = reminded
    with django_assert_num_queries(1):
        selectors.reminders_sent(start=day, end=day)
    with django_assert_num_queries(1):
        selectors.learners_returned_after_reminder(start=day, end=day)
    with django_assert_num_queries(1):
        selectors.reminders_sent_by_day(start=day, end=day + timedelta(days=30))
