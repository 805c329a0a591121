from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory

from home import selectors
from home.models import GuidePage

rf = RequestFactory()


# --- help directory ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "header", "language", "expected"),
    [
        ("?country=gb", "", "en", ("GB", "query")),
        ("?country=", "", "pt-br", ("", "query")),  # the visitor chose "any country"
        ("?country=XX", "BR", "en", ("", "query")),  # unknown code: nothing, not a guess
        ("?country=%3Cscript%3E", "", "en", ("", "query")),
        ("", "BR", "en", ("BR", "proxy")),
        ("", "T1", "pt-br", ("BR", "language")),  # Tor and other pseudo-codes are ignored
        ("", "", "pt-br", ("BR", "language")),
        ("", "", "en", ("", "")),
    ],
)
def test_country_comes_from_the_url_then_the_proxy_then_the_language(
    settings, query, header, language, expected
):
    settings.REACH_COUNTRY_HEADER = "X-Country"
    request = rf.get(f"/help/{query}", headers={"X-Country": header} if header else {})
    choice = selectors.country_for_request(request, language_code=language)
    assert (choice.code, choice.source) == expected


def test_proxy_header_is_ignored_unless_configured(settings):
    settings.REACH_COUNTRY_HEADER = ""
    request = rf.get("/help/", headers={"X-Country": "BR"})
    assert selectors.country_for_request(request, language_code="en").code == ""


def test_country_without_services_falls_back_to_international(guidance):
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code="fr")
    directory = selectors.help_directory(
        locale_id=locale.pk, country=selectors.CountryChoice("KE", "query")
    )
    assert not directory.has_national
    assert [s.name for s in directory.international] == ["FR Image removal"]
    brazil = selectors.help_directory(
        locale_id=locale.pk, country=selectors.CountryChoice("BR", "query")
    )
    assert [s.name for s in brazil.national] == ["FR Brazil hotline"]


def test_help_page_names_the_country_and_marks_examples(client, guidance):
    html = client.get("/en/help/?country=KE").content.decode()
    assert "Kenya" in html and "EN no services here yet" in html and "EN Image removal" in html
    br = client.get("/ar/help/?country=BR").content.decode()
    assert "AR Brazil hotline" in br and 'value="BR" selected' in br
    assert "Example, verify before launch" in br or "مثال" in br
    gb = client.get("/en/help/?country=GB").content.decode()
    assert 'href="tel:08001111"' in gb and "https://hotline.example.org/" in gb


def test_country_list_puts_countries_with_services_first(guidance):
    from wagtail.models import Locale

    choices = selectors.country_choices(locale_id=Locale.objects.get(language_code="en").pk)
    assert [code for code, _ in choices["listed"]] == ["BR", "GB"]
    assert "KE" in {code for code, _ in choices["others"]}


# --- review -----------------------------------------------------------------------------------


def test_guides_due_for_review_once_per_translation_with_the_editor(guidance):
    editor = get_user_model().objects.create_user(email="editor@example.org", password="x" * 16)
    GuidePage.objects.filter(slug="talking").update(
        review_due=date(2026, 1, 1), last_reviewed=date(2025, 1, 1), review_owner=editor
    )
    due = selectors.guides_due_for_review(date(2026, 1, 1))
    assert [(g.slug, g.locale.language_code) for g in due] == [("talking", "en")]
    assert due[0].editor_responsible == editor
    every_language = selectors.guides_due_for_review(date(2026, 1, 1), one_per_translation=False)
    assert sorted(g.locale.language_code for g in every_language) == ["ar", "en", "fr"]
    assert selectors.guides_due_for_review(date(2025, 12, 31)) == []


def test_page_owner_is_responsible_when_no_review_owner_is_set(guidance):
    owner = get_user_model().objects.create_user(email="owner@example.org", password="x" * 16)
    GuidePage.objects.filter(slug="report").update(
        owner=owner, review_owner=None, review_due=date(2026, 2, 1), last_reviewed=date(2025, 2, 1)
    )
    assert selectors.guides_due_for_review(date(2026, 3, 1))[0].editor_responsible == owner
