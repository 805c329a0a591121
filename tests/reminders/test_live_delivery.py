"""Reminders through a real Celery worker and two beats, to a real SMTP server on loopback.

The site runs as in production, in subprocesses: gunicorn, a Celery worker on the
`reminders` queue and two beat processes (a duplicated beat is the classic way to send
everything twice), against a copy of the migrated test database (SQLite file, or a
PostgreSQL database cloned from the test database) and the configured broker (filesystem by
default, Redis when CELERY_BROKER_URL points at Redis). The mail server refuses some
recipients for a while, one for good, and a worker is killed in the middle of a batch; each
test asserts exactly which emails arrived.
"""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
import zoneinfo
from collections import Counter
from datetime import UTC, datetime

import pytest

from tests.e2e.conftest import ROOT, LiveSite

from .loopback_smtp import LoopbackSMTP

# django_db: the session's test database gets created and migrated; the live site copies it.
# One xdist worker runs the whole module, so one live site serves its three tests.
pytestmark = [
    pytest.mark.celery,
    pytest.mark.django_db,
    pytest.mark.xdist_group("reminders-live"),
]

MORNING_HOUR = 8
EXPECTED = {
    "combined@live.example",
    "arabic@live.example",
    "flaky@live.example",
    "coordinator@live.example",
    "editor@live.example",
}


def zone_at_local_hour(hour: int, now: datetime) -> str:
    """A fixed-offset zone (Etc/GMT±N) where it is `hour` o'clock now."""
    offset = (hour - now.hour) % 24
    if offset > 14:
        offset -= 24
    if offset == 0:
        return "Etc/GMT"
    # The Etc/ names count west of Greenwich as positive.
    return f"Etc/GMT{'-' if offset > 0 else '+'}{abs(offset)}"


def broker_url() -> str:
    """The configured broker; on Redis, a database of its own (the browser tests' site
    shares the server), emptied first."""
    url = os.environ.get("CELERY_BROKER_URL", "filesystem://")
    if not url.startswith("redis"):
        return url
    import redis

    own = url.rsplit("/", 1)[0] + "/14" if url.count("/") > 2 else url.rstrip("/") + "/14"
    redis.Redis.from_url(own).flushdb()
    return own


def copy_test_database(site: LiveSite) -> None:
    """The live site starts from the migrated test database instead of migrating again."""
    from django.db import connection, connections

    url = site.env["DATABASE_URL"]
    source = str(connection.settings_dict["NAME"])
    if "memory" not in source and not source.startswith("test_"):
        site.manage("migrate", "--noinput")  # not a test database: never copy it
        return
    if url.startswith("sqlite"):
        connection.ensure_connection()
        target = sqlite3.connect(url.removeprefix("sqlite:///"))
        with target:
            connection.connection.backup(target)
        target.close()
        return
    import psycopg

    template = connection.settings_dict["NAME"]
    head, _sep, name = url.rpartition("/")
    connections.close_all()
    with psycopg.connect(f"{head}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        try:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
            return
        except psycopg.Error:
            # Someone else is connected to the test database: start empty and migrate.
            conn.execute(f'CREATE DATABASE "{name}"')
    site.manage("migrate", "--noinput")


class Scenario:
    """The scenario process (tests/reminders/live_scenario.py) in the site's environment."""

    def __init__(self, site: LiveSite):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.reminders.live_scenario"],
            cwd=ROOT,
            env=site.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=(site.data_dir / "scenario.log").open("a"),
            text=True,
            bufsize=1,
        )
        site.processes.append(self.process)

    def _line(self) -> str:
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the scenario process stopped; see scenario.log")
        return line

    def ready(self) -> None:
        while not self._line().startswith("READY"):
            pass

    def __call__(self, command: str, **config) -> dict:
        self.process.stdin.write(json.dumps({"command": command, "config": config}) + "\n")
        self.process.stdin.flush()
        while True:
            line = self._line()
            if line.startswith("RESULT "):
                return json.loads(line.removeprefix("RESULT "))
            if line.startswith("ERROR "):
                raise RuntimeError(json.loads(line.removeprefix("ERROR ")))


def worker(site: LiveSite, name: str, concurrency: int):
    return site.celery(
        name,
        "worker",
        "--concurrency",
        str(concurrency),
        "--queues",
        "default,reminders,reach",
        "--hostname",
        f"{name}@%h",
        "--loglevel",
        "INFO",
    )


def wait_until(condition, *, timeout: float, what: str, site: LiveSite):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.25)
    logs = "\n".join(
        f"--- {path.name}\n{path.read_text()[-3000:]}" for path in site.data_dir.glob("*.log")
    )
    raise AssertionError(f"timed out waiting for {what}\n{logs}")


def arrivals(smtp: LoopbackSMTP, prefix: str = "") -> Counter:
    return Counter(
        str(message["To"])
        for message in smtp.handler.received()
        if str(message["To"]).startswith(prefix)
    )


@pytest.fixture(scope="module")
def live(django_db_setup, django_db_blocker, tmp_path_factory):
    now = datetime.now(UTC)
    morning = zone_at_local_hour(MORNING_HOUR, now)
    night = zone_at_local_hour(3, now)
    smtp = LoopbackSMTP().start()
    smtp.handler.temporary["flaky@live.example"] = 2
    smtp.handler.permanent.add("refused@live.example")
    local_today = now.astimezone(zoneinfo.ZoneInfo(morning)).date()
    site = LiveSite(
        tmp_path_factory.mktemp("reminders-site"),
        suffix="reminders",
        env={
            "CELERY_BROKER_URL": broker_url(),
            "REDIS_URL": "",
            "EMAIL_URL": smtp.url,
            "EMAIL_TIMEOUT": "10",
            "REMINDER_LOCAL_HOUR": str(MORNING_HOUR),
            "REMINDER_SEND_WINDOW_HOURS": "3",
            "REMINDER_DIGEST_WEEKDAY": str(local_today.isoweekday()),
            "REMINDER_SMTP_RETRY_SECONDS": "1",
            "REMINDER_SMTP_MAX_ATTEMPTS": "4",
        },
    )
    try:
        with django_db_blocker.unblock():
            copy_test_database(site)
        # Workers and the scenario process start together; beats only once the data is in.
        site.scenario = Scenario(site)
        site.workers = [worker(site, f"reminders-{n}", concurrency=1) for n in (1, 2)]
        site.scenario.ready()
        site.scenario("build", morning_zone=morning, night_zone=night)
        for number in (1, 2):
            site.celery(f"beat-{number}", "beat", "--loglevel", "INFO", "--pidfile=")
        site.start(migrate=False, demo=False, worker=False)
        site.smtp = smtp
        site.morning_zone = morning
        yield site
    finally:
        site.stop()
        smtp.stop()


def test_each_reminder_arrives_once_despite_two_beats_and_mail_server_failures(live):
    smtp = live.smtp
    wait_until(
        lambda: set(arrivals(smtp)) >= EXPECTED,
        timeout=120,
        what="the five expected emails",
        site=live,
    )
    time.sleep(5)  # more planning ticks from each beat: nothing more may arrive
    assert arrivals(smtp) == Counter(EXPECTED), "each expected email exactly once, nothing else"

    by_recipient = {str(message["To"]): message for message in smtp.handler.received()}
    combined = by_recipient["combined@live.example"]
    assert combined["Subject"] == "Your training: 2 reminders"
    text = combined.get_body(preferencelist=("plain",)).get_content()
    assert "Deadline of Live cohort" in text and "That is in 7 days." in text
    assert "You have not continued this course for 8 days." in text
    assert str(combined["List-Unsubscribe-Post"]).strip() == "List-Unsubscribe=One-Click"
    assert (
        str(combined["List-Unsubscribe"])
        .strip()
        .startswith(f"<{live.url}/en/learn/reminders/unsubscribe/")
    )
    html = by_recipient["arabic@live.example"].get_body(preferencelist=("html",)).get_content()
    assert 'lang="ar" dir="rtl"' in html and "LIVE00000001" in html
    digest = by_recipient["coordinator@live.example"]
    assert "Live cohort" in digest.get_body(preferencelist=("plain",)).get_content()
    review = by_recipient["editor@live.example"].get_body(preferencelist=("plain",)).get_content()
    assert "Talking with your child" in review

    state = live.scenario("state")
    messages = {message["to"]: message for message in state["messages"]}
    assert messages["refused@live.example"]["status"] == "failed"
    assert messages["refused@live.example"]["failure_kind"] == "permanent"
    assert "550" in messages["refused@live.example"]["last_error"]
    assert (
        messages["flaky@live.example"]["status"],
        messages["flaky@live.example"]["attempts"],
    ) == (
        "sent",
        3,
    )
    assert messages["combined@live.example"]["kinds"] == ["deadline", "inactivity"]
    for nobody in ("night", "completed", "left", "quiet", "deleted"):
        assert f"{nobody}@live.example" not in messages
    assert sum(1 for m in state["messages"] if m["status"] == "sent") == len(EXPECTED)


def test_one_click_unsubscribe_from_the_mail_program(live):
    wait_until(
        lambda: "combined@live.example" in arrivals(live.smtp),
        timeout=120,
        what="the combined email",
        site=live,
    )
    message = next(
        m for m in live.smtp.handler.received() if str(m["To"]) == "combined@live.example"
    )
    url = str(message["List-Unsubscribe"]).strip().strip("<>")
    request = urllib.request.Request(  # noqa: S310 - the live site on loopback
        url, data=b"List-Unsubscribe=One-Click", method="POST"
    )
    request.add_header("Content-Type", "application/x-www-form-urlencoded")
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        assert response.status == 200
        assert response.headers.get("Set-Cookie") is None
    state = live.scenario("state")
    assert [o for o in state["opt_outs"] if o[0] == "combined@live.example"] == [
        ["combined@live.example", "deadline", "one_click"],
        ["combined@live.example", "inactivity", "one_click"],
    ]


def test_a_worker_killed_mid_batch_loses_nothing_and_sends_nothing_twice(live):
    smtp = live.smtp
    # One worker with one pool process, so the kill lands in the exchange held open.
    victim, other = live.workers
    other.terminate()
    other.wait(timeout=60)
    smtp.handler.slow("batch", delay=1.5, signal_at=4)
    batch = live.scenario("batch", count=10, morning_zone=live.morning_zone)["emails"]

    assert smtp.handler.reached.wait(timeout=120), "the fourth batch email never started"
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait(timeout=30)
    before = arrivals(smtp, "batch")
    assert 1 <= sum(before.values()) < len(batch), before

    smtp.handler.slow("batch", delay=0.1)
    worker(live, "reminders-3", concurrency=2)  # work resumes
    wait_until(
        lambda: set(arrivals(smtp, "batch")) >= set(batch),
        timeout=120,
        what="the rest of the batch after the restart",
        site=live,
    )
    time.sleep(4)
    assert arrivals(smtp, "batch") == Counter(batch), "every email of the batch exactly once"
    state = live.scenario("state")
    assert all(m["status"] == "sent" for m in state["messages"] if m["to"] in batch)
