"""Account pages: profile, data export, deletion, coordinator approvals; bad input; IDOR."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client
from django.urls import reverse

from campaign_site.accounts import selectors
from campaign_site.accounts.data_export import register_export_section, unregister_export_section
from campaign_site.accounts.factories import OrganisationFactory, UserFactory
from campaign_site.accounts.models import User, VerificationStatus

from .conftest import PASSWORD, make_pending

pytestmark = pytest.mark.django_db

PROFILE = "/en/accounts/profile/"


def valid_profile(org, **overrides):
    data = {
        "first_name": "Amina",
        "last_name": "Haddad",
        "professional_role": "police",
        "organisation": str(org.pk),
        "country": "FR",
        "preferred_language": "fr",
        "time_zone": "Europe/Paris",
    }
    data.update(overrides)
    return data


def recently_authenticated(client, user):
    """Sign in and confirm the password again, so reauthentication-protected pages open."""
    client.force_login(user)
    response = client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    assert response.status_code == 302, response.content
    return client


class TestProfile:
    def test_anonymous_visitor_is_sent_to_sign_in(self, client):
        response = client.get(PROFILE)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/")

    def test_saving_the_profile_asks_the_coordinator(self, client, learner, organisation):
        client.force_login(learner)
        response = client.post(PROFILE, valid_profile(organisation), follow=True)
        assert response.status_code == 200
        learner.refresh_from_db()
        profile = learner.profile
        assert (
            profile.professional_role,
            profile.organisation,
            profile.preferred_language,
            profile.time_zone,
        ) == ("police", organisation, "fr", "Europe/Paris")
        assert profile.verification_status == VerificationStatus.PENDING
        assert learner.first_name == "Amina"
        assert b"Waiting for approval" in response.content or "attente" in response.text

    def test_shows_the_status_and_the_rejection_reason(self, client, pending_learner, staff):
        from campaign_site.accounts import services

        services.reject_learner(
            learner=pending_learner, decided_by=staff, reason="Unknown to the unit"
        )
        client.force_login(pending_learner)
        response = client.get(PROFILE)
        assert "Unknown to the unit" in response.text
        assert "status--rejected" in response.text

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("time_zone", "Mars/Olympus_Mons"),
            ("time_zone", "x" * 5000),
            ("preferred_language", "klingon"),
            ("professional_role", "astronaut"),
            ("organisation", "999999"),
            ("organisation", "not-a-number"),
            ("country", "ZZ"),
            ("first_name", "A" * 151),
            ("last_name", "B" * 100_000),
            ("first_name", "Bad\x00Name"),
        ],
    )
    def test_malformed_or_oversized_input_is_refused_clearly(
        self, client, learner, organisation, field, value
    ):
        client.force_login(learner)
        response = client.post(PROFILE, valid_profile(organisation, **{field: value}))
        assert response.status_code == 200  # the form again, with the error
        assert 'class="field__errors"' in response.text
        assert 'aria-invalid="true"' in response.text
        learner.refresh_from_db()
        assert learner.profile.professional_role == ""  # nothing saved

    def test_missing_role_is_refused(self, client, learner, organisation):
        client.force_login(learner)
        response = client.post(PROFILE, valid_profile(organisation, professional_role=""))
        assert "This field is required." in response.text

    def test_profile_page_query_budget(self, client, pending_learner, organisation):
        from .conftest import count_queries

        client.force_login(pending_learner)
        client.get(PROFILE)  # warm per-process caches (content types, sites)
        few = count_queries(client, PROFILE)
        for n in range(20):
            OrganisationFactory(name=f"Extra organisation {n}")
        many = count_queries(client, PROFILE)
        # Fixed however many organisations exist; most are the session, allauth's session
        # tracking and the Wagtail user bar, the page itself reads profile, choices, decision.
        assert few == many <= 16


class TestNoOtherLearnersData:
    """A learner can only ever reach their own data, whatever id they put in a URL."""

    def test_profile_urls_take_no_id(self, client, learner, pending_learner):
        client.force_login(learner)
        for url in (
            f"/en/accounts/profile/{pending_learner.pk}/",
            f"/en/accounts/data/export/{pending_learner.pk}/",
            f"/en/accounts/delete/{pending_learner.pk}/",
            f"/en/accounts/data/{pending_learner.pk}/",
        ):
            assert client.get(url).status_code == 404, url

    def test_a_user_field_in_the_form_is_ignored(
        self, client, learner, pending_learner, organisation
    ):
        client.force_login(learner)
        client.post(
            PROFILE,
            {
                **valid_profile(organisation, first_name="Changed"),
                "user": pending_learner.pk,
                "user_id": pending_learner.pk,
            },
        )
        pending_learner.refresh_from_db()
        assert pending_learner.first_name == ""
        learner.refresh_from_db()
        assert learner.first_name == "Changed"

    def test_query_parameters_do_not_change_whose_export(self, client, learner, pending_learner):
        recently_authenticated(client, learner)
        response = client.get(
            f"/en/accounts/data/export/?user={pending_learner.pk}&user_id={pending_learner.pk}"
        )
        data = json.loads(response.content)
        assert data["account"]["email"] == learner.email
        assert pending_learner.email not in response.content.decode()

    def test_coordinator_urls_with_another_organisations_learner(
        self, client, coordinator_with_mfa, other_pending_learner, pending_learner
    ):
        client.force_login(coordinator_with_mfa)
        url = reverse("accounts_coordinator_decide", args=[other_pending_learner.pk])
        assert client.get(url).status_code == 404
        response = client.post(url, {"decision": "approve"})
        assert response.status_code == 404
        assert not selectors.is_verified(other_pending_learner)
        listing = client.get(reverse("accounts_coordinator_requests"))
        assert other_pending_learner.email not in listing.text
        assert pending_learner.email in listing.text

    def test_learner_cannot_use_coordinator_urls(self, client, learner, pending_learner):
        from .conftest import with_totp

        client.force_login(with_totp(learner))
        assert client.get(reverse("accounts_coordinator_requests")).status_code == 404
        url = reverse("accounts_coordinator_decide", args=[pending_learner.pk])
        assert client.post(url, {"decision": "approve"}).status_code == 404
        assert not selectors.is_verified(pending_learner)

    def test_coordinator_cannot_touch_verified_or_unknown_ids(
        self, client, coordinator_with_mfa, pending_learner
    ):
        client.force_login(coordinator_with_mfa)
        for user_id in (coordinator_with_mfa.pk, 999999, 0):
            url = reverse("accounts_coordinator_decide", args=[user_id])
            assert client.get(url).status_code == 404
        assert client.get("/en/accounts/coordinator/requests/-1/").status_code == 404


class TestDataExport:
    def test_needs_a_recent_password(self, client, learner):
        client.force_login(learner)
        response = client.get("/en/accounts/data/export/")
        assert response.status_code == 302
        assert "/reauthenticate/" in response["Location"]

    def test_downloads_everything_about_the_learner(self, client, pending_learner, coordinator):
        from campaign_site.accounts import services

        services.approve_learner(learner=pending_learner, decided_by=coordinator)

        def courses_section(user):
            return {"enrolments": [{"course": "Core course", "user": user.email}]}

        register_export_section("courses_test", courses_section)
        try:
            recently_authenticated(client, pending_learner)
            response = client.get("/en/accounts/data/export/")
        finally:
            unregister_export_section("courses_test")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/json")
        assert response["Content-Disposition"].startswith('attachment; filename="my-data-')
        assert "no-store" in response["Cache-Control"]
        data = json.loads(response.content)
        assert data["account"]["email"] == pending_learner.email
        assert data["profile"]["verification_status"] == "verified"
        assert data["verification_decisions"][0]["method"] == "approval"
        assert data["verification_decisions"][0]["decided_by"] == "coordinator"
        assert coordinator.email not in response.content.decode()  # other people stay private
        assert data["courses_test"]["enrolments"][0]["course"] == "Core course"
        assert data["sessions"]  # the sign-in just made
        assert "secret" not in response.content.decode()


class TestDeleteAccount:
    def test_needs_a_recent_password_and_a_tick(self, client, learner):
        recently_authenticated(client, learner)
        response = client.post("/en/accounts/delete/", {})
        assert response.status_code == 200
        assert "Tick the box to confirm." in response.text
        assert User.objects.filter(pk=learner.pk).exists()

    def test_deletes_and_signs_out(self, client, learner):
        recently_authenticated(client, learner)
        response = client.post("/en/accounts/delete/", {"confirm": "on"})
        assert response.status_code == 302
        assert not User.objects.filter(pk=learner.pk).exists()
        assert not EmailAddress.objects.filter(email=learner.email).exists()
        assert client.get(PROFILE).status_code == 302  # signed out

    def test_without_reauthentication_nothing_is_deleted(self, client, learner):
        client.force_login(learner)
        response = client.post("/en/accounts/delete/", {"confirm": "on"})
        assert "/reauthenticate/" in response["Location"]
        assert User.objects.filter(pk=learner.pk).exists()


class TestCoordinator:
    def test_needs_two_factor_first(self, client, coordinator, pending_learner):
        client.force_login(coordinator)
        response = client.get(reverse("accounts_coordinator_requests"))
        assert response.status_code == 302
        assert response["Location"] == reverse("mfa_index")
        # Brought back after setting it up.
        assert client.session["accounts_mfa_next"] == reverse("accounts_coordinator_requests")

    def test_approves_with_one_click_and_the_learner_is_emailed(
        self, client, coordinator_with_mfa, pending_learner, django_capture_on_commit_callbacks
    ):
        client.force_login(coordinator_with_mfa)
        url = reverse("accounts_coordinator_decide", args=[pending_learner.pk])
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, {"decision": "approve", "reason": ""})
        assert response.status_code == 302
        assert selectors.is_verified(pending_learner)
        assert mail.outbox[-1].to == [pending_learner.email]

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            ({"decision": "reject", "reason": ""}, "Give a reason"),
            ({"decision": "reject", "reason": "x" * 1001}, "Keep the reason under"),
            ({"decision": "maybe"}, "Choose approve or turn down."),
            ({}, "This field is required."),
        ],
    )
    def test_bad_decisions_are_refused_clearly(
        self, client, coordinator_with_mfa, pending_learner, data, message
    ):
        client.force_login(coordinator_with_mfa)
        url = reverse("accounts_coordinator_decide", args=[pending_learner.pk])
        response = client.post(url, data)
        assert response.status_code == 200
        assert message in response.text
        pending_learner.profile.refresh_from_db()
        assert pending_learner.profile.verification_status == VerificationStatus.PENDING

    def test_listing_query_budget(self, client, coordinator_with_mfa, organisation):
        from .conftest import count_queries

        url = reverse("accounts_coordinator_requests")
        client.force_login(coordinator_with_mfa)
        make_pending(UserFactory(email="queue-first@mail.test.example"), organisation)
        client.get(url)
        few = count_queries(client, url)
        for n in range(15):
            make_pending(UserFactory(email=f"queue{n}@mail.test.example"), organisation)
        many = count_queries(client, url)
        assert few == many <= 18
        assert client.get(url).text.count("queue") >= 16


def test_every_account_page_renders_in_arabic_right_to_left(organisation, pending_learner):
    client = Client()
    client.force_login(pending_learner)
    for url in (
        "/ar/accounts/profile/",
        "/ar/accounts/data/",
        "/ar/accounts/email/",
        "/ar/accounts/password/change/",
        "/ar/accounts/2fa/",
        "/ar/accounts/sessions/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert 'dir="rtl"' in response.text, url
