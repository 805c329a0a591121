"""Fixtures of the awareness site: a small guidance set loaded through the demo loader."""

from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.cache import cache

from home.demo_guidance import DemoData

PARAGRAPH = "<p>Talk calmly. <strong>It is never the child's fault.</strong></p>"


def _guide(title, summary):
    return {
        "title": title,
        "summary": summary,
        "body": [
            ("heading", "What to do now"),
            ("paragraph", PARAGRAPH),
            ("steps", {"title": "Steps", "steps": ["Stop replying.", "Keep the messages."]}),
            ("warning_signs", {"title": "Signs to notice", "signs": ["Asks to keep secrets."]}),
            (
                "faq",
                {
                    "title": "Questions",
                    "items": [{"question": "Is it my fault?", "answer": "<p>No.</p>"}],
                },
            ),
            ("callout", {"kind": "help", "title": "You are not alone", "text": "Help exists."}),
        ],
    }


def content(prefix: str) -> SimpleNamespace:
    """One language's words; `prefix` marks every string so tests can tell languages apart."""
    return SimpleNamespace(
        HOME={
            "title": f"{prefix} Keep children safe",
            "intro": f"{prefix} intro",
            "help_title": f"{prefix} Get help now",
            "help_text": f"{prefix} help text",
        },
        AUDIENCES={
            "parents": {
                "title": f"{prefix} Parents and carers",
                "intro": f"{prefix} parents",
                "body": [("paragraph", PARAGRAPH)],
            },
            "teachers": {"title": f"{prefix} Teachers", "intro": f"{prefix} teachers", "body": []},
            "young-people": {
                "title": f"{prefix} Young people",
                "intro": f"{prefix} young",
                "body": [],
                "age_bands": {
                    "11-13": {
                        "title": f"{prefix} Ages 11 to 13",
                        "body": [("paragraph", PARAGRAPH)],
                    }
                },
            },
        },
        TOPICS={
            "grooming": {"title": f"{prefix} Grooming", "intro": f"{prefix} grooming"},
            "sexual-extortion": {
                "title": f"{prefix} Sexual extortion",
                "intro": f"{prefix} extortion",
            },
            "reporting": {"title": f"{prefix} Reporting", "intro": f"{prefix} reporting"},
        },
        GUIDES={
            "talking": _guide(f"{prefix} Talking with your child", f"{prefix} open talk"),
            "extortion": _guide(
                f"{prefix} Sexual extortion: what to do",
                f"{prefix} someone threatens to share images",
            ),
            "report": _guide(f"{prefix} How to report", f"{prefix} where to report"),
        },
        RESOURCES={
            "lesson": {
                "title": f"{prefix} Lesson outline",
                "summary": f"{prefix} lesson",
                "age_band": "8-10",
                "body": [("paragraph", PARAGRAPH)],
                "document_title": f"{prefix} Lesson outline document",
                "document_text": [f"{prefix} Aim of the lesson.", "Steps."],
            }
        },
        HELP_PAGE={
            "title": f"{prefix} Report and get help",
            "intro": f"{prefix} choose",
            "fallback_text": f"{prefix} no services here yet",
        },
        SERVICES={
            "gb-hotline": {"name": f"{prefix} UK hotline", "description": "d", "hours": "h"},
            "br-hotline": {"name": f"{prefix} Brazil hotline", "description": "d", "hours": "h"},
            "global-removal": {"name": f"{prefix} Image removal", "description": "d", "hours": "h"},
        },
    )


def _service(country, kind, url, *, phone="", anonymous=True):
    return {
        "country": country,
        "kind": kind,
        "url": url,
        "phone": phone,
        "languages": ["en", "pt-br"],
        "anonymous": anonymous,
        "last_verified": "2026-11-01",
        "example": True,
    }


STRUCTURE = SimpleNamespace(
    GUIDE_META={
        "talking": {
            "audiences": ["parents"],
            "topics": ["grooming"],
            "age_bands": [],
            "featured": True,
            "related": ["report"],
        },
        "extortion": {
            "audiences": ["parents", "young-people"],
            "topics": ["sexual-extortion", "reporting"],
            "age_bands": ["11-13"],
            "featured": True,
            "related": ["report", "talking"],
        },
        "report": {
            "audiences": ["parents", "teachers", "young-people"],
            "topics": ["reporting"],
            "age_bands": ["11-13"],
            "featured": False,
            "related": [],
        },
    },
    RESOURCE_META={"lesson": {"audience": "teachers"}},
    SERVICE_META={
        "gb-hotline": _service("GB", "hotline", "https://hotline.example.org/", phone="0800 1111"),
        "br-hotline": _service("BR", "hotline", "https://hotline.example.com.br/"),
        "global-removal": _service("", "removal", "https://removal.example.org/"),
    },
)


def fixture_data(languages=("en", "fr", "ar")) -> DemoData:
    return DemoData(
        structure=STRUCTURE, content={code: content(code.upper()) for code in languages}
    )


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with no cached page and no remembered content version (a rolled-back
    test can reuse a version number that an earlier test had cached pages under)."""
    from home.page_cache import forget_local_version

    cache.clear()
    forget_local_version()
    yield
    cache.clear()
    forget_local_version()


@pytest.fixture(scope="module")
def _module_guidance(django_db_setup, django_db_blocker):
    """Loaded once per test module inside a transaction that is rolled back afterwards; each
    test still runs in its own savepoint (the `db` fixture), so tests cannot see each other."""
    from django.db import transaction

    from home.demo import load

    with django_db_blocker.unblock(), transaction.atomic():
        load(stdout=StringIO(), data=fixture_data())
        yield fixture_data()
        transaction.set_rollback(True)


@pytest.fixture
def guidance(_module_guidance, db):
    """English, French and Arabic guidance with a help directory, as the demo loader makes it."""
    return _module_guidance


@pytest.fixture
def pages(guidance):
    """{(language, key): specific page} for the fixture guidance."""
    from wagtail.models import Page

    found = {}
    for page in Page.objects.live().specific().select_related("locale"):
        found[(page.locale.language_code, page.slug)] = page
    return found
