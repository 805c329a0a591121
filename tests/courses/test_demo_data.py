"""The demo course content: the same courses in every language, well-formed lessons and quizzes,
and wording that follows the content guidelines."""

import codecs
import importlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from courses.demo_data import structure

LANGUAGES = ["en", "fr", "es"]
CONTENT = {code: importlib.import_module(f"courses.demo_data.content_{code}") for code in LANGUAGES}
DATA_DIR = Path(structure.__file__).parent

ROLES = {"police", "prosecutor", "judge", "other-justice", "educator", "social-worker", "other"}
BLOCK_TYPES = {"heading", "paragraph", "key_points", "case_scenario", "checklist", "self_check"}
ALLOWED_TAGS = {"p", "a", "strong", "em", "ul", "ol", "li"}
# How each language labels a case scenario as fictional.
FICTIONAL = {
    "en": "fictional and composite",
    "fr": "fictif et composite",
    "es": "ficticio y compuesto",
}

# The discouraged terms are kept ROT13-encoded so the repository never spells them out.
_ENCODED_TERMS = {
    "all": ["cbea", "plorefrk", "pvorefrkb", "frk gbhevf", "frkr gbhevf", "ghevfzb frkhny"]
    + ["gbhevfzr frkhry"],
    "en": ["cebfgvghgr", "puvyq cebfgvghgvba", "whiravyr cebfgvghgvba", "puvyq frk jbexre"]
    + ["pbafrafhny", "frkgvat tbar jebat", "eryngvbafuvc", "nssnve"],
    "fr": ["cebfgvghé", "cebfgvghgvba vasnagvyr", "cebfgvghgvba rasnagvar", "pbafrafhry"]
    + ["cebfgvghgvba qrf zvarhef", "pbafragvr", "eryngvba nzbherhfr", "yvnvfba nzbherhfr"]
    + ["niragher", "zny gbheaé"],
    "es": ["cebfgvghgn", "cebfgvghgb", "cebfgvghpvóa vasnagvy", "cebfgvghpvóa qr zraberf"]
    + ["pbafrafhnqb", "pbafrafhny", "pbafragvqb", "erynpvóa fragvzragny", "erynpvóa nzbebfn"]
    + ["niraghen", "abivnmtb", "fnyvó zny"],
}
DISCOURAGED = {
    code: [codecs.decode(term, "rot13") for term in _ENCODED_TERMS["all"] + _ENCODED_TERMS[code]]
    for code in LANGUAGES
}


def _lessons(courses):
    for course_slug, course in courses.items():
        for module in course["modules"]:
            for lesson in module["lessons"]:
                yield course_slug, module, lesson


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _shape(value):
    """Everything that must match across languages: keys, lengths, slugs, kinds, flags, marks."""
    if isinstance(value, dict):
        return {
            key: (item if key in {"slug", "kind", "correct", "pass_mark"} else _shape(item))
            for key, item in value.items()
        }
    if isinstance(value, tuple):
        return (value[0], _shape(value[1]))
    if isinstance(value, list):
        return [_shape(item) for item in value]
    if isinstance(value, str):
        return "text" if value else "empty"
    return type(value).__name__


class _TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.problems = []
        self.open = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}>")
        names = [name for name, _ in attrs]
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if names != ["href"] or not href.startswith("https://"):
                self.problems.append(f"link {attrs}")
        elif names:
            self.problems.append(f"attributes on <{tag}>")
        self.open.append(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open.pop() != tag:
            self.problems.append(f"unbalanced </{tag}>")


def _html_problems(html):
    collector = _TagCollector()
    collector.feed(html)
    collector.close()
    if collector.open:
        collector.problems.append(f"unclosed {collector.open}")
    if not re.match(r"<(p|ul|ol)>", html):
        collector.problems.append("does not start with <p>, <ul> or <ol>")
    return collector.problems


def _words(text):
    return len(re.sub(r"<[^>]+>", " ", text).split())


def test_every_course_has_settings_and_every_setting_has_a_course():
    for code in LANGUAGES:
        assert set(CONTENT[code].COURSES) == set(structure.COURSE_META), code
    orders = [meta["order"] for meta in structure.COURSE_META.values()]
    assert len(set(orders)) == len(orders)
    for slug, meta in structure.COURSE_META.items():
        assert meta["roles"] and set(meta["roles"]) <= ROLES, slug
        assert isinstance(meta["restricted"], bool)
        assert meta["validity_months"] == (36 if meta["restricted"] else 24), slug
        assert 30 <= meta["duration_minutes"] <= 240, slug


def test_the_core_course_is_open_to_every_role_and_the_others_are_restricted():
    core = structure.COURSE_META["understanding-ocsea"]
    assert not core["restricted"] and set(core["roles"]) == ROLES
    assert structure.COURSE_META["police-investigation"]["roles"] == ["police"]
    assert structure.COURSE_META["prosecution"]["roles"] == ["prosecutor"]
    assert structure.COURSE_META["judiciary"]["roles"] == ["judge"]
    assert all(
        structure.COURSE_META[slug]["restricted"]
        for slug in structure.COURSE_META
        if slug != "understanding-ocsea"
    )


@pytest.mark.parametrize("code", ["fr", "es"])
def test_translations_have_the_same_structure_and_correct_answers_as_english(code):
    assert _shape(CONTENT[code].COURSE_INDEX) == _shape(CONTENT["en"].COURSE_INDEX)
    assert _shape(CONTENT[code].COURSES) == _shape(CONTENT["en"].COURSES)


@pytest.mark.parametrize("code", ["fr", "es"])
def test_translations_are_translated_not_copied(code):
    english = set(_strings(CONTENT["en"].COURSES))
    copied = [
        text for text in _strings(CONTENT[code].COURSES) if text in english and len(text) > 30
    ]
    assert copied == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_courses_have_three_modules_of_two_lessons(code):
    for slug, course in CONTENT[code].COURSES.items():
        assert len(course["modules"]) == 3, slug
        assert all(len(module["lessons"]) == 2 for module in course["modules"]), slug
        assert len(course["outcomes"]) >= 3, slug
        assert course["wellbeing_text"].strip(), slug
        slugs = [module["slug"] for module in course["modules"]]
        assert len(set(slugs)) == len(slugs), slug


@pytest.mark.parametrize("code", LANGUAGES)
def test_lesson_blocks_are_valid(code):
    for course_slug, _module, lesson in _lessons(CONTENT[code].COURSES):
        where = f"{code} {course_slug}/{lesson['slug']}"
        body = lesson["body"]
        assert 4 <= len(body) <= 8, where
        kinds = [kind for kind, _ in body]
        assert set(kinds) <= BLOCK_TYPES, where
        assert kinds.count("self_check") == 1, where
        assert {"key_points", "checklist"} & set(kinds), where
        for kind, value in body:
            if kind == "heading":
                assert isinstance(value, str) and value and "<" not in value, where
            elif kind == "paragraph":
                assert _html_problems(value) == [], where
            elif kind == "case_scenario":
                assert set(value) == {"title", "text"} and value["title"], where
                assert _html_problems(value["text"]) == [], where
                assert FICTIONAL[code] in value["text"], where
            elif kind in {"key_points", "checklist"}:
                items = value["points" if kind == "key_points" else "items"]
                assert value["title"] and len(items) >= 3 and all(items), where
            else:
                assert value["question"], where
                assert any(option["correct"] for option in value["options"]), where
                assert all(option["text"] and option["feedback"] for option in value["options"])


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_course_has_a_fictional_case_scenario(code):
    for slug, course in CONTENT[code].COURSES.items():
        kinds = [
            kind
            for module in course["modules"]
            for lesson in module["lessons"]
            for kind, _ in lesson["body"]
        ]
        assert "case_scenario" in kinds, slug


def test_english_lessons_are_substantive_but_short():
    for course_slug, _module, lesson in _lessons(CONTENT["en"].COURSES):
        words = 0
        for _kind, value in lesson["body"]:
            words += sum(_words(text) for text in _strings(value))
        assert 250 <= words <= 500, f"{course_slug}/{lesson['slug']}: {words} words"


@pytest.mark.parametrize("code", LANGUAGES)
def test_quizzes_are_real_and_gradable(code):
    for slug, course in CONTENT[code].COURSES.items():
        for module in course["modules"]:
            quiz = module["quiz"]
            where = f"{code} {slug}/{module['slug']}"
            assert quiz["title"], where
            assert quiz["pass_mark"] in {70, 80}, where
            assert 4 <= len(quiz["questions"]) <= 5, where
            assert {question["kind"] for question in quiz["questions"]} == {"single", "multiple"}
            for question in quiz["questions"]:
                correct = [option for option in question["options"] if option["correct"]]
                assert question["text"] and len(question["options"]) >= 3, where
                assert all(option["text"] and option["feedback"] for option in question["options"])
                if question["kind"] == "single":
                    assert len(correct) == 1, f"{where}: {question['text']}"
                else:
                    assert len(correct) >= 1, f"{where}: {question['text']}"


# The longest text each field of the course pages and blocks accepts.
FIELD_LIMITS = {
    "course title": 255,
    "course summary": 1000,
    "outcome": 300,
    "module or lesson title": 255,
    "module summary": 1000,
    "content note": 400,
    "key points title": 120,
    "block title": 160,
    "list item": 400,
    "self-check question": 400,
    "quiz question": 600,
    "answer": 400,
    "feedback": 600,
}


def _fields(course):
    yield "course title", course["title"]
    yield "course summary", course["summary"]
    for outcome in course["outcomes"]:
        yield "outcome", outcome
    for module in course["modules"]:
        yield "module or lesson title", module["title"]
        yield "module summary", module["summary"]
        yield "module or lesson title", module["quiz"]["title"]
        options = []
        for question in module["quiz"]["questions"]:
            yield "quiz question", question["text"]
            options += question["options"]
        for lesson in module["lessons"]:
            yield "module or lesson title", lesson["title"]
            yield "content note", lesson["content_note"]
            for kind, value in lesson["body"]:
                if kind == "key_points":
                    yield "key points title", value["title"]
                    for point in value["points"]:
                        yield "list item", point
                elif kind in {"case_scenario", "checklist"}:
                    yield "block title", value["title"]
                    for item in value.get("items", []):
                        yield "list item", item
                elif kind == "self_check":
                    yield "self-check question", value["question"]
                    options += value["options"]
        for option in options:
            yield "answer", option["text"]
            yield "feedback", option["feedback"]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_text_fits_the_field_that_stores_it(code):
    too_long = [
        (field, len(text), text[:60])
        for course in CONTENT[code].COURSES.values()
        for field, text in _fields(course)
        if len(text) > FIELD_LIMITS[field]
    ]
    assert too_long == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_lessons_with_case_scenarios_open_with_a_content_note(code):
    for course_slug, _module, lesson in _lessons(CONTENT[code].COURSES):
        if any(kind == "case_scenario" for kind, _ in lesson["body"]):
            assert lesson["content_note"], f"{code} {course_slug}/{lesson['slug']}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_discouraged_terms(code):
    # The whole file is checked, docstrings included, not only the strings the site shows.
    text = (DATA_DIR / f"content_{code}.py").read_text(encoding="utf-8").lower()
    found = [term for term in DISCOURAGED[code] if term in text]
    encoded = [codecs.encode(term, "rot13") for term in found]
    assert found == [], f"content_{code}.py uses discouraged terms (ROT13): {encoded}"


def test_no_discouraged_terms_in_the_structure_files():
    everything = {term for terms in DISCOURAGED.values() for term in terms}
    for name in ("__init__.py", "structure.py"):
        text = (DATA_DIR / name).read_text(encoding="utf-8").lower()
        assert not [term for term in everything if term in text], name
