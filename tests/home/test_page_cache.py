"""Anonymous visitors get pages from the cache; publishing anything makes it stale."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from home.models import GuidePage, SupportService


@pytest.fixture(autouse=True)
def _cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def test_second_anonymous_visit_is_served_from_the_cache(
    client, guidance, django_assert_max_num_queries
):
    first = client.get("/en/guides/talking/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_max_num_queries(1):  # the published-content version, nothing else
        second = client.get("/en/guides/talking/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Content-Security-Policy" in second and not second.cookies


def test_publishing_a_page_makes_the_cached_copies_stale(client, guidance):
    client.get("/en/")
    guide = GuidePage.objects.get(locale__language_code="en", slug="talking")
    guide.title = "A clearer title"
    guide.save_revision().publish()
    response = client.get("/en/")
    assert response["X-Page-Cache"] == "miss"
    assert "A clearer title" in response.content.decode()


def test_unpublishing_removes_the_page_from_listings_at_once(client, guidance):
    assert "EN Talking with your child" in client.get("/en/").content.decode()
    GuidePage.objects.get(locale__language_code="en", slug="talking").unpublish()
    assert "EN Talking with your child" not in client.get("/en/").content.decode()
    assert client.get("/en/guides/talking/").status_code == 404


def test_changing_a_support_service_refreshes_the_help_page(client, guidance):
    assert "EN UK hotline" in client.get("/en/help/?country=GB").content.decode()
    service = SupportService.objects.get(locale__language_code="en", country="GB")
    service.name = "Renamed hotline"
    service.save()
    assert "Renamed hotline" in client.get("/en/help/?country=GB").content.decode()


def test_campaign_parameters_share_the_cached_page(client, guidance):
    client.get("/en/parents/")
    response = client.get("/en/parents/?utm_source=poster&utm_campaign=autumn")
    assert response["X-Page-Cache"] == "hit"


def test_unknown_parameters_are_never_stored(client, guidance):
    for value in ("1", "2"):
        response = client.get(f"/en/parents/?random={value}")
        assert "X-Page-Cache" not in response
    for junk in ("ZZ", "zz", "GB%00", "x" * 50):
        for _ in range(2):
            response = client.get(f"/en/help/?country={junk}")
            assert response.status_code == 200 and "X-Page-Cache" not in response
    client.get("/en/help/?country=GB")
    assert client.get("/en/help/?country=GB")["X-Page-Cache"] == "hit"
    client.get("/en/guides/?audience=robots")
    assert "X-Page-Cache" not in client.get("/en/guides/?audience=robots")


def test_signed_in_editors_never_get_or_fill_the_cache(guidance):
    user = get_user_model().objects.create_user(email="editor@example.org", password="x" * 16)
    editor = Client()
    editor.force_login(user)
    response = editor.get("/en/guides/report/")
    assert response.status_code == 200 and "X-Page-Cache" not in response
    assert Client().get("/en/guides/report/")["X-Page-Cache"] == "miss"


def test_the_cache_can_be_turned_off(client, guidance, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/en/")
    assert "X-Page-Cache" not in client.get("/en/")


def test_country_from_a_trusted_proxy_header_gets_its_own_copy(client, guidance, settings):
    settings.REACH_COUNTRY_HEADER = "X-Country"
    brazil = client.get("/en/help/", headers={"X-Country": "BR"}).content.decode()
    britain = client.get("/en/help/", headers={"X-Country": "GB"}).content.decode()
    assert "EN Brazil hotline" in brazil and "EN UK hotline" not in brazil
    assert "EN UK hotline" in britain and "EN Brazil hotline" not in britain


def test_a_publish_in_another_process_is_seen_within_a_second(client, guidance, monkeypatch):
    import time

    from django.db.models import F

    from home import page_cache
    from home.models import PublishedContentVersion

    client.get("/en/parents/")
    # Another web process publishes: the row changes, this process's memory does not.
    PublishedContentVersion.objects.filter(pk=1).update(version=F("version") + 1)
    assert client.get("/en/parents/")["X-Page-Cache"] == "hit"
    later = time.monotonic() + page_cache.LOCAL_VERSION_SECONDS + 0.1
    monkeypatch.setattr(page_cache.time, "monotonic", lambda: later)
    assert client.get("/en/parents/")["X-Page-Cache"] == "miss"
