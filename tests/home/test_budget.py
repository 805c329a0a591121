"""A first visit to any public page transfers at most 100 KB of HTML, CSS and JavaScript."""

import gzip
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

BUDGET_BYTES = 100 * 1024
PAGES = [
    "/en/",
    "/en/parents/",
    "/en/young-people/11-13/",
    "/en/guides/extortion/",
    "/en/teachers/lesson/",
    "/en/topics/reporting/",
    "/en/guides/",
    "/en/help/",
    "/en/help/?country=BR",
    "/ar/guides/extortion/",
    "/ar/help/?country=GB",
    "/en/search/?q=report",
]
ASSET = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')


def _asset_bytes(url: str) -> bytes:
    assert url.startswith(settings.STATIC_URL), f"{url} is not served by this site"
    path = finders.find(url[len(settings.STATIC_URL) :].split("?")[0])
    assert path, f"{url} not found"
    return Path(path).read_bytes()


@pytest.mark.parametrize("path", PAGES)
def test_first_visit_stays_within_100_kb(client, guidance, path):
    html = client.get(path).content
    assets = [_asset_bytes(url) for url in ASSET.findall(html.decode())]
    uncompressed = len(html) + sum(len(asset) for asset in assets)
    # Measured without compression, stricter than what travels (pages and assets are gzipped).
    assert uncompressed <= BUDGET_BYTES, f"{path}: {uncompressed} bytes"
    compressed = len(gzip.compress(html)) + sum(len(gzip.compress(a)) for a in assets)
    assert compressed <= BUDGET_BYTES // 3


def test_every_asset_comes_from_this_site(client, guidance):
    html = client.get("/en/guides/extortion/").content.decode()
    assert ASSET.findall(html)
    assert all(url.startswith("/static/") for url in ASSET.findall(html))
