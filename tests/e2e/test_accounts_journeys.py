"""Account journeys in a real browser against the running site (gunicorn + Celery).

1. An officer signs up with an address on their organisation's domain, confirms it from the
   development mailbox, completes the profile and is verified by the domain.
2. A judge in Jordan signs up in Arabic with a personal address, asks to be verified, and the
   organisation's coordinator (two-factor sign-in) approves; the judge is told by email.
3. A new staff member is sent to set up an authenticator app before the admin, does it, and
   reaches the admin.
"""

import base64
import hashlib
import hmac
import re
import struct
import time

from campaign_site.accounts.demo import DEMO_COORDINATOR_PASSWORD
from tests.e2e.staff import sign_in_with_code

PASSWORD = "harbour-lantern-violet-42"


def axe_violations(page) -> list[str]:
    """axe-core's accessibility violations on the current page, as "rule: targets" lines."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
    ]


def rfc6238_code(secret_base32: str, at: float | None = None, period: int = 30) -> str:
    """The current six-digit TOTP code (RFC 6238, HMAC-SHA1), as an authenticator app shows."""
    key = base64.b32decode(secret_base32.replace(" ", "").upper())
    counter = int((time.time() if at is None else at) // period)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def wait_for_mail(live_site, address: str, needle: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for message in reversed(live_site.mails()):
            if f"To: {address}" in message and needle in message:
                return message
        time.sleep(0.3)
    raise AssertionError(f"no mail to {address} containing {needle!r}")


def confirmation_link(live_site, address: str) -> str:
    message = wait_for_mail(live_site, address, "/accounts/confirm-email/")
    return re.search(
        r"http://127\.0\.0\.1:\d+/[\w-]+/accounts/confirm-email/[^\s]+/", message
    ).group(0)


def sign_up(page, live_site, email, language="en"):
    page.goto(f"{live_site.url}/{language}/accounts/signup/")
    assert axe_violations(page) == []
    page.fill("#id_email", email)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{live_site.url}/{language}/accounts/confirm-email/")


def confirm_from_mailbox(page, live_site, email):
    page.goto(confirmation_link(live_site, email))
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/accounts/profile/$"))


def test_officer_signs_up_and_is_verified_by_domain(live_site, new_context, screenshot):
    email = f"amina.e2e{int(time.time())}@police.demo-fr.example"
    page = new_context().new_page()
    sign_up(page, live_site, email)
    assert axe_violations(page) == []
    screenshot(page, "accounts-check-your-email-en")
    confirm_from_mailbox(page, live_site, email)
    # The confirmed address is on the Demo National Police's domain: verified at once.
    assert page.locator(".status--verified").first.is_visible()
    page.fill("#id_first_name", "Amina")
    page.fill("#id_last_name", "Haddad")
    page.select_option("#id_professional_role", "police")
    page.select_option("#id_country", "FR")
    page.select_option("#id_preferred_language", "fr")
    page.select_option("#id_time_zone", "Europe/Paris")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{live_site.url}/en/accounts/profile/")
    assert page.locator(".message--success").is_visible()
    assert (
        page.locator("#id_organisation option:checked")
        .inner_text()
        .startswith("Demo National Police")
    )
    assert "Demo National Police" in page.locator("#verification-title + p").inner_text()
    assert axe_violations(page) == []
    screenshot(page, "accounts-profile-verified-en")
    # Mistyped data is refused with a message next to the field, nothing saved.
    page.evaluate(
        "document.querySelector('#id_time_zone').innerHTML += "
        "'<option value=\"Mars/Base\">Mars</option>'"
    )
    page.select_option("#id_time_zone", "Mars/Base")
    page.locator("main form button[type=submit]").click()
    assert page.locator("#id_time_zone_error").is_visible()
    assert page.locator("#id_time_zone").get_attribute("aria-invalid") == "true"


def test_judge_is_approved_by_the_coordinator_in_arabic(live_site, new_context, screenshot):
    email = f"judge.e2e{int(time.time())}@example.org"
    learner = new_context(locale="ar").new_page()
    sign_up(learner, live_site, email, language="ar")
    confirm_from_mailbox(learner, live_site, email)
    assert learner.locator("html").get_attribute("dir") == "rtl"
    learner.fill("#id_first_name", "ليلى")
    learner.fill("#id_last_name", "حداد")
    learner.select_option("#id_professional_role", "judge")
    judicial_council = learner.locator("#id_organisation option", has_text="Demo Judicial Council")
    learner.select_option("#id_organisation", judicial_council.get_attribute("value"))
    learner.select_option("#id_country", "JO")
    learner.select_option("#id_preferred_language", "ar")
    learner.select_option("#id_time_zone", "Asia/Amman")
    learner.locator("main form button[type=submit]").click()
    learner.wait_for_url(f"{live_site.url}/ar/accounts/profile/")
    assert learner.locator(".status--pending").first.is_visible()
    assert axe_violations(learner) == []
    screenshot(learner, "accounts-profile-pending-ar")

    coordinator_email = "coordinator@courts.demo-jo.example"
    wait_for_mail(live_site, coordinator_email, "/accounts/coordinator/requests/")
    coordinator = new_context(locale="ar").new_page()
    sign_in_with_code(
        coordinator, live_site, coordinator_email, DEMO_COORDINATOR_PASSWORD, language="ar"
    )
    coordinator.goto(f"{live_site.url}/ar/accounts/coordinator/requests/")
    row = coordinator.locator("tbody tr", has_text=email)
    assert row.count() == 1
    # Only this organisation's learners are listed.
    assert coordinator.locator("tbody tr", has_text="pending.fr-police@example.org").count() == 0
    assert axe_violations(coordinator) == []
    screenshot(coordinator, "accounts-coordinator-requests-ar")
    row.locator("a").click()
    coordinator.check("input[name=decision][value=approve]")
    assert axe_violations(coordinator) == []
    screenshot(coordinator, "accounts-coordinator-decide-ar")
    coordinator.locator("main form button[type=submit]").click()
    coordinator.wait_for_url(f"{live_site.url}/ar/accounts/coordinator/requests/")
    assert coordinator.locator("tbody tr", has_text=email).count() == 0

    # The Celery worker emails the outcome, in Arabic.
    outcome = wait_for_mail(live_site, email, "Demo Judicial Council")
    assert "/ar/accounts/profile/" in outcome  # a link in the learner's language
    learner.reload()
    assert learner.locator(".status--verified").first.is_visible()
    screenshot(learner, "accounts-profile-verified-ar")


def test_staff_sets_up_an_authenticator_app_and_reaches_the_admin(
    live_site, new_context, screenshot
):
    email = f"editor.e2e{int(time.time())}@example.org"
    live_site.manage(
        "shell",
        "-c",
        (
            "from allauth.account.models import EmailAddress\n"
            "from campaign_site.accounts.models import User\n"
            f"u = User.objects.create_user(email={email!r}, password={PASSWORD!r}, is_staff=True,"
            " is_superuser=True)\n"
            "EmailAddress.objects.create(user=u, email=u.email, verified=True, primary=True)\n"
        ),
    )
    page = new_context().new_page()
    page.goto(f"{live_site.url}/admin/")
    page.wait_for_url(re.compile(r".*/en/accounts/login/\?next=.*admin.*"))
    page.fill("#id_login", email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    # No second factor yet: the admin sends them to set one up.
    page.wait_for_url(f"{live_site.url}/en/accounts/2fa/")
    assert "Set up two-factor authentication" in page.locator(".messages").inner_text()
    assert axe_violations(page) == []
    screenshot(page, "accounts-mfa-required-en")
    page.get_by_role("link", name="Set up an authenticator app").click()
    page.wait_for_url(re.compile(r".*/accounts/reauthenticate/.*"))
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/accounts/2fa/totp/activate/$"))
    assert axe_violations(page) == []
    screenshot(page, "accounts-totp-activate-en")
    secret = page.get_by_test_id("totp-secret").inner_text().strip()
    page.fill("#id_code", rfc6238_code(secret))
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/accounts/2fa/recovery-codes/$"))
    assert page.locator(".codes li").count() == 10
    page.goto(f"{live_site.url}/admin/")
    assert page.url == f"{live_site.url}/admin/"
    assert page.locator("#wagtail-sidebar").count() == 1  # the Wagtail dashboard
    screenshot(page, "accounts-admin-reached-en")
    # Signing in again asks for the code from the app.
    page.context.clear_cookies()
    page.goto(f"{live_site.url}/en/accounts/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/accounts/2fa/authenticate/$"))
    code = rfc6238_code(secret)
    while code == rfc6238_code(secret, at=time.time() - 30):  # never reuse the setup code
        time.sleep(1)
    time.sleep(30 - time.time() % 30 + 0.5)  # a fresh period: the setup code is spent
    page.fill("#id_code", rfc6238_code(secret))
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"{live_site.url}/admin/")
