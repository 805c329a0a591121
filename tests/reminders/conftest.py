"""Learners, courses and cohorts for the reminder tests, built with the courses' fixtures.

Unless a test says otherwise, the sending window is open around the clock (the local-time
rules have their own tests), so emails planned now can be sent now.
"""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from campaign_site.accounts.models import Membership, MembershipRole
from courses import services
from courses.models import Cohort, CohortMembership, Enrolment
from tests.courses import conftest as courses_fixtures
from tests.courses.conftest import course_content, make_user

# Fixtures shared with the courses tests.
_clear_cache = courses_fixtures._clear_cache
course_index = courses_fixtures.course_index
make_course = courses_fixtures.make_course
organisation = courses_fixtures.organisation


@pytest.fixture(scope="module")
def _module_course(django_db_setup, django_db_blocker):
    """One open course (English and French) built once per test module inside a transaction
    rolled back afterwards; each test still runs in its own savepoint."""
    from django.conf import settings
    from django.db import transaction
    from wagtail.models import Locale

    from courses.demo import build_course, ensure_course_index, translate_course_index
    from home.demo import ensure_home_pages

    with django_db_blocker.unblock(), transaction.atomic():
        locales = {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code, _name in settings.LANGUAGES
        }
        home = ensure_home_pages(locales)
        index = ensure_course_index(home=home, content={"title": "Courses", "intro": ""})
        translate_course_index(index, language="fr", content={"title": "Formations", "intro": ""})
        course = build_course(
            index=index,
            slug="open-course",
            meta={"roles": [], "restricted": False, "validity_months": 24, "duration_minutes": 60},
            content_by_language={
                language: course_content(language, modules=1, lessons=2)
                for language in ("en", "fr")
            },
        )
        yield course
        transaction.set_rollback(True)


@pytest.fixture
def open_course(_module_course, db):
    return _module_course


@pytest.fixture(autouse=True)
def _window_always_open(settings):
    settings.REMINDER_LOCAL_HOUR = 0
    settings.REMINDER_SEND_WINDOW_HOURS = 24
    settings.REMINDER_INACTIVITY_DAYS = 7
    settings.REMINDER_MAX_INACTIVITY_REMINDERS = 3
    settings.REMINDER_SMTP_MAX_ATTEMPTS = 3
    settings.REMINDER_SMTP_RETRY_SECONDS = 60
    settings.REMINDER_DIGEST_WEEKDAY = 1
    settings.SITE_URL = "https://learn.example.org"


@pytest.fixture(autouse=True)
def _no_broker(monkeypatch):
    """Tasks queued after commit are recorded instead of going to a broker."""
    from courses.reminders import tasks

    queued = []
    monkeypatch.setattr(tasks.send_reminder_emails, "delay", lambda *a, **k: queued.append(a))
    monkeypatch.setattr(
        tasks.send_reminder_emails, "apply_async", lambda *a, **k: queued.append((a, k))
    )
    monkeypatch.setattr(tasks.resume_reminder_sending, "delay", lambda *a, **k: queued.append(a))
    return queued


@pytest.fixture
def outbox():
    mail.outbox = []
    return mail.outbox


@pytest.fixture
def learner(db, organisation):
    return make_user("learner@example.org", organisation=organisation, first_name="Ana")


@pytest.fixture
def enrol(open_course):
    """Enrol someone in the course; `idle_days` moves their last activity into the past."""

    def do(user, *, course=None, idle_days=8, progress=40):
        enrolment = services.enrol(user=user, course=course or open_course)
        last = timezone.now() - timedelta(days=idle_days)
        Enrolment.objects.filter(pk=enrolment.pk).update(
            last_activity_at=last, started_at=last, progress_percent=progress
        )
        enrolment.refresh_from_db()
        return enrolment

    return do


@pytest.fixture
def cohort(organisation, open_course):
    def make(*, days_left=7, name="Spring cohort", course=None):
        return Cohort.objects.create(
            organisation=organisation,
            course_key=(course or open_course).translation_key,
            name=name,
            deadline=timezone.localdate() + timedelta(days=days_left),
        )

    return make


@pytest.fixture
def join(enrol):
    def do(user, cohort, **kwargs):
        CohortMembership.objects.get_or_create(cohort=cohort, user=user)
        return enrol(user, **kwargs)

    return do


@pytest.fixture
def coordinator(db, organisation):
    user = make_user("coordinator@example.org", organisation=organisation, first_name="Cora")
    Membership.objects.update_or_create(
        user=user, organisation=organisation, defaults={"role": MembershipRole.COORDINATOR}
    )
    return user


@pytest.fixture
def certificate(open_course):
    """A completed enrolment with a certificate expiring in `expires_in_days`."""
    from courses.models import Certificate

    counter = {"n": 0}

    def make(user, *, expires_in_days=30, course=None):
        course = course or open_course
        counter["n"] += 1
        now = timezone.now()
        enrolment = Enrolment.objects.create(
            user=user,
            course_key=course.translation_key,
            round=Enrolment.objects.filter(user=user, course_key=course.translation_key).count()
            + 1,
            completed_at=now - timedelta(days=700),
            last_activity_at=now - timedelta(days=700),
            progress_percent=100,
        )
        return Certificate.objects.create(
            number=f"TEST{counter['n']:08d}",
            enrolment=enrolment,
            user=user,
            course_key=course.translation_key,
            holder_name="Ana Example",
            course_title=course.title,
            language="en",
            issued_at=now - timedelta(days=700),
            expires_at=now + timedelta(days=expires_in_days, hours=1),
        )

    return make
