"""Fixtures for the accounts tests: organisations, learners, coordinators, two factors."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.core.cache import cache

from campaign_site.accounts import services
from campaign_site.accounts.demo import DEMO_TOTP_SECRET
from campaign_site.accounts.factories import (
    CoordinatorFactory,
    OrganisationEmailDomainFactory,
    OrganisationFactory,
    UserFactory,
)
from campaign_site.celery import app as celery_app

PASSWORD = "a-long-test-password"


@pytest.fixture(autouse=True)
def _fresh_cache_and_eager_celery():
    # Rate limits and used TOTP codes live in the cache; tasks run in-process, never
    # through the development broker.
    cache.clear()
    celery_app.conf.task_always_eager = True
    celery_app.conf.task_eager_propagates = True
    yield
    celery_app.conf.task_always_eager = False
    cache.clear()


@pytest.fixture
def organisation(db):
    organisation = OrganisationFactory(name="Test City Police", country="FR")
    OrganisationEmailDomainFactory(organisation=organisation, domain="police.test.example")
    return organisation


@pytest.fixture
def other_organisation(db):
    organisation = OrganisationFactory(
        name="Test Prosecution Service", country="BR", kind="prosecution"
    )
    OrganisationEmailDomainFactory(organisation=organisation, domain="mp.test.example")
    return organisation


def make_pending(user, organisation, language="en"):
    services.update_profile(
        user=user,
        professional_role="police",
        organisation=organisation,
        country=organisation.country.code,
        preferred_language=language,
        time_zone="Europe/Paris",
        notify=False,
    )
    user.refresh_from_db()
    return user


@pytest.fixture
def learner(db):
    return UserFactory(email="learner@mail.test.example")


@pytest.fixture
def pending_learner(organisation):
    return make_pending(UserFactory(email="pending@mail.test.example"), organisation)


@pytest.fixture
def other_pending_learner(other_organisation):
    return make_pending(UserFactory(email="other-pending@mail.test.example"), other_organisation)


def with_totp(user):
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, DEMO_TOTP_SECRET)
    return user


@pytest.fixture
def coordinator(organisation):
    return CoordinatorFactory(
        organisation=organisation, user__email="coordinator@police.test.example"
    ).user


@pytest.fixture
def coordinator_with_mfa(coordinator):
    return with_totp(coordinator)


@pytest.fixture
def staff(db):
    return UserFactory(email="staff@staff.test.example", is_staff=True, is_superuser=True)


@pytest.fixture
def staff_with_mfa(staff):
    return with_totp(staff)


def count_queries(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)
