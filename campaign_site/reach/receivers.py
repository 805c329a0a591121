"""Learners counted into the reach ledger from the courses' signals."""

from django.dispatch import receiver

from courses.signals import certificate_issued, completion_recorded, enrolment_created

from .models import LearnerMilestoneKind
from .services import record_learner_milestone_safely


def _course_key(enrolment):
    course = getattr(enrolment, "course", None)
    return getattr(course, "translation_key", None)


@receiver(enrolment_created, dispatch_uid="reach_count_enrolment")
def count_enrolment(sender, enrolment, **kwargs):
    record_learner_milestone_safely(
        kind=LearnerMilestoneKind.ENROLLED,
        source_ref=enrolment.pk,
        user=enrolment.user,
        course_key=_course_key(enrolment),
    )


@receiver(completion_recorded, dispatch_uid="reach_count_course_completion")
def count_course_completion(sender, user, enrolment, kind, page=None, **kwargs):
    if kind != "course":
        return  # lessons and modules are progress, not reach
    record_learner_milestone_safely(
        kind=LearnerMilestoneKind.COMPLETED,
        source_ref=enrolment.pk,
        user=user,
        course_key=_course_key(enrolment),
    )


@receiver(certificate_issued, dispatch_uid="reach_count_certificate")
def count_certificate(sender, certificate, **kwargs):
    enrolment = getattr(certificate, "enrolment", None)
    user = getattr(certificate, "user", None) or getattr(enrolment, "user", None)
    course_key = _course_key(enrolment) if enrolment is not None else None
    if course_key is None:
        course_key = getattr(getattr(certificate, "course", None), "translation_key", None)
    record_learner_milestone_safely(
        kind=LearnerMilestoneKind.CERTIFIED,
        source_ref=certificate.pk,
        user=user,
        course_key=course_key,
    )
