"""Reminder emails and the unsubscribe and preferences pages, looked at in Chromium, in English
and in Arabic (right to left), on a phone-sized and a desktop-sized screen.

Screenshots: tests/e2e/screenshots/reminders-*.png.
"""

import os

import pytest
from django.core import mail
from django.utils import translation

from courses.models.reminders import ReminderKind
from courses.reminders import tokens
from courses.reminders.planning import plan_due_reminders
from courses.reminders.sending import send_due_reminder_emails
from tests.reminders import conftest as reminder_fixtures

# The reminder tests' learners, course and cohort, and their always-open sending window.
_clear_cache = reminder_fixtures._clear_cache
_no_broker = reminder_fixtures._no_broker
_window_always_open = reminder_fixtures._window_always_open
certificate = reminder_fixtures.certificate
cohort = reminder_fixtures.cohort
coordinator = reminder_fixtures.coordinator
enrol = reminder_fixtures.enrol
join = reminder_fixtures.join
course_index = reminder_fixtures.course_index
make_course = reminder_fixtures.make_course
organisation = reminder_fixtures.organisation


@pytest.fixture
def open_course(make_course):
    # Built in the test, not once per module: ORM work at module level would run inside
    # Playwright's event loop, outside the e2e harness's allowance for it.
    return make_course("open-course", roles=(), restricted=False, modules=1, lessons=2)


@pytest.fixture(scope="module", autouse=True)
def _orm_beside_playwright():
    """These tests build their data with the ORM in fixtures, while Playwright's sync API may
    be running its event loop in this thread (the harness allows it only in test bodies)."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def _emails(organisation, cohort, join, certificate, coordinator):
    english = reminder_fixtures.make_user(
        "ana@example.org", organisation=organisation, first_name="Ana"
    )
    arabic = reminder_fixtures.make_user(
        "lina@example.org", organisation=organisation, first_name="لينا", language="ar"
    )
    spring = cohort(days_left=7, name="Spring cohort 2026")
    for user in (english, arabic):
        # A certificate from an earlier round, and the refresher now under way in a cohort.
        certificate(user, expires_in_days=30)
        join(user, spring, idle_days=9, progress=35)
    coordinator.profile.preferred_language = "ar"
    coordinator.profile.save()
    mail.outbox = []
    plan_due_reminders()
    send_due_reminder_emails()
    return {email.to[0]: email for email in mail.outbox}


@pytest.mark.django_db
def test_reminder_emails_read_well_in_english_and_arabic(
    # The test database first: it cannot be created once the browser's event loop runs.
    django_db_setup,
    organisation,
    cohort,
    join,
    certificate,
    coordinator,
    new_context,
    screenshot,
):
    emails = _emails(organisation, cohort, join, certificate, coordinator)
    assert set(emails) == {"ana@example.org", "lina@example.org", "coordinator@example.org"}
    shots = {
        "learner-en": (emails["ana@example.org"], "ltr"),
        "learner-ar": (emails["lina@example.org"], "rtl"),
        "digest-ar": (emails["coordinator@example.org"], "rtl"),
    }
    for name, (email, direction) in shots.items():
        html = email.alternatives[0][0]
        for label, width in (("phone", 375), ("desktop", 900)):
            page = new_context(viewport={"width": width, "height": 800}).new_page()
            page.set_content(html)
            assert page.evaluate("document.documentElement.dir") == direction
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{name} scrolls sideways on a {width}px screen"
            screenshot(page, f"reminders-email-{name}-{label}")
    arabic = emails["lina@example.org"].alternatives[0][0]
    assert "Continue the course" not in arabic, "the Arabic email is translated"


@pytest.mark.django_db(transaction=True)
def test_unsubscribe_and_preferences_pages(
    django_db_setup, live_server, settings, new_context, screenshot
):
    settings.SITE_URL = live_server.url
    for language in ("en", "ar"):
        user = reminder_fixtures.make_user(
            f"pages-{language}@example.org", verified=False, language=language
        )
        with translation.override(language):
            unsubscribe = tokens.unsubscribe_url(
                user=user, kinds=[ReminderKind.INACTIVITY, ReminderKind.DEADLINE], language=language
            )
            preferences = tokens.preferences_url(user=user, language=language)
        page = new_context(viewport={"width": 390, "height": 800}).new_page()
        page.goto(unsubscribe)
        assert page.locator("h1").count() == 1
        screenshot(page, f"reminders-unsubscribe-{language}")
        page.locator("main form button").click()
        page.wait_for_load_state()
        screenshot(page, f"reminders-unsubscribed-{language}")
        assert page.context.cookies() == [], "no cookie for someone following an email link"
        page.goto(preferences)
        boxes = page.get_by_role("checkbox")
        assert boxes.count() == 3
        boxes.first.focus()
        screenshot(page, f"reminders-preferences-{language}")
