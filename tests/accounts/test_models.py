"""Database constraints and validation of organisations, memberships, profiles, decisions."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from campaign_site.accounts.factories import (
    MembershipFactory,
    OrganisationEmailDomainFactory,
    OrganisationFactory,
    UserFactory,
)
from campaign_site.accounts.models import (
    Membership,
    Organisation,
    OrganisationEmailDomain,
    Profile,
    VerificationDecision,
)
from campaign_site.accounts.models.organisations import validate_email_domain
from campaign_site.accounts.models.profiles import validate_time_zone

pytestmark = pytest.mark.django_db


def test_one_membership_per_person_and_organisation(organisation):
    membership = MembershipFactory(organisation=organisation)
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(
            user=membership.user, organisation=organisation, role="coordinator"
        )


def test_membership_role_is_checked_by_the_database(organisation, learner):
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(user=learner, organisation=organisation, role="owner")


def test_a_domain_belongs_to_one_organisation(organisation, other_organisation):
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganisationEmailDomain.objects.create(
            organisation=other_organisation, domain="police.test.example"
        )


def test_domains_are_stored_lowercase_without_at_sign(organisation):
    domain = OrganisationEmailDomain.objects.create(
        organisation=organisation, domain="@Courts.Test.EXAMPLE"
    )
    assert domain.domain == "courts.test.example"


@pytest.mark.parametrize(
    "value",
    [
        "gmail.com",
        "https://police.example.gov",
        "police",
        "a@b.example",
        "-bad.example",
        "x" * 300 + ".example",
        "police .example",
        "пример.рф",
        "",
    ],
)
def test_bad_or_public_domains_are_refused(value):
    with pytest.raises(ValidationError):
        validate_email_domain(value)


@pytest.mark.parametrize("value", ["police.example.gov", "mp.demo-br.example", "@Court.GOV.UK"])
def test_good_domains(value):
    validate_email_domain(value)


def test_organisation_names_are_unique_per_country_whatever_the_case():
    OrganisationFactory(name="City Police", country="FR")
    OrganisationFactory(name="City Police", country="BE")
    with pytest.raises(IntegrityError), transaction.atomic():
        Organisation.objects.create(name="city police", country="FR", kind="police")


@pytest.mark.parametrize("value", ["UTC", "Europe/Paris", "America/Sao_Paulo", "Asia/Amman"])
def test_time_zones_from_the_iana_list(value):
    validate_time_zone(value)


@pytest.mark.parametrize("value", ["Mars/Base", "europe/paris", "", "localtime", "x" * 1000])
def test_time_zones_outside_the_list_are_refused(value):
    with pytest.raises(ValidationError):
        validate_time_zone(value)


def test_a_rejection_without_reason_cannot_be_stored(learner):
    with pytest.raises(IntegrityError), transaction.atomic():
        VerificationDecision.objects.create(user=learner, method="rejection", reason="")


def test_a_verified_profile_always_has_its_time(learner):
    with pytest.raises(IntegrityError), transaction.atomic():
        Profile.objects.filter(user=learner).update(
            verification_status="verified", verified_at=None
        )


def test_profile_is_created_with_every_user_and_deleted_with_it():
    user = UserFactory()
    assert Profile.objects.filter(user=user).exists()
    user.delete()
    assert not Profile.objects.exists()


def test_factories_build_what_they_say(organisation):
    domain = OrganisationEmailDomainFactory()
    assert domain.organisation.pk and "." in domain.domain
    membership = MembershipFactory()
    assert membership.role == "learner"
    user = UserFactory()
    assert user.check_password("a-long-test-password")
    assert user.emailaddress_set.get().verified
