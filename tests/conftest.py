"""Fixtures shared by every test package."""

import pytest
from django.conf import settings
from wagtail.models import Locale, Page, Site


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0]
            for code, _ in settings.LANGUAGES}


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
