"""Email in the recipient's language, and the data-export registry."""

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.template import TemplateDoesNotExist

from campaign_site.accounts import data_export
from campaign_site.accounts.emails import render_email, send_to_user
from campaign_site.accounts.factories import UserFactory
from campaign_site.accounts.models import Profile

pytestmark = pytest.mark.django_db


def with_language(user, language):
    Profile.objects.filter(user=user).update(preferred_language=language)
    user.refresh_from_db()
    return user


def test_send_to_user_sends_text_and_html_in_the_users_language():
    user = with_language(UserFactory(), "ar")
    sent = send_to_user(
        user=user,
        template="accounts/email/inactive_account_warning",
        context={"deletion_date": date(2027, 1, 31), "login_url": "http://x/"},
        headers={"List-Unsubscribe": "<https://example.org/u>"},
    )
    assert sent == 1
    message = mail.outbox[0]
    assert message.to == [user.email]
    html = message.alternatives[0][0]
    assert 'lang="ar"' in html and 'dir="rtl"' in html
    assert message.extra_headers["List-Unsubscribe"] == "<https://example.org/u>"
    assert "\n" not in message.subject


def test_unknown_language_falls_back_to_english():
    user = with_language(UserFactory(), "tlh")
    subject, text, html = render_email(
        user=user,
        template="accounts/email/inactive_account_warning",
        context={"deletion_date": date(2027, 1, 31), "login_url": "http://x/"},
    )
    assert subject == "Your unused account will be deleted"


def test_missing_template_is_a_clear_error():
    with pytest.raises(TemplateDoesNotExist):
        send_to_user(user=UserFactory(), template="accounts/email/no_such_email", context={})
    assert mail.outbox == []


def test_user_without_address_gets_nothing():
    user = UserFactory()
    user.email = ""
    assert send_to_user(user=user, template="accounts/email/learner_waiting", context={}) == 0


def test_registry_refuses_a_second_function_under_a_taken_name():
    def one(user):
        return 1

    def two(user):
        return 2

    data_export.register_export_section("test_one", one)
    try:
        data_export.register_export_section("test_one", one)  # same function: harmless
        with pytest.raises(ValueError):
            data_export.register_export_section("test_one", two)
    finally:
        data_export.unregister_export_section("test_one")


def test_export_has_the_accounts_sections_and_encodes_dates():
    user = UserFactory()
    data = data_export.build_export(user)
    for section in (
        "account",
        "profile",
        "memberships",
        "verification_decisions",
        "email_addresses",
        "sessions",
        "second_factors",
    ):
        assert section in data
    encoded = json.dumps(
        {"when": datetime(2026, 1, 2, tzinfo=UTC), "amount": Decimal("1.5"), "tags": {"a"}, **data},
        cls=data_export.ExportEncoder,
    )
    assert '"2026-01-02T00:00:00Z"' in encoded
    assert '"tags": ["a"]' in encoded
