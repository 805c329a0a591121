"""Health checks of the parts the site depends on, and the beat heartbeat they read."""

import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone
from kombu import Connection

from .models import Heartbeat

BEAT_HEARTBEAT = "beat"


@dataclass(frozen=True)
class Check:
    ok: bool
    detail: str = ""


def record_heartbeat(*, name: str = BEAT_HEARTBEAT) -> Heartbeat:
    beat, _ = Heartbeat.objects.update_or_create(name=name, defaults={"last_seen": timezone.now()})
    return beat


def check_database() -> Check:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # noqa: BLE001 - any failure means unreachable
        return Check(False, type(exc).__name__)
    return Check(True)


def check_cache() -> Check:
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", timeout=5)
        ok = cache.get(key) == "1"
        cache.delete(key)
    except Exception as exc:  # noqa: BLE001
        return Check(False, type(exc).__name__)
    return Check(ok, "" if ok else "value not read back")


def check_broker() -> Check:
    try:
        with Connection(
            settings.CELERY_BROKER_URL,
            transport_options=settings.CELERY_BROKER_TRANSPORT_OPTIONS,
            connect_timeout=2,
        ) as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except Exception as exc:  # noqa: BLE001
        return Check(False, type(exc).__name__)
    return Check(True)


def beat_status() -> dict:
    beat = Heartbeat.objects.filter(name=BEAT_HEARTBEAT).first()
    if beat is None:
        return {"ok": False, "last": None, "age_seconds": None}
    age = (timezone.now() - beat.last_seen).total_seconds()
    return {
        "ok": age <= settings.HEALTHZ_BEAT_MAX_AGE,
        "last": beat.last_seen.isoformat(),
        "age_seconds": round(age, 1),
    }


def health_report() -> tuple[bool, dict]:
    database = check_database()
    checks = {"database": database, "cache": check_cache(), "broker": check_broker()}
    report = {
        name: {"ok": c.ok, **({"error": c.detail} if c.detail else {})}
        for name, c in checks.items()
    }
    report["beat"] = (
        beat_status() if database.ok else {"ok": False, "last": None, "age_seconds": None}
    )
    healthy = all(part["ok"] for part in report.values())
    return healthy, {"status": "ok" if healthy else "unhealthy", **report}
