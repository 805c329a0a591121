"""Reminder emails and the unsubscribe and preferences pages, looked at in Chromium, in English
and in Arabic (right to left), on a phone-sized and a desktop-sized screen.

Screenshots: tests/e2e/screenshots/reminders-*.png.
"""

import json
import os

import pytest
from django.core import mail

from campaign_site.accounts.demo import DEMO_STAFF_EMAIL, DEMO_STAFF_PASSWORD
from courses.reminders.planning import plan_due_reminders
from courses.reminders.sending import send_due_reminder_emails
from tests.e2e.staff import set_admin_language, sign_in_with_code
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


MAKE_LINKS = """
import json
from django.utils import translation
from campaign_site.accounts.models import User
from courses.models.reminders import ReminderKind
from courses.reminders import tokens

email, language = {args!r}
user = User.objects.filter(email=email).first() or User.objects.create_user(
    email=email, password="a-long-e2e-password-123")
user.profile.preferred_language = language
user.profile.save()
with translation.override(language):
    print(json.dumps({{
        "unsubscribe": tokens.unsubscribe_url(
            user=user, kinds=[ReminderKind.INACTIVITY, ReminderKind.DEADLINE], language=language),
        "preferences": tokens.preferences_url(user=user, language=language),
    }}))
"""

SEED_DELIVERY_LOG = """
from datetime import timedelta
from django.utils import timezone
from campaign_site.accounts.models import User
from courses.models import ReminderDelivery, ReminderMessage
from courses.models.reminders import FailureKind, MessageStatus, ReminderKind, ReminderStream

learner = User.objects.filter(email="log@example.org").first() or User.objects.create_user(
    email="log@example.org", password="a-long-e2e-password-123")
today = timezone.localdate()
rows = [
    (MessageStatus.SENT, ""),
    (MessageStatus.FAILED, "Recipient refused: 550 5.1.1 No such user here"),
    (MessageStatus.RETRYING, "451 4.3.2 Try again later"),
]
for number, (status, error) in enumerate(rows):
    if ReminderMessage.objects.filter(to_email=f"learner{number}@example.org").exists():
        continue
    message = ReminderMessage.objects.create(
        recipient=learner if number == 0 else None,
        stream=ReminderStream.LEARNER,
        local_date=today - timedelta(days=number),
        status=status,
        to_email=f"learner{number}@example.org",
        attempts=number + 1,
        failure_kind=FailureKind.PERMANENT if status == MessageStatus.FAILED else "",
        last_error=error,
        sent_at=timezone.now() if status == MessageStatus.SENT else None,
    )
    for kind in (ReminderKind.DEADLINE, ReminderKind.INACTIVITY)[: number + 1]:
        ReminderDelivery.objects.create(
            message=message, kind=kind, subject=f"enrolment:{number}", period=f"p{number}")
print(ReminderMessage.objects.get(to_email="learner1@example.org").pk)
"""


def test_unsubscribe_and_preferences_pages(live_site, new_context, screenshot):
    for language in ("en", "ar"):
        args = (f"pages-{language}@example.org", language)
        output = live_site.manage("shell", "-c", MAKE_LINKS.format(args=args))
        links = json.loads(output.strip().splitlines()[-1])
        page = new_context(viewport={"width": 390, "height": 800}).new_page()
        page.goto(links["unsubscribe"])
        assert page.locator("h1").count() == 1
        assert page.evaluate("document.documentElement.dir") == (
            "rtl" if language == "ar" else "ltr"
        )
        screenshot(page, f"reminders-unsubscribe-{language}")
        page.locator("main form button").click()
        page.wait_for_load_state()
        screenshot(page, f"reminders-unsubscribed-{language}")
        assert page.context.cookies() == [], "no cookie for someone following an email link"
        page.goto(links["preferences"])
        boxes = page.get_by_role("checkbox")
        assert boxes.count() == 3
        boxes.first.focus()
        screenshot(page, f"reminders-preferences-{language}")


def test_the_delivery_log_in_the_admin(live_site, new_context, screenshot):
    failed = int(live_site.manage("shell", "-c", SEED_DELIVERY_LOG).split()[-1])
    for language in ("en", "ar"):
        set_admin_language(live_site, DEMO_STAFF_EMAIL, language)
        page = new_context(viewport={"width": 1280, "height": 800}).new_page()
        sign_in_with_code(page, live_site, DEMO_STAFF_EMAIL, DEMO_STAFF_PASSWORD)
        page.goto(f"{live_site.url}/admin/reminders/log/")
        for number in range(3):
            assert page.get_by_text(f"learner{number}@example.org").count() == 1
        screenshot(page, f"reminders-admin-log-{language}")
        page.goto(f"{live_site.url}/admin/reminders/log/inspect/{failed}/")
        assert page.get_by_text("550 5.1.1 No such user here").count() >= 1
        screenshot(page, f"reminders-admin-email-{language}")
        page.goto(f"{live_site.url}/admin/reminders/schedule/")
        screenshot(page, f"reminders-admin-schedule-{language}")
    set_admin_language(live_site, DEMO_STAFF_EMAIL, "en")
