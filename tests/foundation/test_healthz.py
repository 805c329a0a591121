from datetime import timedelta

import pytest
from django.utils import timezone

from campaign_site.ops import services
from campaign_site.ops.models import Heartbeat
from campaign_site.ops.tasks import heartbeat


@pytest.mark.django_db
def test_healthz_is_healthy_after_a_recent_beat(client):
    heartbeat()  # what beat runs every minute
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["ok"] and body["cache"]["ok"] and body["broker"]["ok"]
    assert body["beat"]["ok"] and body["beat"]["age_seconds"] < 5
    assert not response.cookies


@pytest.mark.django_db
def test_healthz_is_unhealthy_without_a_beat(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["beat"] == {"ok": False, "last": None, "age_seconds": None}


@pytest.mark.django_db
def test_healthz_is_unhealthy_when_the_beat_is_stale(client, settings):
    Heartbeat.objects.create(name="beat", last_seen=timezone.now() - timedelta(minutes=30))
    settings.HEALTHZ_BEAT_MAX_AGE = 300
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["beat"]["age_seconds"] >= 1800


@pytest.mark.django_db
def test_healthz_reports_an_unreachable_broker(client, settings):
    heartbeat()
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    settings.CELERY_BROKER_TRANSPORT_OPTIONS = {}
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["broker"]["ok"] is False and body["broker"]["error"]
    assert body["database"]["ok"] is True


@pytest.mark.django_db
def test_healthz_reports_an_unreachable_cache(client, settings):
    heartbeat()
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    from django.core.cache import caches

    caches._settings = None  # rebuild from the overridden settings
    try:
        response = client.get("/healthz")
    finally:
        caches._settings = None
    assert response.status_code == 503
    assert response.json()["cache"]["ok"] is False


@pytest.mark.django_db
def test_healthz_only_answers_get(client):
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
def test_heartbeat_schedule_is_created_by_migration():
    from django_celery_beat.models import PeriodicTask

    task = PeriodicTask.objects.get(task="ops.heartbeat")
    assert task.enabled and task.interval.every == 60


@pytest.mark.django_db
def test_record_heartbeat_is_safe_to_run_twice():
    services.record_heartbeat()
    services.record_heartbeat()
    assert Heartbeat.objects.count() == 1
