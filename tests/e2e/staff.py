"""Signing in with a password and a TOTP code, and the admin's language, for browser tests
of staff and coordinator journeys on the shared live site."""

import re

from campaign_site.accounts.demo import next_unused_totp_code


def sign_in_with_code(page, live_site, email, password, language="en"):
    page.goto(f"{live_site.url}/{language}/accounts/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", password)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/accounts/2fa/authenticate/$"))
    page.fill("#id_code", next_unused_totp_code())
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(lambda url: "/2fa/authenticate/" not in url)


def set_admin_language(live_site, email, language):
    """The Wagtail admin's language for one account, as the account's admin profile holds it."""
    live_site.manage(
        "shell",
        "-c",
        "from wagtail.users.models import UserProfile; "
        "from campaign_site.accounts.models import User; "
        f"profile = UserProfile.get_for_user(User.objects.get(email={email!r})); "
        f"profile.preferred_language = {language!r}; profile.save()",
    )
