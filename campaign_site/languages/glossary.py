"""Find discouraged terms (see DiscouragedTerm) in any text an editor saves."""

import json
import re
import unicodedata
from dataclasses import dataclass

from django.core.cache import cache
from django.db import models
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField

CACHE_KEY = "languages:glossary:v1"
# Scripts written without spaces between words: match anywhere, not at word boundaries.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class TermMatch:
    term: str
    replacement: str
    language: str
    found: str


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", strip_tags(text)).casefold()
    return re.sub(r"\s+", " ", text.replace("\u00ad", ""))


def term_pattern(term: str) -> str:
    words = []
    for word in normalise(term).split():
        stem = re.escape(word.rstrip("*"))
        words.append(stem + (r"\w*" if word.endswith("*") else ""))
    body = r"[\s\-]+".join(words)
    return body if UNSPACED.search(term) else rf"(?<!\w){body}(?!\w)"


def _compiled_terms():
    terms = cache.get(CACHE_KEY)
    if terms is None:
        from .models import DiscouragedTerm

        terms = list(DiscouragedTerm.objects.values_list("term", "replacement", "language"))
        cache.set(CACHE_KEY, terms, 300)
    return [(re.compile(term_pattern(t)), t, r, lang) for t, r, lang in terms]


def forget_cached_terms(**kwargs):
    cache.delete(CACHE_KEY)


def find_discouraged_terms(text: str) -> list[TermMatch]:
    haystack = normalise(text)
    found = []
    for pattern, term, replacement, language in _compiled_terms():
        match = pattern.search(haystack)
        if match:
            found.append(TermMatch(term, replacement, language, match.group(0)))
    return found


def _strings_in(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings_in(item)


def text_of(instance) -> str:
    """Every piece of text an editor wrote in the instance's own fields."""
    parts = []
    for field in instance._meta.concrete_fields:
        if field.name in {"url_path", "slug", "draft_title", "path", "translation_key"}:
            continue
        value = getattr(instance, field.attname, None)
        if value in (None, ""):
            continue
        if isinstance(field, StreamField):
            raw = field.get_prep_value(value)
            parts.extend(_strings_in(json.loads(raw) if isinstance(raw, str) else raw))
        elif isinstance(field, RichTextField | models.CharField | models.TextField):
            parts.append(str(value))
    return "\n".join(parts)


def discouraged_terms_in(instance) -> list[TermMatch]:
    return find_discouraged_terms(text_of(instance))
