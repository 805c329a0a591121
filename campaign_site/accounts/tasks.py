"""Celery tasks: thin wrappers over services, safe to run twice."""

from celery import shared_task

from . import services


@shared_task(
    name="accounts.send_verification_outcome", bind=True, max_retries=5, ignore_result=True
)
def send_verification_outcome(self, decision_id: int):
    try:
        services.send_verification_outcome(decision_id=decision_id)
    except OSError as exc:  # mail server unreachable: try again later
        raise self.retry(exc=exc, countdown=60 * 2**self.request.retries) from exc


@shared_task(
    name="accounts.notify_coordinators_of_request", bind=True, max_retries=5, ignore_result=True
)
def notify_coordinators_of_request(self, user_id: int):
    try:
        services.notify_coordinators_of_request(user_id=user_id)
    except OSError as exc:
        raise self.retry(exc=exc, countdown=60 * 2**self.request.retries) from exc


@shared_task(name="accounts.clean_up_inactive_unverified_accounts", ignore_result=True)
def clean_up_inactive_unverified_accounts():
    """Daily: delete accounts warned long enough ago, then warn newly inactive ones."""
    services.delete_inactive_unverified_accounts()
    services.send_inactivity_warnings()
