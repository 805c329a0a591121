"""Full-page cache for anonymous visitors, made stale by any publish.

A response is stored only when a page of the awareness site marked it cacheable (see
CampaignPageMixin.serve), the request carried no session cookie and the response sets no
cookie. Keys carry the published-content version (home.models.PublishedContentVersion), so a
publish in any process makes every earlier copy unreachable in all of them.

Placed after the security and CSP middleware (their headers are added to cached responses
too) and before the session middleware (a cache hit never touches the session).
"""

import hashlib
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection

from .models import PublishedContentVersion
from .models.base import TRACKING_QUERY_PARAMS

VERSION_CACHE_KEY = "home:published-content-version"
# A shared cache keeps the version this long at most, so even a lost update (a process that
# died between commit and cache write) leaves pages stale for seconds, not hours.
VERSION_CACHE_SECONDS = 10
# Requests under these never come from a cacheable page.
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/healthz")
MAX_QUERY_LENGTH = 200
# Without a shared cache each process keeps the version this long: a publish in one web
# process reaches the others within a second, and a cache hit needs no database connection.
LOCAL_VERSION_SECONDS = 1.0
_local_version: dict = {"value": None, "read_at": 0.0}
VERSION_SQL = (
    f"SELECT version FROM {PublishedContentVersion._meta.db_table} "  # noqa: S608
    "WHERE id = 1"
)


def _cache_is_shared() -> bool:
    """Whether every web process sees the same cache (Redis, Memcached), unlike local memory."""
    return not isinstance(caches["default"], LocMemCache | DummyCache)


def current_version() -> int:
    """The published-content version: from a shared cache when there is one; otherwise from
    the database, re-read at most every LOCAL_VERSION_SECONDS by each process."""
    if _cache_is_shared():
        version = cache.get(VERSION_CACHE_KEY)
        if version is not None:
            return version
    else:
        now = time.monotonic()
        if _local_version["value"] is not None and now - _local_version["read_at"] < (
            LOCAL_VERSION_SECONDS
        ):
            return _local_version["value"]
    # Raw SQL: this runs on every anonymous request, and building the query through the ORM
    # would cost as much as the rest of a cache hit.
    with connection.cursor() as cursor:
        cursor.execute(VERSION_SQL)
        row = cursor.fetchone()
    version = row[0] if row else 0
    if _cache_is_shared():
        cache.add(VERSION_CACHE_KEY, version, timeout=VERSION_CACHE_SECONDS)
    else:
        _local_version.update(value=version, read_at=time.monotonic())
    return version


def forget_local_version() -> None:
    """This process re-reads the version on its next request (called when it publishes)."""
    _local_version["value"] = None


def remember_version(version: int) -> None:
    """Called after a bump commits, so every process switches to the new version at once
    (a shared cache) or this one does (local memory; the others within a second)."""
    forget_local_version()
    if _cache_is_shared():
        cache.set(VERSION_CACHE_KEY, version, timeout=VERSION_CACHE_SECONDS)


def _country_header_value(request) -> str:
    header = getattr(settings, "REACH_COUNTRY_HEADER", "")
    if not header:
        return ""
    value = (request.headers.get(header) or "").strip().upper()
    return value if len(value) == 2 and value.isalpha() else ""


def cache_key(request, version: int) -> str | None:
    query = sorted(
        (name, value)
        for name, values in request.GET.lists()
        if name not in TRACKING_QUERY_PARAMS
        for value in values
    )
    encoded = urlencode(query)
    if len(encoded) > MAX_QUERY_LENGTH:
        return None
    raw = "\n".join(
        [str(version), request.get_host(), request.path, encoded, _country_header_value(request)]
    )
    return "home:page:" + hashlib.sha256(raw.encode()).hexdigest()


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def _eligible(self, request) -> bool:
        return (
            getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path_info.startswith(SKIPPED_PREFIXES)
        )

    def __call__(self, request):
        if not self._eligible(request):
            return self.get_response(request)
        key = cache_key(request, current_version())
        if key is None:
            return self.get_response(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if self._storable(request, response):
            response["X-Page-Cache"] = "miss"
            cache.set(key, response, timeout=settings.PAGE_CACHE_SECONDS)
        return response

    @staticmethod
    def _storable(request, response) -> bool:
        user = getattr(request, "user", None)
        return (
            request.method == "GET"
            and getattr(response, "cacheable_for_anonymous", False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not (user is not None and user.is_authenticated)
        )
