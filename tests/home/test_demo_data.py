"""The demo guidance content: complete in every language, well formed, and worded to CONTENT.md.

These checks read the data modules only (no database): a loader that turns them into pages can
rely on every language having the same pages, blocks and list lengths as English.
"""

import importlib
import re
from html.parser import HTMLParser

import pytest

from home.demo_data import structure

LANGUAGES = ["en", "fr", "es", "pt_br", "ar"]
NAMES = ["HOME", "AUDIENCES", "TOPICS", "GUIDES", "RESOURCES", "HELP_PAGE", "SERVICES"]
BLOCK_TYPES = {"heading", "paragraph", "steps", "warning_signs", "faq", "callout"}
CALLOUT_KINDS = {"help", "info", "safety"}
ALLOWED_TAGS = {"p", "a", "strong", "em", "ul", "ol", "li"}

# The "never write" column of CONTENT.md and its equivalents in the other shipped languages,
# matched case-insensitively as substrings ("porn" also catches every longer form). Terms that
# are loanwords or roots shared across languages are checked in every language.
EVERY_LANGUAGE = ["porn", "cybersex", "sexting gone wrong", "kiddie"]
DISCOURAGED = {
    "en": ["child prostitut", "consensual", "relationship", "affair"],
    "fr": [
        "pédopornograph",
        "enfant prostitué",
        "prostitution infantile",
        "prostitution enfantine",
        "cybersexe",
        "consensuel",
        "consentie",
        "relation",
        "liaison",
        "sexto qui a mal tourné",
    ],
    "es": [
        "prostitución infantil",
        "niña prostituta",
        "niño prostituto",
        "cibersexo",
        "consensuad",
        "consensual",
        "consentid",
        "relación",
        "aventura amorosa",
    ],
    "pt_br": [
        "prostituição infantil",
        "criança prostituída",
        "cibersexo",
        "consensual",
        "consentid",
        "relacionamento",
        "relação",
        "caso amoroso",
    ],
    "ar": [
        "إباحي",
        "دعارة الأطفال",
        "بغاء الأطفال",
        "الأطفال البغايا",
        "الجنس الإلكتروني",
        "الجنس عبر الإنترنت",
        "بالتراضي",
        "برضا",
        "علاقة",
        "علاقات",
    ],
}

# Terminology each translation must use (CONTENT.md and the Luxembourg Guidelines).
REQUIRED_TERMS = {
    "en": ["child sexual abuse material", "sextortion", "grooming", "never your fault"],
    "fr": ["matériel d'abus sexuel sur enfant", "sextorsion", "grooming", "jamais de ta faute"],
    "es": ["material de abuso sexual infantil", "sextorsión", "grooming", "nunca es tu culpa"],
    "pt_br": ["material de abuso sexual infantil", "sextorsão", "aliciamento", "nunca é sua"],
    "ar": ["مواد الاعتداء الجنسي على الأطفال", "الابتزاز الجنسي", "الاستدراج", "ليس ذنبك"],
}


def content(language):
    return importlib.import_module(f"home.demo_data.content_{language}")


def strings(value):
    """Every string in a value, however deeply nested."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def shape(value):
    """The structure of a value with its words removed: keys, block types and list lengths."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, tuple):
        block_type, block_value = value
        return (block_type, shape(block_value) if block_type != "heading" else "text")
    if isinstance(value, list):
        return [shape(item) for item in value]
    if isinstance(value, str):
        return "text"
    return value


def bodies(module):
    """(where, body) for every StreamField body in one language's content."""
    for slug, audience in module.AUDIENCES.items():
        yield f"audience {slug}", audience["body"]
        for band, section in audience["age_bands"].items():
            yield f"audience {slug} {band}", section["body"]
    for slug, guide in module.GUIDES.items():
        yield f"guide {slug}", guide["body"]
    for slug, resource in module.RESOURCES.items():
        yield f"resource {slug}", resource["body"]


def rich_texts(body):
    for block_type, value in body:
        if block_type == "paragraph":
            yield value
        elif block_type == "faq":
            yield from (item["answer"] for item in value["items"])


def words(value):
    return len(re.sub(r"<[^>]+>", " ", " ".join(strings(value))).split())


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, [name for name, _value in attrs]))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_same_pages_blocks_and_list_lengths(language):
    english, translation = content("en"), content(language)
    for name in NAMES:
        assert shape(getattr(translation, name)) == shape(getattr(english, name)), name


@pytest.mark.parametrize("language", LANGUAGES)
def test_blocks_are_valid_and_fit_their_fields(language):
    for where, body in bodies(content(language)):
        assert body, where
        for block_type, value in body:
            assert block_type in BLOCK_TYPES, (where, block_type)
            if block_type == "heading":
                assert 0 < len(value) <= 120, (where, value)
            elif block_type == "paragraph":
                assert value.startswith("<") and value.endswith(">"), (where, value)
            elif block_type == "steps":
                assert value["title"] and len(value["title"]) <= 120, where
                assert value["steps"] and all(0 < len(step) <= 400 for step in value["steps"])
            elif block_type == "warning_signs":
                assert value["title"] and len(value["title"]) <= 120, where
                assert value["signs"] and all(0 < len(sign) <= 400 for sign in value["signs"])
            elif block_type == "faq":
                assert value["title"] and len(value["title"]) <= 120, where
                assert all(0 < len(item["question"]) <= 250 for item in value["items"]), where
            elif block_type == "callout":
                assert value["kind"] in CALLOUT_KINDS, where
                assert 0 < len(value["title"]) <= 120 and 0 < len(value["text"]) <= 800, where


@pytest.mark.parametrize("language", LANGUAGES)
def test_rich_text_uses_only_the_editor_features(language):
    for where, body in bodies(content(language)):
        for html in rich_texts(body):
            parser = TagCollector()
            parser.feed(html)
            parser.close()
            for tag, attributes in parser.tags:
                assert tag in ALLOWED_TAGS, (where, tag)
                assert set(attributes) <= ({"href"} if tag == "a" else set()), (where, tag)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_discouraged_terms_anywhere(language):
    module = content(language)
    text = " ".join(" ".join(strings(getattr(module, name))) for name in NAMES).casefold()
    for term in EVERY_LANGUAGE + DISCOURAGED[language]:
        assert term.casefold() not in text, (language, term)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_uses_the_recommended_terminology(language):
    module = content(language)
    text = " ".join(" ".join(strings(getattr(module, name))) for name in NAMES).casefold()
    for term in REQUIRED_TERMS[language]:
        assert term.casefold() in text, (language, term)


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_fields_fit_their_columns(language):
    module = content(language)
    assert len(module.HOME["intro"]) <= 300
    for group in (module.AUDIENCES, module.TOPICS):
        assert all(len(item["intro"]) <= 300 for item in group.values())
    for group in (module.GUIDES, module.RESOURCES):
        assert all(len(item["summary"]) <= 300 for item in group.values())
    pages = [
        module.HOME,
        module.HELP_PAGE,
        *module.AUDIENCES.values(),
        *module.TOPICS.values(),
        *module.GUIDES.values(),
        *module.RESOURCES.values(),
    ]
    assert all(0 < len(page["title"]) <= 120 for page in pages)


def test_every_audience_topic_and_age_band_is_present():
    english = content("en")
    assert set(english.AUDIENCES) == set(structure.AUDIENCE_SLUGS)
    assert set(english.TOPICS) == set(structure.TOPIC_SLUGS)
    assert set(english.AUDIENCES["young-people"]["age_bands"]) == set(structure.AGE_BANDS)
    for slug in ("parents", "teachers"):
        assert english.AUDIENCES[slug]["age_bands"] == {}


def test_guides_cover_every_topic_and_audience_and_link_to_existing_guides():
    english = content("en")
    assert set(structure.GUIDE_META) == set(english.GUIDES)
    assert len(english.GUIDES) >= 8
    covered_topics, covered_audiences = set(), set()
    for slug, meta in structure.GUIDE_META.items():
        assert meta["audiences"] and set(meta["audiences"]) <= set(structure.AUDIENCE_SLUGS)
        assert meta["topics"] and set(meta["topics"]) <= set(structure.TOPIC_SLUGS)
        assert set(meta["age_bands"]) <= set(structure.AGE_BANDS)
        assert bool(meta["age_bands"]) == ("young-people" in meta["audiences"]), slug
        assert isinstance(meta["featured"], bool)
        assert meta["related"] and set(meta["related"]) <= set(structure.GUIDE_META), slug
        assert slug not in meta["related"]
        covered_topics.update(meta["topics"])
        covered_audiences.update(meta["audiences"])
    assert covered_topics == set(structure.TOPIC_SLUGS)
    assert covered_audiences == set(structure.AUDIENCE_SLUGS)


def test_guides_are_substantial_and_point_to_help():
    for slug, guide in content("en").GUIDES.items():
        body = guide["body"]
        assert 6 <= len(body) <= 12, slug
        assert 300 <= words(body) <= 700, (slug, words(body))
        types = [block_type for block_type, _value in body]
        assert "steps" in types, slug
        faqs = [value for block_type, value in body if block_type == "faq"]
        assert len(faqs) == 1 and 2 <= len(faqs[0]["items"]) <= 4, slug
        assert any(t == "callout" and v["kind"] == "help" for t, v in body), slug


def test_teacher_resources_are_printable_lesson_outlines():
    english = content("en")
    assert set(structure.RESOURCE_META) == set(english.RESOURCES)
    assert len({resource["age_band"] for resource in english.RESOURCES.values()}) >= 2
    for slug, resource in english.RESOURCES.items():
        assert structure.RESOURCE_META[slug]["audience"] == "teachers"
        assert resource["age_band"] in structure.AGE_BANDS
        assert 8 <= len(resource["document_text"]) <= 15, slug
        assert resource["document_title"]
        step_titles = [v["title"] for t, v in resource["body"] if t == "steps"]
        assert "Discussion prompts" in step_titles and "Safeguarding-lead procedure" in step_titles
        assert any(t == "callout" and v["kind"] == "safety" for t, v in resource["body"])


def test_every_service_has_metadata_and_is_marked_as_an_example():
    english = content("en")
    assert set(structure.SERVICE_META) == set(english.SERVICES)
    countries = {meta["country"] for meta in structure.SERVICE_META.values()}
    assert {"GB", "US", "BR", "FR", "ES", "JO", ""} <= countries
    for key, meta in structure.SERVICE_META.items():
        assert meta["example"] is True, key
        assert meta["kind"] in structure.SERVICE_KINDS, key
        assert re.fullmatch(r"[A-Z]{2}|", meta["country"]), key
        assert re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/[^\s\"'<>]*", meta["url"]), key
        assert meta["last_verified"] == "2026-11-01"
        assert meta["languages"] and isinstance(meta["anonymous"], bool)
        assert all(re.fullmatch(r"[a-z]{2}(-[A-Z]{2})?", code) for code in meta["languages"])
        assert re.fullmatch(r"[0-9 ]*", meta["phone"]), key
    global_kinds = {meta["kind"] for meta in structure.SERVICE_META.values() if not meta["country"]}
    assert {"hotline", "helpline", "removal", "perpetrator-help"} <= global_kinds


def test_services_are_named_and_described_in_every_language():
    for language in LANGUAGES:
        for key, service in content(language).SERVICES.items():
            assert service["name"] and service["description"] and service["hours"], (language, key)
