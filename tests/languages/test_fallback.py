"""A page not yet translated is served from its synchronised alias with a notice."""

import re

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization

from campaign_site.languages.demo import ensure_locale_synchronisation
from home.models import HomePage


@pytest.fixture
def vietnamese_untranslated(site, home_pages):
    """Vietnamese has no translation of the home page: only wagtail-localize's alias."""
    home_pages["vi"].delete()
    ensure_locale_synchronisation()
    alias = HomePage.objects.get(locale__language_code="vi")
    assert alias.alias_of_id == home_pages["en"].pk
    return alias


def test_untranslated_page_shows_source_text_with_a_notice(
    client, vietnamese_untranslated, home_pages
):
    response = client.get("/vi/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="vi"' in html  # the interface stays in the visitor's language
    assert home_pages["en"].title in html  # the content is the English source
    assert 'lang="en" dir="ltr"' in html.split("<main", 1)[1].split(">", 1)[0]
    notice = html.split("notice--untranslated", 1)[1].split("</div>", 1)[0]
    assert 'lang="vi"' in notice
    assert "Trang này chưa được dịch" in notice  # in Vietnamese, naming English
    assert "bản tiếng Anh" in notice


def test_translated_page_has_no_notice(client, site):
    html = client.get("/fr/").content.decode()
    assert "notice--untranslated" not in html
    assert re.search(r'<main id="main" tabindex="-1">', html)


def test_hreflang_never_claims_a_missing_translation(client, vietnamese_untranslated):
    html = client.get("/en/").content.decode()
    hreflangs = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html)
    codes = [code for code, _ in hreflangs]
    assert "vi" not in codes
    assert {"en", "fr", "ar", "pt-br", "x-default"} <= set(codes)
    assert dict(hreflangs)["fr"] == "http://testserver/fr/"
    assert dict(hreflangs)["x-default"] == "http://testserver/en/"


def test_switcher_still_links_the_alias(client, vietnamese_untranslated):
    html = client.get("/fr/").content.decode()
    assert 'href="/vi/" lang="vi"' in html


def test_synchronisation_is_idempotent(site, home_pages):
    ensure_locale_synchronisation()
    count = Page.objects.count()
    ensure_locale_synchronisation()
    assert Page.objects.count() == count
    source = Locale.objects.get(language_code="en")
    assert LocaleSynchronization.objects.filter(sync_from=source).count() == 9


def test_query_count_does_not_depend_on_the_number_of_languages(
    client, site, django_assert_max_num_queries
):
    client.get("/en/")
    with django_assert_max_num_queries(12):
        client.get("/en/")
