"""Reminders: one planning run over 100,000 enrolments (plus certificates and a cohort),
recording and queueing every reminder due, timed and with its peak memory.

The data (50,000 learners with two enrolments each, across five time zones) is created once
in the benchmark database and reused; the reminder records are wiped before each run. The
run happens in a fresh process so its peak resident memory (ru_maxrss) is its own.
"""

import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta

from django.db import transaction
from django.utils import timezone

from .common import Result

PREFIX = "bench-reminder-"
LEARNERS = 50_000
ENROLMENTS_PER_LEARNER = 2
COHORT_MEMBERS = 5_000
CERTIFICATES = 5_000
# 09:00 UTC: the first four zones are between 09:00 and 12:00 (in the window), the last at
# 01:00 (outside it: its learners are skipped without being read).
NOW = datetime(2031, 3, 4, 9, 0, tzinfo=UTC)
ZONES = ["Etc/GMT", "Etc/GMT-1", "Etc/GMT-2", "Etc/GMT-3", "Etc/GMT+8"]
BATCH = 5_000


def _courses():
    from courses.demo import build_course, ensure_course_index
    from courses.models import CoursePage
    from home.models import HomePage
    from tests.courses.conftest import course_content

    home = HomePage.objects.get(locale__language_code="en")
    index = ensure_course_index(home=home, content={"title": "Training", "intro": ""})
    existing = {course.slug: course for course in CoursePage.objects.child_of(index)}
    courses = []
    for number in range(ENROLMENTS_PER_LEARNER):
        slug = f"{PREFIX}{number}"
        courses.append(
            existing.get(slug)
            or build_course(
                index=index,
                slug=slug,
                meta={"roles": [], "restricted": False},
                content_by_language={
                    "en": course_content("en", modules=1, lessons=2, prefix=f"Reminder {number}")
                },
            )
        )
    return courses


def _ensure_data() -> int:
    from campaign_site.accounts.models import Organisation, Profile, User
    from courses.models import Certificate, Cohort, CohortMembership, Enrolment

    courses = _courses()
    keys = [course.translation_key for course in courses]
    existing = Enrolment.objects.filter(course_key__in=keys).count()
    if existing >= LEARNERS * ENROLMENTS_PER_LEARNER:
        return existing
    organisation, _ = Organisation.objects.get_or_create(
        name="Benchmark reminders", defaults={"country": "FR", "kind": "police"}
    )
    now = NOW
    for start in range(0, LEARNERS, BATCH):
        with transaction.atomic():
            users = User.objects.bulk_create(
                [
                    User(email=f"{PREFIX}{n}@example.org", password="!")
                    for n in range(start, start + BATCH)
                ]
            )
            if not users[0].pk:  # backends that do not return keys from bulk inserts
                users = list(User.objects.filter(email__startswith=PREFIX).order_by("pk")[start:])
            Profile.objects.bulk_create(
                [
                    Profile(
                        user=user,
                        organisation=organisation,
                        time_zone=ZONES[n % len(ZONES)],
                        preferred_language="en",
                    )
                    for n, user in enumerate(users, start=start)
                ],
                ignore_conflicts=True,
            )
            enrolments = []
            for n, user in enumerate(users, start=start):
                for c, key in enumerate(keys):
                    shape = (n + c) % 10
                    idle = timedelta(days=2 if shape < 4 else 9 + shape)
                    enrolments.append(
                        Enrolment(
                            user=user,
                            course_key=key,
                            enrolled_at=now - timedelta(days=60),
                            started_at=now - timedelta(days=59),
                            last_activity_at=now - idle,
                            completed_at=now - timedelta(days=1) if shape == 8 else None,
                            withdrawn_at=now - timedelta(days=1) if shape == 9 else None,
                            progress_percent=100 if shape == 8 else 10 * (shape % 9),
                        )
                    )
            Enrolment.objects.bulk_create(enrolments, batch_size=2000)
    learners = list(User.objects.filter(email__startswith=PREFIX).order_by("pk"))
    cohort, _ = Cohort.objects.get_or_create(
        organisation=organisation,
        name="Benchmark reminders cohort",
        defaults={"course_key": keys[0], "deadline": (now + timedelta(days=7)).date()},
    )
    CohortMembership.objects.bulk_create(
        [CohortMembership(cohort=cohort, user=user) for user in learners[:COHORT_MEMBERS]],
        ignore_conflicts=True,
        batch_size=2000,
    )
    completed = Enrolment.objects.filter(
        course_key=keys[1], completed_at__isnull=False, user__email__startswith=PREFIX
    ).order_by("pk")[:CERTIFICATES]
    Certificate.objects.bulk_create(
        [
            Certificate(
                number=f"BENCHREM{enrolment.pk:012d}",
                enrolment=enrolment,
                user_id=enrolment.user_id,
                course_key=keys[1],
                holder_name="Bench Learner",
                course_title="Reminder 1",
                language="en",
                issued_at=now - timedelta(days=700),
                expires_at=now + timedelta(days=5 + enrolment.pk % 55),
            )
            for enrolment in completed
        ],
        ignore_conflicts=True,
        batch_size=2000,
    )
    return Enrolment.objects.filter(course_key__in=keys).count()


MEASURE = textwrap.dedent(
    """
    import json, resource, sys, time
    import django
    django.setup()
    from datetime import datetime
    from courses.models import Enrolment
    from courses.reminders.planning import plan_due_reminders

    def status_kib(field):
        # This process's own figures (ru_maxrss would include the parent's size at fork).
        try:
            for line in open("/proc/self/status"):
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        except OSError:
            pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    open_enrolments = Enrolment.objects.filter(
        completed_at__isnull=True, withdrawn_at__isnull=True
    ).count()
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")  # reset the peak, so it measures the planning only
    except OSError:
        pass
    baseline = status_kib("VmRSS")
    started = time.perf_counter()
    summary = plan_due_reminders(now=datetime.fromisoformat(sys.argv[1]))
    seconds = time.perf_counter() - started
    peak = status_kib("VmHWM")
    from campaign_site.celery import app
    with app.connection_for_write() as connection:
        purged = connection.default_channel.queue_purge("reminders") or 0
    print("RESULT " + json.dumps({
        "seconds": seconds, "recorded": dict(summary.recorded), "emails": summary.emails,
        "baseline_kib": baseline, "peak_kib": peak, "tasks_queued": purged,
        "open_enrolments": open_enrolments,
    }))
    """
)


def _forget_reminders() -> None:
    """Wipe the reminder records of the previous run (raw SQL: no objects in memory)."""
    from django.db import connection

    from courses.models import ReminderDelivery, ReminderMessage

    with transaction.atomic(), connection.cursor() as cursor:
        for model in (ReminderDelivery, ReminderMessage):
            table = connection.ops.quote_name(model._meta.db_table)
            cursor.execute(f"DELETE FROM {table}")  # noqa: S608 - our own table names


def _measure() -> dict:
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, NOW.isoformat()],
        env={**os.environ},
        capture_output=True,
        text=True,
        timeout=900,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("RESULT ")]
    if result.returncode or not lines:
        raise RuntimeError(f"the planning run failed:\n{result.stderr[-3000:]}")
    return json.loads(lines[-1].removeprefix("RESULT "))


def run(ctx):
    from django.db import connection

    with timezone.override(UTC):
        enrolments = _ensure_data()
    _forget_reminders()
    measured = _measure()
    recorded = sum(measured["recorded"].values())
    growth_mib = (measured["peak_kib"] - measured["baseline_kib"]) / 1024
    details = {
        "database": connection.vendor,
        "enrolments_of_this_benchmark": enrolments,
        "open_enrolments_scanned": measured["open_enrolments"],
        "reminders_recorded": measured["recorded"],
        "emails_queued": measured["emails"],
        "sending_tasks_queued": measured["tasks_queued"],
        "peak_rss_mib": round(measured["peak_kib"] / 1024, 1),
        "rss_before_mib": round(measured["baseline_kib"] / 1024, 1),
    }
    print(f"   {json.dumps(details)}", flush=True)
    return [
        Result(
            f"reminders: plan {measured['open_enrolments']:,} open enrolments "
            f"({connection.vendor})",
            measured["seconds"],
            "s",
            target=60,
            details=details,
        ),
        Result(
            "reminders: memory growth while planning",
            growth_mib,
            "MiB",
            target=150,
            details=details,
        ),
        Result("reminders: reminders recorded", recorded, "count", details=details),
    ]
