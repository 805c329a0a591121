"""The scheduled clean-up, the staff screens in the Wagtail admin, and the demo accounts."""

import io

import pytest
from django.urls import reverse
from django_celery_beat.models import PeriodicTask

from campaign_site.accounts import demo, selectors, tasks
from campaign_site.accounts.models import (
    Membership,
    Organisation,
    OrganisationEmailDomain,
    User,
    VerificationDecision,
)

from .conftest import with_totp

pytestmark = pytest.mark.django_db


def test_clean_up_is_scheduled_daily_by_a_migration():
    task = PeriodicTask.objects.get(task="accounts.clean_up_inactive_unverified_accounts")
    assert task.enabled and task.crontab.hour == "3"


def test_clean_up_task_runs_twice_safely(settings, learner):
    from datetime import timedelta

    from django.utils import timezone

    settings.UNVERIFIED_ACCOUNT_INACTIVE_DAYS = 1
    User.objects.filter(pk=learner.pk).update(date_joined=timezone.now() - timedelta(days=2))
    tasks.clean_up_inactive_unverified_accounts.delay()
    tasks.clean_up_inactive_unverified_accounts.delay()
    learner.refresh_from_db()
    assert learner.inactivity_warning_sent_at is not None


class TestStaffInTheAdmin:
    def test_staff_approve_a_learner_of_any_organisation(
        self, client, staff_with_mfa, other_pending_learner
    ):
        client.force_login(staff_with_mfa)
        index = client.get(reverse("accounts_verification:index"))
        assert other_pending_learner.email in index.text
        url = reverse("accounts_verification:decide", args=[other_pending_learner.pk])
        response = client.post(url, {"decision": "approve", "reason": "Known to us"})
        assert response.status_code == 302
        assert selectors.is_verified(other_pending_learner)
        decision = VerificationDecision.objects.get(user=other_pending_learner)
        assert decision.decided_by == staff_with_mfa and decision.reason == "Known to us"

    def test_reject_needs_a_reason_in_the_admin_too(self, client, staff_with_mfa, pending_learner):
        client.force_login(staff_with_mfa)
        url = reverse("accounts_verification:decide", args=[pending_learner.pk])
        response = client.post(url, {"decision": "reject", "reason": ""})
        assert response.status_code == 200
        assert "Give a reason" in response.text
        assert not VerificationDecision.objects.exists()

    def test_search_is_bounded_and_safe(self, client, staff_with_mfa, pending_learner):
        client.force_login(staff_with_mfa)
        response = client.get(
            reverse("accounts_verification:index"), {"q": "%' OR 1=1 --" + "x" * 5000}
        )
        assert response.status_code == 200
        assert pending_learner.email not in response.text

    def test_staff_without_the_permission_are_refused(self, client, pending_learner):
        from django.contrib.auth.models import Permission
        from wagtail.models import GroupPagePermission  # noqa: F401 - loads Wagtail perms

        from campaign_site.accounts.factories import UserFactory

        editor = with_totp(UserFactory(is_staff=True))
        editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
        client.force_login(editor)
        # Wagtail turns the refusal into a redirect to the dashboard with a message.
        response = client.get(reverse("accounts_verification:index"))
        assert (response.status_code, response["Location"]) == (302, "/admin/")
        url = reverse("accounts_verification:decide", args=[pending_learner.pk])
        assert client.post(url, {"decision": "approve"}).status_code == 302
        assert not selectors.is_verified(pending_learner)

    def test_organisation_with_domains_is_created_in_the_admin(self, client, staff_with_mfa):
        client.force_login(staff_with_mfa)
        url = reverse("wagtailsnippets_accounts_organisation:add")
        data = {
            "name": "Test Juvenile Court",
            "country": "SN",
            "kind": "judiciary",
            "email_domains-TOTAL_FORMS": "2",
            "email_domains-INITIAL_FORMS": "0",
            "email_domains-MIN_NUM_FORMS": "0",
            "email_domains-MAX_NUM_FORMS": "1000",
            "email_domains-0-domain": "Court.Test.Example",
            "email_domains-0-ORDER": "1",
            "email_domains-0-DELETE": "",
            "email_domains-0-id": "",
            "email_domains-1-domain": "gmail.com",
            "email_domains-1-ORDER": "2",
            "email_domains-1-DELETE": "",
            "email_domains-1-id": "",
        }
        response = client.post(url, data)
        assert response.status_code == 200  # the public email service is refused
        assert "public email service" in response.text
        assert not Organisation.objects.filter(name="Test Juvenile Court").exists()
        data["email_domains-TOTAL_FORMS"] = "1"
        response = client.post(url, data)
        assert response.status_code == 302
        organisation = Organisation.objects.get(name="Test Juvenile Court")
        assert list(organisation.email_domains.values_list("domain", flat=True)) == [
            "court.test.example"
        ]

    def test_coordinator_is_appointed_by_email_address(
        self, client, staff_with_mfa, organisation, learner
    ):
        client.force_login(staff_with_mfa)
        url = reverse("wagtailsnippets_accounts_membership:add")
        response = client.post(
            url,
            {
                "user": "nobody@mail.test.example",
                "organisation": organisation.pk,
                "role": "coordinator",
            },
        )
        assert response.status_code == 200
        assert "No account uses this email address." in response.text
        response = client.post(
            url, {"user": learner.email, "organisation": organisation.pk, "role": "coordinator"}
        )
        assert response.status_code == 302
        assert selectors.is_coordinator(learner)


class TestDemo:
    def test_demo_accounts_are_idempotent_and_printed(self):
        demo.load(stdout=io.StringIO())
        counts = (
            User.objects.count(),
            Organisation.objects.count(),
            OrganisationEmailDomain.objects.count(),
            Membership.objects.count(),
        )
        demo.load(stdout=io.StringIO())
        assert counts == (
            User.objects.count(),
            Organisation.objects.count(),
            OrganisationEmailDomain.objects.count(),
            Membership.objects.count(),
        )
        assert counts[1] == 6
        kinds = set(Organisation.objects.values_list("kind", flat=True))
        assert {"police", "prosecution", "judiciary"} <= kinds
        assert len(set(Organisation.objects.values_list("country", flat=True))) == 6
        lines = "\n".join(demo.logins())
        for user in User.objects.all():
            assert user.email in lines or "coordinator@" in lines
        assert demo.DEMO_TOTP_SECRET in lines

    def test_every_organisation_has_a_coordinator_and_verified_and_pending_learners(self):
        demo.load(stdout=io.StringIO())
        for organisation in Organisation.objects.all():
            coordinators = Membership.objects.filter(organisation=organisation, role="coordinator")
            assert coordinators.count() == 1
            assert selectors.has_mfa(coordinators.get().user)
            pending = selectors.pending_learners(organisations=[organisation])
            assert pending.count() == 1
            assert organisation.profiles.filter(verification_status="verified").exists()
        staff = User.objects.get(email=demo.DEMO_STAFF_EMAIL)
        assert staff.is_superuser and selectors.has_mfa(staff)

    def test_demo_staff_signs_in_with_the_printed_code(self, client):
        demo.load(stdout=io.StringIO())
        response = client.post(
            "/en/accounts/login/",
            {"login": demo.DEMO_STAFF_EMAIL, "password": demo.DEMO_STAFF_PASSWORD},
        )
        assert response["Location"] == "/en/accounts/2fa/authenticate/"
        response = client.post("/en/accounts/2fa/authenticate/", {"code": demo.totp_code()})
        assert response.status_code == 302
        assert client.get("/admin/").status_code == 200

    def test_demo_code_command(self, capsys):
        from django.core.management import call_command

        call_command("demo_totp_code")
        code = capsys.readouterr().out.split()[0]
        assert len(code) == 6 and code.isdigit()
