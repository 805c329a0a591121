"""Learners enter the ledger from the courses' signals, by role, organisation and country."""

from datetime import date
from types import SimpleNamespace
from uuid import uuid4

import pytest

from campaign_site.accounts.factories import OrganisationFactory, UserFactory
from campaign_site.reach import selectors
from campaign_site.reach.models import LearnerMilestone
from campaign_site.reach.receivers import (
    count_certificate,
    count_course_completion,
    count_enrolment,
)
from campaign_site.reach.selectors import ReachFilters
from courses.signals import certificate_issued, completion_recorded, enrolment_created

pytestmark = pytest.mark.django_db


@pytest.fixture
def judge():
    organisation = OrganisationFactory(country="KE")
    user = UserFactory()
    user.profile.professional_role = "judge"
    user.profile.organisation = organisation
    user.profile.country = "KE"
    user.profile.save()
    return user


def enrolment_of(user, pk=41):
    return SimpleNamespace(pk=pk, user=user, course=SimpleNamespace(translation_key=uuid4()))


def test_the_receivers_listen_to_the_courses_signals():
    for signal, receiver in (
        (enrolment_created, count_enrolment),
        (completion_recorded, count_course_completion),
        (certificate_issued, count_certificate),
    ):
        assert receiver in signal._live_receivers(None)[0]


# The courses' own receivers need real enrolments, so light fakes go to ours directly.
def test_enrolment_completion_and_certificate_are_each_counted_once(judge):
    enrolment = enrolment_of(judge)
    count_enrolment(sender=None, enrolment=enrolment)
    count_enrolment(sender=None, enrolment=enrolment)  # a repeated signal adds nothing
    count_course_completion(sender=None, user=judge, enrolment=enrolment, kind="lesson", page=None)
    count_course_completion(sender=None, user=judge, enrolment=enrolment, kind="course", page=None)
    count_certificate(
        sender=None, certificate=SimpleNamespace(pk=7, enrolment=enrolment, user=judge)
    )
    kinds = sorted(LearnerMilestone.objects.values_list("kind", flat=True))
    assert kinds == ["certified", "completed", "enrolled"]
    milestone = LearnerMilestone.objects.get(kind="certified")
    assert (milestone.role, milestone.country) == ("judge", "KE")
    assert milestone.organisation == judge.profile.organisation
    assert milestone.course_key == enrolment.course.translation_key


def test_learner_figures_by_role_country_and_organisation(judge):
    for pk in range(3):
        count_enrolment(sender=None, enrolment=enrolment_of(judge, pk=pk + 1))
    today = LearnerMilestone.objects.first().day
    filters = ReachFilters(today, today)
    assert selectors.learners_count(filters, "enrolled") == 3
    assert selectors.learners_by(filters, "enrolled", "role") == [("judge", 3)]
    organisation_id = judge.profile.organisation_id
    assert selectors.learners_by(filters, "enrolled", "organisation") == [(organisation_id, 3)]
    other = ReachFilters(today, today, organisation_id=organisation_id + 1000)
    assert selectors.learners_count(other, "enrolled") == 0


def test_a_deleted_learner_stays_counted(judge):
    count_enrolment(sender=None, enrolment=enrolment_of(judge))
    judge.delete()
    assert LearnerMilestone.objects.count() == 1


def test_a_ledger_failure_never_breaks_the_learner_s_progress(judge, monkeypatch):
    from django.db import DatabaseError

    from campaign_site.reach import services

    def broken(**kwargs):
        raise DatabaseError("disk full")

    monkeypatch.setattr(services, "record_learner_milestone", broken)
    count_enrolment(sender=None, enrolment=enrolment_of(judge))  # does not raise
    assert not LearnerMilestone.objects.exists()


def test_unknown_milestone_kinds_are_refused(judge):
    from campaign_site.reach import services

    with pytest.raises(ValueError):
        services.record_learner_milestone(
            kind="graduated", source_ref=1, user=judge, day=date(2026, 1, 1)
        )
