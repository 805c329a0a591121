"""Data for the live reminder tests, written into the live site's own database.

The test starts `python -m tests.reminders.live_scenario` once with the site's settings and
sends it one JSON command per line on stdin ({"command": "build", "config": {...}}); it
answers each with one line, "RESULT <json>" or "ERROR <traceback>". One process for all
commands: Django starts once.

- build: the main scenario (learners in every situation, a coordinator, an editor)
- batch: more idle learners, for the worker killed mid-batch
- state: what the database recorded (emails, their reminders, opt-outs)
"""

import json
import os
import sys
import traceback
from datetime import timedelta


def _setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "campaign_site.settings.dev")
    import django

    django.setup()


def _user(email, *, zone, language="en", first_name=""):
    from tests.courses.conftest import make_user

    user = make_user(email, verified=False, language=language, first_name=first_name)
    user.profile.time_zone = zone
    user.profile.save()
    return user


def _idle_enrolment(user, course, *, days):
    from django.utils import timezone

    from courses import services
    from courses.models import Enrolment

    enrolment = services.enrol(user=user, course=course)
    last = timezone.now() - timedelta(days=days)
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_activity_at=last, started_at=last, progress_percent=35
    )
    return enrolment


def _fast_schedule():
    """Plan every 2 seconds and resume every 4, as staff could set it in the admin."""
    from django_celery_beat.models import IntervalSchedule, PeriodicTask, PeriodicTasks

    for task, seconds in (
        ("courses.plan_due_reminders", 2),
        ("courses.resume_reminder_sending", 4),
    ):
        interval, _ = IntervalSchedule.objects.get_or_create(every=seconds, period="seconds")
        PeriodicTask.objects.filter(task=task).update(interval=interval, crontab=None)
    PeriodicTask.objects.exclude(task__startswith="courses.").update(enabled=False)
    # Bulk updates send no signal: tell running beats that the schedule changed.
    PeriodicTasks.update_changed()


def build(config):
    from django.conf import settings
    from django.utils import timezone
    from wagtail.models import Locale

    from campaign_site.accounts.models import Membership, MembershipRole, Organisation
    from campaign_site.accounts.services import delete_account
    from courses.demo import build_course, ensure_course_index
    from courses.models import Certificate, Cohort, CohortMembership, Enrolment
    from courses.reminders import preferences
    from home.demo import ensure_home_pages
    from home.models import GuideIndexPage, GuidePage
    from tests.courses.conftest import course_content

    morning, night = config["morning_zone"], config["night_zone"]
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }
    home = ensure_home_pages(locales)
    index = ensure_course_index(home=home, content={"title": "Training", "intro": ""})
    course = build_course(
        index=index,
        slug="live-course",
        meta={"roles": [], "restricted": False, "validity_months": 24, "duration_minutes": 60},
        content_by_language={"en": course_content("en", modules=1, lessons=2, prefix="Live")},
    )
    organisation = Organisation.objects.create(name="Live Police", country="FR", kind="police")
    local_today = timezone.now().astimezone(__import__("zoneinfo").ZoneInfo(morning)).date()
    cohort = Cohort.objects.create(
        organisation=organisation,
        course_key=course.translation_key,
        name="Live cohort",
        deadline=local_today + timedelta(days=7),
    )

    combined = _user("combined@live.example", zone=morning, first_name="Ana")
    _idle_enrolment(combined, course, days=8)
    CohortMembership.objects.create(cohort=cohort, user=combined)

    arabic = _user("arabic@live.example", zone=morning, language="ar")
    now = timezone.now()
    done = Enrolment.objects.create(
        user=arabic,
        course_key=course.translation_key,
        completed_at=now - timedelta(days=700),
        last_activity_at=now - timedelta(days=700),
        progress_percent=100,
    )
    Certificate.objects.create(
        number="LIVE00000001",
        enrolment=done,
        user=arabic,
        course_key=course.translation_key,
        holder_name="Arabic learner",
        course_title=course.title,
        language="ar",
        issued_at=now - timedelta(days=700),
        expires_at=now + timedelta(days=30, hours=2),
    )

    _idle_enrolment(_user("night@live.example", zone=night), course, days=8)
    completed = _idle_enrolment(_user("completed@live.example", zone=morning), course, days=8)
    Enrolment.objects.filter(pk=completed.pk).update(completed_at=now, progress_percent=100)
    left = _idle_enrolment(_user("left@live.example", zone=morning), course, days=8)
    Enrolment.objects.filter(pk=left.pk).update(withdrawn_at=now)
    quiet = _user("quiet@live.example", zone=morning)
    _idle_enrolment(quiet, course, days=8)
    preferences.opt_out(user=quiet, kinds=["inactivity"], source="preferences")
    deleted = _user("deleted@live.example", zone=morning)
    _idle_enrolment(deleted, course, days=8)
    delete_account(user=deleted)
    _idle_enrolment(_user("flaky@live.example", zone=morning), course, days=8)
    _idle_enrolment(_user("refused@live.example", zone=morning), course, days=8)

    coordinator = _user("coordinator@live.example", zone=morning)
    Membership.objects.create(
        user=coordinator, organisation=organisation, role=MembershipRole.COORDINATOR
    )
    editor = _user("editor@live.example", zone=morning)
    guides = home.add_child(instance=GuideIndexPage(title="Guidance", slug="guidance"))
    guides.add_child(
        instance=GuidePage(
            title="Talking with your child",
            slug="talking",
            summary="Open conversation is the first protection.",
            body=[],
            main_topic="grooming",
            last_reviewed=local_today - timedelta(days=400),
            review_due=local_today - timedelta(days=2),
            review_owner=editor,
        )
    )
    _fast_schedule()
    return {"course_id": course.pk}


def batch(config):
    from courses.models import CoursePage

    course = CoursePage.objects.get(slug="live-course")
    emails = []
    for number in range(config["count"]):
        email = f"batch{number:02d}@live.example"
        _idle_enrolment(_user(email, zone=config["morning_zone"]), course, days=9)
        emails.append(email)
    return {"emails": emails}


def state(_config=None):
    from courses.models import ReminderMessage, ReminderOptOut

    return {
        "messages": [
            {
                "to": message.to_email or (message.recipient.email if message.recipient else ""),
                "status": message.status,
                "stream": message.stream,
                "attempts": message.attempts,
                "failure_kind": message.failure_kind,
                "last_error": message.last_error,
                "kinds": sorted(item.kind for item in message.items.all()),
            }
            for message in ReminderMessage.objects.select_related("recipient")
            .prefetch_related("items")
            .order_by("pk")
        ],
        "opt_outs": sorted(
            [opt_out.user.email, opt_out.kind, opt_out.source]
            for opt_out in ReminderOptOut.objects.select_related("user")
        ),
    }


COMMANDS = {"build": build, "batch": batch, "state": state}


def serve():
    _setup()
    from django.db import close_old_connections

    print("READY", flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        close_old_connections()
        try:
            result = COMMANDS[request["command"]](request.get("config") or {})
        except Exception:  # noqa: BLE001 - reported to the test, which fails with it
            print("ERROR " + json.dumps(traceback.format_exc()), flush=True)
        else:
            print("RESULT " + json.dumps(result, default=str), flush=True)


if __name__ == "__main__":
    serve()
