"""What the ledger knows about a page: its translation group, language, audience and topic.

The beacon sends only the page's id; everything else is looked up here, on the server, so a
visitor cannot count a visit under another audience or topic. Lookups are kept in memory for
a few minutes because every beacon needs one.
"""

import hashlib
import hmac
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings

from .models import HELP_PAGE_TYPE

CACHE_SECONDS = 300
CACHE_SIZE = 20_000


@dataclass(frozen=True)
class PageDimensions:
    page_id: int
    page_key: uuid.UUID
    page_type: str
    locale: str
    audience: str
    topic: str
    coarse: bool


_cache: "OrderedDict[int, tuple[float, PageDimensions | None]]" = OrderedDict()
_cache_lock = threading.Lock()


def beacon_signature(page_id: int, locale: str) -> str:
    """Ties a page id to its language, so a beacon cannot claim a page it was not sent from."""
    message = f"reach-beacon:{page_id}:{locale}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:16]


def dimensions_of(page) -> PageDimensions:
    """The ledger's dimensions of a (live) page; pages without reach_dimensions get none."""
    specific = page.specific
    declared = getattr(specific, "reach_dimensions", None)
    values = declared() if callable(declared) else {}
    values = values if isinstance(values, dict) else {}
    coarse = bool(values.get("coarse", False))
    return PageDimensions(
        page_id=page.pk,
        page_key=page.translation_key,
        page_type=HELP_PAGE_TYPE if coarse else specific._meta.model_name,
        locale=page.locale.language_code,
        audience="" if coarse else str(values.get("audience") or "")[:32],
        topic="" if coarse else str(values.get("topic") or "")[:40],
        coarse=coarse,
    )


def page_dimensions(page_id: int) -> PageDimensions | None:
    """The dimensions of a live page, or None for an unknown, unpublished or deleted page."""
    now = time.monotonic()
    with _cache_lock:
        cached = _cache.get(page_id)
        if cached is not None and cached[0] > now:
            _cache.move_to_end(page_id)
            return cached[1]
    from wagtail.models import Page

    page = Page.objects.live().select_related("locale").filter(pk=page_id).first()
    found = dimensions_of(page) if page is not None else None
    with _cache_lock:
        _cache[page_id] = (now + CACHE_SECONDS, found)
        _cache.move_to_end(page_id)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return found


def forget_pages():
    with _cache_lock:
        _cache.clear()
