"""Celery tasks: thin wrappers over services, safe to run twice."""

from celery import shared_task

from . import services


@shared_task(name="courses.deliver_certificate", bind=True, max_retries=5, ignore_result=True)
def deliver_certificate(self, certificate_id: int):
    """Render and store the certificate PDF, then email the learner (once)."""
    try:
        services.deliver_certificate(certificate_id=certificate_id)
    except OSError as exc:  # storage or mail server unavailable: try again later
        raise self.retry(exc=exc, countdown=60 * 2**self.request.retries) from exc


@shared_task(name="courses.send_cohort_invitation", bind=True, max_retries=5, ignore_result=True)
def send_cohort_invitation(self, invitation_id: int, language: str):
    try:
        services.send_cohort_invitation(invitation_id=invitation_id, language=language)
    except OSError as exc:
        raise self.retry(exc=exc, countdown=60 * 2**self.request.retries) from exc
