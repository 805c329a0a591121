from celery import shared_task
from celery.signals import beat_init

from . import services


@shared_task(name="ops.heartbeat", ignore_result=True)
def heartbeat():
    """Run by beat every minute; /healthz reports the last run."""
    services.record_heartbeat()


@beat_init.connect
def send_first_heartbeat(sender=None, **kwargs):
    # Beat waits a full interval before the first run; report liveness at once instead.
    heartbeat.delay()
