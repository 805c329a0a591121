"""With a shared cache (Redis), the content version lives in the cache and a publish reaches
every process; run with REDIS_URL set (CI), skipped otherwise."""

import pytest
from django.conf import settings
from django.core.cache import caches

from home import page_cache
from home.models import GuidePage
from tests.redis_support import needs_redis

# The worker's own Redis database (see campaign_site/settings/test.py).
REDIS_URL = settings.REDIS_URL
pytestmark = needs_redis(REDIS_URL)


@pytest.fixture
def redis_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "home-test",
        }
    }
    caches._settings = None  # rebuild from the overridden settings
    caches["default"].clear()
    yield caches["default"]
    caches["default"].clear()
    caches._settings = None


def test_hits_read_the_version_from_redis_without_the_database(
    client, guidance, redis_cache, django_assert_num_queries
):
    assert page_cache._cache_is_shared()
    client.get("/en/parents/")
    with django_assert_num_queries(0):
        assert client.get("/en/parents/")["X-Page-Cache"] == "hit"


def test_publishing_reaches_the_shared_cache_after_commit(
    client, guidance, redis_cache, django_capture_on_commit_callbacks
):
    client.get("/en/")
    guide = GuidePage.objects.get(locale__language_code="en", slug="talking")
    guide.title = "Published elsewhere"
    with django_capture_on_commit_callbacks(execute=True):
        guide.save_revision().publish()
    response = client.get("/en/")
    assert response["X-Page-Cache"] == "miss"
    assert "Published elsewhere" in response.content.decode()
