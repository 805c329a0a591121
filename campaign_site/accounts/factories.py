"""factory_boy factories for tests and benchmarks."""

import factory
from allauth.account.models import EmailAddress

from .models import (
    Membership,
    MembershipRole,
    Organisation,
    OrganisationEmailDomain,
    OrganisationKind,
    User,
)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Test Organisation {n}")
    country = "FR"
    kind = OrganisationKind.POLICE


class OrganisationEmailDomainFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OrganisationEmailDomain

    organisation = factory.SubFactory(OrganisationFactory)
    domain = factory.Sequence(lambda n: f"org{n}.test.example")


class UserFactory(factory.django.DjangoModelFactory):
    """A user with a confirmed primary email address (so allauth lets them sign in)."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@mail.test.example")
    password = factory.django.Password("a-long-test-password")

    @factory.post_generation
    def confirmed_email(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.update_or_create(
                user=self, email=self.email, defaults={"verified": True, "primary": True}
            )


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = MembershipRole.LEARNER


class CoordinatorFactory(MembershipFactory):
    role = MembershipRole.COORDINATOR
