"""Verification decisions, profile changes, deletion and the inactive-account clean-up."""

from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from campaign_site.accounts import selectors, services
from campaign_site.accounts.factories import CoordinatorFactory, UserFactory
from campaign_site.accounts.models import (
    Membership,
    MembershipRole,
    User,
    VerificationDecision,
    VerificationStatus,
)
from campaign_site.accounts.signals import account_deleting, verification_decided

from .conftest import make_pending

pytestmark = pytest.mark.django_db


def status(user):
    user.profile.refresh_from_db()
    return user.profile.verification_status


def test_every_new_user_has_an_unverified_profile(learner):
    assert selectors.profile_for(learner).verification_status == VerificationStatus.UNVERIFIED
    assert not selectors.is_verified(learner)


def test_choosing_an_organisation_asks_for_verification(learner, organisation):
    make_pending(learner, organisation)
    assert status(learner) == VerificationStatus.PENDING
    assert learner.profile.verification_requested_at is not None
    assert not selectors.is_verified(learner)


def test_invitation_code_verifies_and_makes_a_membership(
    learner, organisation, django_capture_on_commit_callbacks
):
    received = []
    verification_decided.connect(
        lambda **kw: received.append(kw), weak=False, dispatch_uid="test-received"
    )
    try:
        with django_capture_on_commit_callbacks(execute=True):
            decision = services.record_verification(
                user=learner, method="invitation", organisation=organisation
            )
    finally:
        verification_decided.disconnect(dispatch_uid="test-received")
    assert selectors.is_verified(learner)
    assert decision.decided_by is None and decision.method == "invitation"
    assert learner.profile.organisation == organisation
    assert Membership.objects.get(user=learner).role == MembershipRole.LEARNER
    assert received[0]["decision"] == decision
    assert len(mail.outbox) == 1
    assert "verified" in mail.outbox[0].subject.lower()


def test_verifying_twice_records_one_decision_and_sends_one_email(
    learner, organisation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = services.record_verification(
            user=learner, method="invitation", organisation=organisation
        )
        second = services.record_verification(
            user=learner, method="invitation", organisation=organisation
        )
    assert first == second
    assert VerificationDecision.objects.filter(user=learner).count() == 1
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_rejection_needs_a_reason(pending_learner, reason):
    with pytest.raises(ValidationError):
        services.record_verification(user=pending_learner, method="rejection", reason=reason)
    assert status(pending_learner) == VerificationStatus.PENDING


def test_oversized_reason_is_refused(pending_learner, coordinator):
    with pytest.raises(ValidationError):
        services.reject_learner(learner=pending_learner, decided_by=coordinator, reason="x" * 1001)
    assert not VerificationDecision.objects.exists()


def test_unknown_method_is_refused(learner):
    with pytest.raises(ValidationError):
        services.record_verification(user=learner, method="bribe")


def test_coordinator_approves_a_learner_of_their_organisation(
    pending_learner, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        decision = services.approve_learner(learner=pending_learner, decided_by=coordinator)
    assert decision.decided_by == coordinator and decision.method == "approval"
    assert decision.decided_at is not None
    assert selectors.is_verified(pending_learner)
    assert mail.outbox[0].to == [pending_learner.email]


def test_coordinator_cannot_decide_for_another_organisation(other_pending_learner, coordinator):
    with pytest.raises(PermissionDenied):
        services.approve_learner(learner=other_pending_learner, decided_by=coordinator)
    with pytest.raises(PermissionDenied):
        services.reject_learner(
            learner=other_pending_learner, decided_by=coordinator, reason="Not known to us"
        )
    assert status(other_pending_learner) == VerificationStatus.PENDING


def test_nobody_decides_about_themselves(organisation, coordinator):
    make_pending(coordinator, organisation)
    with pytest.raises(PermissionDenied):
        services.approve_learner(learner=coordinator, decided_by=coordinator)


def test_a_learner_cannot_approve_another(pending_learner, learner):
    with pytest.raises(PermissionDenied):
        services.approve_learner(learner=pending_learner, decided_by=learner)


def test_staff_can_decide_for_anyone_and_reject_with_reason(
    other_pending_learner, staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        decision = services.reject_learner(
            learner=other_pending_learner, decided_by=staff, reason="No such officer in the unit"
        )
    assert status(other_pending_learner) == VerificationStatus.REJECTED
    assert decision.reason == "No such officer in the unit"
    assert "No such officer in the unit" in mail.outbox[0].body


def test_withdrawing_a_verification_removes_the_membership(pending_learner, coordinator):
    services.approve_learner(learner=pending_learner, decided_by=coordinator)
    services.reject_learner(
        learner=pending_learner, decided_by=coordinator, reason="Left the service"
    )
    assert not selectors.is_verified(pending_learner)
    assert not Membership.objects.filter(user=pending_learner).exists()
    assert VerificationDecision.objects.filter(user=pending_learner).count() == 2


def test_approving_twice_is_refused(pending_learner, coordinator):
    services.approve_learner(learner=pending_learner, decided_by=coordinator)
    with pytest.raises(ValidationError):
        services.approve_learner(learner=pending_learner, decided_by=coordinator)


def test_confirmed_address_on_the_domain_verifies(organisation):
    user = UserFactory(email="officer@police.test.example")
    make_pending(user, organisation)
    assert status(user) == VerificationStatus.VERIFIED
    decision = VerificationDecision.objects.get(user=user)
    assert decision.method == "domain" and decision.reason == "police.test.example"


def test_domain_of_another_organisation_does_not_verify(organisation, other_organisation):
    user = UserFactory(email="officer@mp.test.example")
    make_pending(user, organisation)
    assert status(user) == VerificationStatus.PENDING


def test_unconfirmed_address_on_the_domain_does_not_verify(organisation):
    user = UserFactory(email="officer@police.test.example", confirmed_email=False)
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    make_pending(user, organisation)
    assert status(user) == VerificationStatus.PENDING
    # Confirming the address later verifies (allauth's email_confirmed signal).
    address = EmailAddress.objects.get(user=user)
    address.verified = True
    address.save()
    from allauth.account.signals import email_confirmed

    email_confirmed.send(sender=EmailAddress, request=None, email_address=address)
    assert status(user) == VerificationStatus.VERIFIED


def test_domain_without_organisation_chosen_picks_the_organisation(organisation):
    user = UserFactory(email="new.officer@police.test.example")
    decision = services.verify_by_email_domain(user=user)
    assert decision is not None
    user.profile.refresh_from_db()
    assert user.profile.organisation == organisation


def test_a_turned_down_learner_is_not_verified_by_domain_later(organisation, staff):
    user = UserFactory(email="officer@police.test.example", confirmed_email=False)
    make_pending(user, organisation)
    services.reject_learner(learner=user, decided_by=staff, reason="Suspended")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    assert services.verify_by_email_domain(user=user) is None
    assert status(user) == VerificationStatus.REJECTED


def test_changing_organisation_withdraws_the_verification(
    pending_learner, coordinator, other_organisation
):
    services.approve_learner(learner=pending_learner, decided_by=coordinator)
    make_pending(pending_learner, other_organisation)
    assert status(pending_learner) == VerificationStatus.PENDING
    assert not Membership.objects.filter(user=pending_learner).exists()


def test_changing_only_the_language_keeps_the_verification(
    pending_learner, coordinator, organisation
):
    services.approve_learner(learner=pending_learner, decided_by=coordinator)
    make_pending(pending_learner, organisation, language="fr")
    assert status(pending_learner) == VerificationStatus.VERIFIED
    assert pending_learner.profile.preferred_language == "fr"


def test_invalid_time_zone_is_refused(learner, organisation):
    with pytest.raises(ValidationError) as error:
        services.update_profile(
            user=learner,
            professional_role="police",
            organisation=organisation,
            country="FR",
            preferred_language="en",
            time_zone="Mars/Olympus_Mons",
        )
    assert "time_zone" in error.value.message_dict
    assert status(learner) == VerificationStatus.UNVERIFIED


def test_coordinators_hear_of_a_new_request_once(
    organisation, coordinator, learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.update_profile(
            user=learner,
            professional_role="police",
            organisation=organisation,
            country="FR",
            preferred_language="en",
            time_zone="UTC",
        )
    assert [m.to for m in mail.outbox] == [[coordinator.email]]
    # The task running a second time sends nothing more.
    assert services.notify_coordinators_of_request(user_id=learner.pk) == 0
    assert len(mail.outbox) == 1


def test_outcome_email_is_in_the_learners_language(
    pending_learner, coordinator, django_capture_on_commit_callbacks
):
    make_pending(pending_learner, pending_learner.profile.organisation, language="fr")
    with django_capture_on_commit_callbacks(execute=True):
        services.approve_learner(learner=pending_learner, decided_by=coordinator)
    message = mail.outbox[0]
    assert message.subject == "Vous êtes vérifié·e pour la formation réservée"
    html = message.alternatives[0][0]
    assert 'lang="fr"' in html


def test_outcome_email_sent_once_even_if_the_task_runs_twice(pending_learner, coordinator):
    decision = services.approve_learner(learner=pending_learner, decided_by=coordinator)
    assert services.send_verification_outcome(decision_id=decision.pk) is True
    assert services.send_verification_outcome(decision_id=decision.pk) is False
    assert services.send_verification_outcome(decision_id=999999) is False
    assert len(mail.outbox) == 1


def test_delete_account_tells_other_apps_first_and_keeps_decisions_anonymous(
    pending_learner, coordinator
):
    services.approve_learner(learner=pending_learner, decided_by=coordinator)
    seen = []

    def receiver(sender, user, **kwargs):
        seen.append((user.pk, User.objects.filter(pk=user.pk).exists()))

    account_deleting.connect(receiver, weak=False, dispatch_uid="test-deleting")
    try:
        services.delete_account(user=coordinator)
    finally:
        account_deleting.disconnect(dispatch_uid="test-deleting")
    assert seen == [(coordinator.pk, True)]  # sent while the account still existed
    assert not User.objects.filter(pk=coordinator.pk).exists()
    decision = VerificationDecision.objects.get(user=pending_learner)
    assert decision.decided_by is None  # the learner's record survives the coordinator


def test_a_receiver_can_stop_the_deletion(learner):
    def refuse(sender, user, **kwargs):
        raise RuntimeError("certificate archive unavailable")

    account_deleting.connect(refuse, weak=False, dispatch_uid="test-refuse")
    try:
        with pytest.raises(RuntimeError):
            services.delete_account(user=learner)
    finally:
        account_deleting.disconnect(dispatch_uid="test-refuse")
    assert User.objects.filter(pk=learner.pk).exists()


class TestInactiveAccounts:
    def age(self, user, days):
        User.objects.filter(pk=user.pk).update(
            date_joined=timezone.now() - timedelta(days=days), last_login=None
        )

    def test_warns_then_deletes_after_the_notice_period(self, settings, learner):
        settings.UNVERIFIED_ACCOUNT_INACTIVE_DAYS = 30
        settings.UNVERIFIED_ACCOUNT_NOTICE_DAYS = 7
        self.age(learner, 31)
        assert services.delete_inactive_unverified_accounts() == 0  # never before a warning
        assert services.send_inactivity_warnings() == 1
        assert services.send_inactivity_warnings() == 0  # warned once
        assert mail.outbox[0].to == [learner.email]
        assert "deleted" in mail.outbox[0].subject
        later = timezone.now() + timedelta(days=6)
        assert services.delete_inactive_unverified_accounts(now=later) == 0
        later = timezone.now() + timedelta(days=8)
        assert services.delete_inactive_unverified_accounts(now=later) == 1
        assert not User.objects.filter(pk=learner.pk).exists()

    def test_signing_in_after_the_warning_keeps_the_account(self, settings, client, learner):
        settings.UNVERIFIED_ACCOUNT_INACTIVE_DAYS = 30
        self.age(learner, 31)
        services.send_inactivity_warnings()
        response = client.post(
            "/en/accounts/login/", {"login": learner.email, "password": "a-long-test-password"}
        )
        assert response.status_code == 302
        learner.refresh_from_db()
        assert learner.inactivity_warning_sent_at is None
        later = timezone.now() + timedelta(days=60)
        assert services.delete_inactive_unverified_accounts(now=later) == 0

    def test_verified_staff_and_coordinators_are_never_removed(
        self, settings, organisation, staff, coordinator
    ):
        settings.UNVERIFIED_ACCOUNT_INACTIVE_DAYS = 30
        verified = UserFactory()
        services.record_verification(user=verified, method="invitation", organisation=organisation)
        for user in (verified, staff, coordinator):
            self.age(user, 400)
        assert services.send_inactivity_warnings() == 0
        assert (
            services.delete_inactive_unverified_accounts(now=timezone.now() + timedelta(days=400))
            == 0
        )

    def test_recent_accounts_are_left_alone(self, settings, learner):
        settings.UNVERIFIED_ACCOUNT_INACTIVE_DAYS = 30
        self.age(learner, 29)
        assert services.send_inactivity_warnings() == 0


def test_coordinator_factory_makes_a_coordinator(organisation):
    membership = CoordinatorFactory(organisation=organisation)
    assert selectors.is_coordinator(membership.user)
    assert list(selectors.coordinated_organisations(membership.user)) == [organisation]
