"""Turns home/demo_data into pages, help-directory entries and lesson-outline documents.

English (the source language) first, then every other language the data has, each page a
Wagtail translation of its English page. Safe to run twice: a page or entry is saved, and a
revision published, only when the data differs from what the database holds; an alias made
by the locale synchronisation becomes a real translation when the data has its words.
"""

import hashlib
import importlib
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace
from typing import Any

from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from .lesson_outline_pdf import render_lesson_outline
from .models import (
    AgeBandPage,
    AgeBandTerm,
    AudiencePage,
    AudienceTerm,
    GuideIndexPage,
    GuidePage,
    HelpPage,
    ResourcePage,
    SupportService,
    TopicIndexPage,
    TopicPage,
    TopicTerm,
)
from .taxonomy import AGE_BAND_SLUGS, AUDIENCE_SLUGS, TOPIC_SLUGS

DEMO_LANGUAGES = ("en", "fr", "es", "pt-br", "ar")
LAST_REVIEWED = date(2026, 9, 15)
REVIEW_DUE = date(2027, 9, 15)
# One guide is past its review date, so the editors' report and the reminders have an example.
OVERDUE_GUIDE = ("gaming-and-chat-safety", date(2025, 9, 1), date(2026, 9, 1))
DOCUMENT_COLLECTION = "Teacher resources"
STREAM_FIELDS = {"body"}


@dataclass
class DemoData:
    structure: Any  # GUIDE_META, RESOURCE_META, SERVICE_META
    content: dict[str, Any]  # language code -> HOME, AUDIENCES, TOPICS, GUIDES, …

    @classmethod
    def from_package(cls) -> "DemoData | None":
        try:
            structure = importlib.import_module("home.demo_data.structure")
        except ModuleNotFoundError:
            return None
        content = {}
        for code in DEMO_LANGUAGES:
            name = f"home.demo_data.content_{code.replace('-', '_')}"
            try:
                content[code] = importlib.import_module(name)
            except ModuleNotFoundError:
                continue
        return cls(structure=structure, content=content) if "en" in content else None


def stream(blocks) -> list[dict]:
    """The data's (type, value) pairs as StreamField data."""
    return [{"type": block_type, "value": value} for block_type, value in blocks or []]


def _normalised(value):
    """Stream data without block ids and list-item wrappers, to compare content only."""
    if isinstance(value, list | tuple):
        return [_normalised(item) for item in value]
    if isinstance(value, dict):
        if value.get("type") == "item" and set(value) <= {"type", "value", "id"}:
            return _normalised(value["value"])
        return {key: _normalised(item) for key, item in value.items() if key != "id"}
    return value


def _get(content, name: str, default=None):
    return (
        getattr(content, name, default)
        if not isinstance(content, dict)
        else content.get(name, default)
    )


class GuidanceLoader:
    def __init__(self, *, locales, data: DemoData, stdout):
        self.locales = locales
        self.data = data
        self.stdout = stdout
        self.pages: dict[str, dict[tuple, Page]] = {}
        self.counts = {"created": 0, "updated": 0}

    # --- pages ----------------------------------------------------------------------------

    def run(self, english_home: Page) -> None:
        for code in DEMO_LANGUAGES:
            if code in self.data.content and code in self.locales:
                with translation.override(code):
                    self._load_language(code, english_home)
        self._load_services()
        self.stdout.write(
            f"Awareness site: {self.counts['created']} created, {self.counts['updated']} updated."
        )

    def _load_language(self, code: str, english_home: Page) -> None:
        content = self.data.content[code]
        structure = self.data.structure
        pages = self.pages.setdefault(code, {})
        home = (
            english_home
            if code == "en"
            else english_home.get_translation(self.locales[code]).specific
        )
        pages[("home",)] = home
        home_text = _get(content, "HOME", {})
        self._save(
            home,
            {
                key: home_text[key]
                for key in ("title", "intro", "help_title", "help_text")
                if key in home_text
            },
        )

        audiences = _get(content, "AUDIENCES", {})
        for slug in AUDIENCE_SLUGS:
            if slug not in audiences:
                continue
            text = audiences[slug]
            self._page(
                code,
                ("audience", slug),
                AudiencePage,
                ("home",),
                slug,
                {
                    "title": text["title"],
                    "audience": slug,
                    "intro": text.get("intro", ""),
                    "body": stream(text.get("body")),
                },
            )
            for band in AGE_BAND_SLUGS:
                band_text = text.get("age_bands", {}).get(band)
                if band_text and slug == "young-people":
                    self._page(
                        code,
                        ("age_band", band),
                        AgeBandPage,
                        ("audience", slug),
                        band,
                        {
                            "title": band_text["title"],
                            "age_band": band,
                            "intro": band_text.get("intro", ""),
                            "body": stream(band_text.get("body")),
                        },
                    )

        resources = _get(content, "RESOURCES", {})
        for slug, meta in _get(structure, "RESOURCE_META", {}).items():
            if slug not in resources or ("audience", meta.get("audience", "teachers")) not in pages:
                continue
            text = resources[slug]
            self._page(
                code,
                ("resource", slug),
                ResourcePage,
                ("audience", meta.get("audience", "teachers")),
                slug,
                {
                    "title": text["title"],
                    "summary": text["summary"],
                    "age_band": text["age_band"],
                    "body": stream(text.get("body")),
                    "lesson_outline": self._lesson_outline(code, slug, text),
                },
            )

        self._page(
            code,
            ("guide_index",),
            GuideIndexPage,
            ("home",),
            "guides",
            {
                "title": _("Guides"),
                "intro": _(
                    "Every guide on this site, by topic. Choose who you are to see the guides "
                    "written for you."
                ),
            },
        )
        guides = _get(content, "GUIDES", {})
        guide_meta = _get(structure, "GUIDE_META", {})
        for slug, meta in guide_meta.items():  # every guide exists before related links are set
            if slug in guides:
                self._page(
                    code,
                    ("guide", slug),
                    GuidePage,
                    ("guide_index",),
                    slug,
                    self._guide_fields(code, slug, meta, guides[slug], related=False),
                    m2m=self._guide_terms(meta),
                    save=False,
                )
        for slug, meta in guide_meta.items():
            if slug in guides:
                self._save(
                    pages[("guide", slug)],
                    self._guide_fields(code, slug, meta, guides[slug], related=True),
                    m2m=self._guide_terms(meta),
                )

        self._page(
            code,
            ("topic_index",),
            TopicIndexPage,
            ("home",),
            "topics",
            {
                "title": _("Topics"),
                "intro": _("What each kind of harm looks like, and the guides that help."),
            },
        )
        topics = _get(content, "TOPICS", {})
        for slug in TOPIC_SLUGS:
            if slug in topics:
                self._page(
                    code,
                    ("topic", slug),
                    TopicPage,
                    ("topic_index",),
                    slug,
                    {
                        "title": topics[slug]["title"],
                        "topic": slug,
                        "intro": topics[slug].get("intro", ""),
                    },
                )

        help_text = _get(content, "HELP_PAGE")
        if help_text:
            self._page(
                code,
                ("help",),
                HelpPage,
                ("home",),
                "help",
                {
                    "title": help_text["title"],
                    "intro": help_text.get("intro", ""),
                    "fallback_text": help_text.get("fallback_text", ""),
                },
            )

    def _guide_fields(self, code, slug, meta, text, *, related: bool) -> dict:
        last_reviewed, review_due = LAST_REVIEWED, REVIEW_DUE
        if slug == OVERDUE_GUIDE[0]:
            last_reviewed, review_due = OVERDUE_GUIDE[1], OVERDUE_GUIDE[2]
        body = stream(text.get("body"))
        guides = self.pages.get(code, {})
        related_ids = [
            guides[("guide", other)].pk
            for other in meta.get("related", [])
            if ("guide", other) in guides
        ]
        if related and related_ids:
            body.append(
                {
                    "type": "related_guides",
                    "value": {"title": _("Related guides"), "guides": related_ids[:6]},
                }
            )
        topics = meta.get("topics") or []
        return {
            "title": text["title"],
            "summary": text["summary"],
            "body": body,
            "main_topic": topics[0] if topics else "reporting",
            "featured": bool(meta.get("featured")),
            "last_reviewed": last_reviewed,
            "review_due": review_due,
        }

    @staticmethod
    def _guide_terms(meta) -> dict:
        topics = meta.get("topics") or []
        return {
            "audiences": (
                AudienceTerm,
                [a for a in meta.get("audiences", []) if a in AUDIENCE_SLUGS],
            ),
            "topics": (TopicTerm, [t for t in topics[1:] if t in TOPIC_SLUGS]),
            "age_bands": (
                AgeBandTerm,
                [b for b in meta.get("age_bands", []) if b in AGE_BAND_SLUGS],
            ),
        }

    def _page(
        self, code, key, model, parent_key, slug, fields, m2m=None, *, save: bool = True
    ) -> Page | None:
        """The page for `key` in this language, created if missing; saved with `fields`."""
        pages = self.pages[code]
        if key in pages:
            page = pages[key]
        elif code == "en":
            parent = pages[parent_key]
            page = model.objects.child_of(parent).filter(slug=slug).first()
            if page is None:
                page = model(slug=slug, locale=self.locales["en"], **fields)
                self._set_terms(page, m2m)
                parent.add_child(instance=page)
                page.save_revision().publish()
                self.counts["created"] += 1
        else:
            english = self.pages["en"].get(key)
            if english is None:
                return None
            page = self._translation(english, self.locales[code])
        pages[key] = page
        if save:
            self._save(page, fields, m2m)
        return page

    def _translation(self, english: Page, locale) -> Page:
        existing = english.get_translation_or_none(locale)
        if existing is not None and existing.alias_of_id:
            ConvertAliasPageAction(existing).execute(skip_permission_checks=True)
            existing = Page.objects.get(pk=existing.pk)
        if existing is None:
            existing = english.copy_for_translation(locale, copy_parents=True)
            self.counts["created"] += 1
        return existing.specific

    @staticmethod
    def _set_terms(page, m2m) -> bool:
        changed = False
        for name, (model, slugs) in (m2m or {}).items():
            current = sorted(term.pk for term in getattr(page, name).all())
            if current != sorted(slugs):
                getattr(page, name).set(list(model.objects.filter(pk__in=slugs)))
                changed = True
        return changed

    def _save(self, page: Page, fields: dict, m2m=None) -> None:
        changed = False
        for name, value in fields.items():
            if hasattr(value, "pk"):
                same = getattr(page, f"{name}_id") == value.pk
            elif name in STREAM_FIELDS:
                same = _normalised(list(getattr(page, name).raw_data)) == _normalised(value)
            else:
                same = getattr(page, name) == value
            if not same:
                setattr(page, name, value)
                changed = True
        changed = self._set_terms(page, m2m) or changed
        if changed or not page.live:
            page.save_revision().publish()
            self.counts["updated"] += 1

    # --- documents --------------------------------------------------------------------------

    def _lesson_outline(self, code: str, slug: str, text) -> Any:
        document_model = get_document_model()
        collection = Collection.objects.filter(name=DOCUMENT_COLLECTION).first()
        if collection is None:
            collection = Collection.get_first_root_node().add_child(name=DOCUMENT_COLLECTION)
        title = text.get("document_title") or text["title"]
        pdf = render_lesson_outline(
            title=title,
            paragraphs=list(text.get("document_text", [])),
            language_code=code,
            footer=_("Protect children online"),
        )
        digest = hashlib.sha1(pdf, usedforsecurity=False).hexdigest()
        document = document_model.objects.filter(collection=collection, title=title).first()
        if document is not None and document.file_hash == digest:
            return document
        if document is None:
            document = document_model(title=title, collection=collection)
        document.file.save(f"{slug}-{code}.pdf", ContentFile(pdf), save=False)
        document._set_document_file_metadata()
        document.save()
        return document

    # --- help directory ---------------------------------------------------------------------

    def _load_services(self) -> None:
        english_text = _get(self.data.content["en"], "SERVICES", {})
        for index, (key, meta) in enumerate(_get(self.data.structure, "SERVICE_META", {}).items()):
            if key not in english_text:
                continue
            synced = {
                "country": meta.get("country", ""),
                "kind": meta["kind"],
                "url": meta["url"],
                "phone": meta.get("phone", ""),
                "languages": ", ".join(meta.get("languages", [])),
                "anonymous": bool(meta.get("anonymous")),
                "last_verified": date.fromisoformat(meta["last_verified"]),
                "is_example": bool(meta.get("example", True)),
                "sort_order": (index + 1) * 10,
            }
            english = SupportService.objects.filter(
                locale=self.locales["en"],
                country=synced["country"],
                kind=synced["kind"],
                url=synced["url"],
            ).first() or SupportService(locale=self.locales["en"])
            self._save_service(english, {**synced, **self._service_text(english_text[key])})
            for code in DEMO_LANGUAGES[1:]:
                text = _get(self.data.content.get(code, SimpleNamespace()), "SERVICES", {})
                if key not in text or code not in self.locales:
                    continue
                service = english.get_translation_or_none(
                    self.locales[code]
                ) or english.copy_for_translation(self.locales[code])
                self._save_service(service, {**synced, **self._service_text(text[key])})

    @staticmethod
    def _service_text(text) -> dict:
        return {
            "name": text["name"],
            "description": text.get("description", ""),
            "hours": text.get("hours", ""),
        }

    def _save_service(self, service: SupportService, values: dict) -> None:
        new = service.pk is None
        changed = [
            name for name, value in values.items() if str(getattr(service, name)) != str(value)
        ]
        if not (new or changed):
            return
        for name, value in values.items():
            setattr(service, name, value)
        service.full_clean()
        service.save()
        self.counts["created" if new else "updated"] += 1
