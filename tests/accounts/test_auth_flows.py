"""allauth flows as a visitor meets them: sign-up, confirmation, sign-in, rate limits,
no account enumeration, two-factor authentication for staff and coordinators."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from campaign_site.accounts import selectors
from campaign_site.accounts.demo import DEMO_TOTP_SECRET, totp_code
from campaign_site.accounts.factories import UserFactory
from campaign_site.accounts.models import User

from .conftest import PASSWORD, with_totp

pytestmark = pytest.mark.django_db

SIGNUP = "/en/accounts/signup/"
LOGIN = "/en/accounts/login/"
RESET = "/en/accounts/password/reset/"
NEW_PASSWORD = "violet-harbour-lantern-42"


def sign_up(client, email, password=NEW_PASSWORD, language="en"):
    return client.post(
        f"/{language}/accounts/signup/",
        {"email": email, "password1": password, "password2": password},
    )


def confirmation_link(message):
    return re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+/", message.body).group(0)


class TestSignUp:
    def test_sign_up_confirm_and_land_on_the_profile(self, client, organisation):
        response = sign_up(client, "new.officer@police.test.example")
        assert response.status_code == 302
        assert response["Location"] == "/en/accounts/confirm-email/"
        assert len(mail.outbox) == 1
        link = confirmation_link(mail.outbox[0])
        path = link.split("testserver", 1)[-1]
        assert client.get(path).status_code == 200  # a button, so link scanners do nothing
        response = client.post(path)
        assert response.status_code == 302
        assert response["Location"] == "/en/accounts/profile/"
        user = User.objects.get(email="new.officer@police.test.example")
        # The confirmed address is on the organisation's domain: verified at once.
        assert selectors.is_verified(user)
        assert user.profile.organisation == organisation

    def test_the_confirmation_email_is_in_the_language_of_the_page(self, client):
        sign_up(client, "agent@mail.test.example", language="fr")
        user = User.objects.get(email="agent@mail.test.example")
        assert user.profile.preferred_language == "fr"
        assert mail.outbox[0].subject == "Confirmez votre adresse e-mail"

    def test_existing_address_gives_the_same_answer_and_emails_the_owner(self, client, learner):
        fresh = sign_up(client, "nobody@mail.test.example")
        client.logout()
        mail.outbox.clear()
        existing = sign_up(client, learner.email)
        assert existing.status_code == fresh.status_code == 302
        assert existing["Location"] == fresh["Location"]
        assert User.objects.filter(email=learner.email).count() == 1
        assert mail.outbox[0].to == [learner.email]
        assert "exists already" in mail.outbox[0].body

    @pytest.mark.parametrize(
        ("email", "password", "message"),
        [
            ("not-an-address", NEW_PASSWORD, "Enter a valid email address."),
            ("a" * 250 + "@x.example", NEW_PASSWORD, "at most 254 characters"),
            ("short@mail.test.example", "short", "This password is too short."),
            ("long@mail.test.example", "p" * 129 + "Q1!", "This password is too long."),
            ("numbers@mail.test.example", "1234567890123", "entirely numeric"),
            ("", NEW_PASSWORD, "This field is required."),
        ],
    )
    def test_bad_input_is_refused_clearly(self, client, email, password, message):
        response = sign_up(client, email, password)
        assert response.status_code == 200
        assert message in response.text
        assert not User.objects.exists()

    def test_megabyte_post_is_refused_without_an_account(self, client):
        response = sign_up(client, "big@mail.test.example", "x" * 1_000_000)
        assert response.status_code == 200
        assert not User.objects.exists()


class TestSignIn:
    def test_wrong_password_and_unknown_address_look_the_same(self, client, learner):
        wrong = client.post(LOGIN, {"login": learner.email, "password": "not-the-password"})
        unknown = client.post(
            LOGIN, {"login": "ghost@mail.test.example", "password": "not-the-password"}
        )
        assert wrong.status_code == unknown.status_code == 200
        assert "The email address and/or password you specified are not correct." in wrong.text
        assert "The email address and/or password you specified are not correct." in unknown.text

    def test_repeated_failed_logins_are_rate_limited(self, client, learner):
        for _attempt in range(5):
            response = client.post(LOGIN, {"login": learner.email, "password": "wrong-guess"})
            assert "not correct" in response.text
        response = client.post(LOGIN, {"login": learner.email, "password": PASSWORD})
        # Even the right password is refused while the account is locked out.
        assert response.status_code in (200, 429)
        assert "Too many failed login attempts" in response.text
        assert "_auth_user_id" not in client.session

    def test_unconfirmed_address_cannot_sign_in(self, client):
        user = UserFactory(email="fresh@mail.test.example", confirmed_email=False)
        EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
        response = client.post(LOGIN, {"login": user.email, "password": PASSWORD})
        assert response["Location"] == "/en/accounts/confirm-email/"
        assert "_auth_user_id" not in client.session

    def test_new_learner_lands_on_the_profile(self, client, learner):
        response = client.post(LOGIN, {"login": learner.email, "password": PASSWORD})
        assert response["Location"] == "/en/accounts/profile/"

    def test_next_is_kept_but_only_on_this_site(self, client, learner):
        response = client.post(
            f"{LOGIN}?next=https://evil.example/",
            {"login": learner.email, "password": PASSWORD, "next": "https://evil.example/"},
        )
        assert "evil.example" not in response["Location"]


class TestPasswordReset:
    def test_known_and_unknown_addresses_get_the_same_answer(self, client, learner):
        known = client.post(RESET, {"email": learner.email})
        unknown = client.post(RESET, {"email": "ghost@mail.test.example"})
        assert known.status_code == unknown.status_code == 302
        assert known["Location"] == unknown["Location"]
        known_page = client.get(known["Location"])
        assert "If an account uses this address" in known_page.text
        # The owner gets a link; the unknown address is told no account uses it.
        assert [m.to[0] for m in mail.outbox] == [learner.email, "ghost@mail.test.example"]
        assert "/accounts/password/reset/key/" in mail.outbox[0].body
        assert "no account uses it" in mail.outbox[1].body

    def test_reset_is_rate_limited_per_address(self, client, learner):
        for _attempt in range(5):
            client.post(RESET, {"email": learner.email})
        response = client.post(RESET, {"email": learner.email})
        assert response.status_code == 429
        assert len(mail.outbox) == 5

    def test_malformed_address(self, client):
        response = client.post(RESET, {"email": "x" * 500})
        assert response.status_code == 200
        assert "Enter a valid email address." in response.text


class TestTwoFactor:
    def test_staff_without_a_second_factor_cannot_reach_the_admin(self, client, staff):
        client.force_login(staff)
        for path in ("/admin/", "/admin/pages/", "/admin/verification/"):
            response = client.get(path)
            assert response.status_code == 302, path
            assert response["Location"] == reverse("mfa_index")

    def test_staff_with_a_second_factor_reaches_the_admin(self, client, staff_with_mfa):
        client.force_login(staff_with_mfa)
        assert client.get("/admin/").status_code == 200

    def test_learners_are_not_asked_for_a_second_factor(self, client, learner):
        client.force_login(learner)
        assert client.get("/en/accounts/profile/").status_code == 200
        # Wagtail itself refuses them the admin.
        assert client.get("/admin/").status_code == 302

    def test_wagtail_sign_in_form_is_replaced_by_allauth(self, client):
        response = client.get("/admin/login/?next=/admin/pages/")
        assert response["Location"] == "/en/accounts/login/?next=%2Fadmin%2Fpages%2F"
        response = client.get("/admin/login/?next=https://evil.example/")
        assert "evil.example" not in response["Location"]
        response = client.post("/admin/login/", {"username": "x", "password": "y"})
        assert response.status_code == 302

    def test_sign_in_asks_for_the_code_and_refuses_a_wrong_one(self, client, staff_with_mfa):
        response = client.post(LOGIN, {"login": staff_with_mfa.email, "password": PASSWORD})
        assert response["Location"] == "/en/accounts/2fa/authenticate/"
        assert "_auth_user_id" not in client.session
        wrong = client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})
        assert wrong.status_code == 200
        assert "_auth_user_id" not in client.session
        response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code()})
        assert response.status_code == 302
        assert client.get("/admin/").status_code == 200

    def test_oversized_code_is_refused(self, client, staff_with_mfa):
        client.post(LOGIN, {"login": staff_with_mfa.email, "password": PASSWORD})
        response = client.post("/en/accounts/2fa/authenticate/", {"code": "9" * 10_000})
        assert response.status_code == 200
        assert "_auth_user_id" not in client.session

    def test_totp_helper_matches_allauth(self):
        from allauth.mfa.totp.internal.auth import validate_totp_code

        assert validate_totp_code(DEMO_TOTP_SECRET, totp_code())


def test_coordinator_without_second_factor_is_sent_to_set_it_up(client, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("accounts_coordinator_requests"))
    assert response["Location"] == reverse("mfa_index")
    page = client.get(response["Location"])
    assert "Set up two-factor authentication before you continue" in page.text
    with_totp(coordinator)
    page = client.get(reverse("mfa_index"))
    assert "Continue to the page you asked for" in page.text


def test_security_key_pages_render_in_the_site_layout_with_no_inline_script(client, learner):
    client.force_login(learner)
    client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    response = client.get("/en/accounts/2fa/webauthn/add/")
    assert response.status_code == 200
    html = response.text
    assert "Add a security key" in html and "mfa/js/webauthn.js" in html
    # Only JSON data blocks, which the strict Content-Security-Policy does not run.
    scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
    assert scripts and all('type="application/json"' in attrs for attrs in scripts)
    assert "style=" not in html.split("<main", 1)[1]
