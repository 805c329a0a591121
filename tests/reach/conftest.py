"""Reach tests count through the database path unless a test asks for the Redis buffer."""

from urllib.parse import urlencode

import pytest
from django.core.cache import cache

from campaign_site.reach import beacons, pages, visitors
from campaign_site.reach.pages import beacon_signature

BROWSER_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Safari/537.36"
)
PHONE_UA = (
    "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Mobile Safari/537.36"
)


@pytest.fixture(autouse=True)
def database_path(settings):
    settings.REACH_BUFFER = "database"
    settings.REACH_RATE_LIMIT_PER_MINUTE = 120
    settings.REACH_CLIENT_IP_HEADER = ""
    settings.REACH_COUNTRY_HEADER = ""
    settings.REACH_SMALL_CELL_THRESHOLD = 5
    pages.forget_pages()
    beacons.forget_campaigns()
    visitors.forget_salts()
    cache.clear()
    yield
    pages.forget_pages()
    beacons.forget_campaigns()
    visitors.forget_salts()


def beacon_fields(page, **extra) -> dict:
    locale = page.locale.language_code
    fields = {"v": "1", "p": str(page.pk), "l": locale, "s": beacon_signature(page.pk, locale)}
    fields.update(extra)
    return {key: value for key, value in fields.items() if value is not None}


@pytest.fixture
def send_beacon(client):
    """POST a beacon as the script does; returns the response."""

    def send(page, *, ua=BROWSER_UA, ip="203.0.113.7", headers=None, **fields):
        return client.post(
            "/reach/beacon",
            data=urlencode(beacon_fields(page, **fields)),
            content_type="application/x-www-form-urlencoded",
            headers={"User-Agent": ua, **(headers or {})},
            REMOTE_ADDR=ip,
        )

    return send
