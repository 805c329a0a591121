"""Counting the queries of a page request, the same way in every query-count test."""

from unittest import mock

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home import page_cache


def page_queries(client, path: str) -> int:
    """Queries made by a second request for `path`, the first having warmed the caches.

    Each process re-reads the published-content version at most once a second. On a loaded
    machine the warm-up and the counted request can be more than a second apart, and that
    one read would be counted on some pages and not others. Here the warm-up reads it and
    the counted request reuses it.
    """
    page_cache.forget_local_version()
    client.get(path)
    with (
        mock.patch.object(page_cache, "LOCAL_VERSION_SECONDS", 3600),
        CaptureQueriesContext(connection) as captured,
    ):
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return len(captured)
