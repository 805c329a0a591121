"""Fixtures shared by every test package."""

import os

import pytest
from django.conf import settings
from wagtail.models import Locale, Page, Site

# The browser journeys drive Chromium through Playwright's sync API, which keeps an event
# loop running in the test thread for the whole session; Django would then refuse every
# later ORM call in that process as "async". Nothing in this project runs async code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }


@pytest.fixture
def home_pages(locales):
    """The demo home page in every shipped language, as `make run` creates them."""
    from home.demo import ensure_home_pages
    from home.models import HomePage

    ensure_home_pages(locales)
    return {page.locale.language_code: page for page in HomePage.objects.select_related("locale")}


@pytest.fixture
def site(home_pages):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def admin_user(db, django_user_model):
    """A superuser with an authenticator app, as staff must have to reach the admin."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    user = django_user_model.objects.create_superuser(
        email="admin@example.com", password="password-for-tests"
    )
    TOTP.activate(user, generate_totp_secret())
    return user


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request through LocaleMiddleware leaves
    its language active in the thread, and the next test would otherwise inherit it."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()
