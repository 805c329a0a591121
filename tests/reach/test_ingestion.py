"""The beacon, the no-script image and short links: what is counted, what is refused."""

from urllib.parse import urlencode

import pytest
from django.utils import timezone

from campaign_site.reach import services
from campaign_site.reach.models import Campaign, TrackedLink, VisitEvent
from home.models import HomePage

from .conftest import BROWSER_UA, PHONE_UA, beacon_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def parents_page(home_pages, monkeypatch):
    monkeypatch.setattr(
        HomePage,
        "reach_dimensions",
        lambda self: {"audience": "parents", "topic": "grooming", "coarse": False},
        raising=False,
    )
    return home_pages["en"]


@pytest.fixture
def help_page(home_pages, monkeypatch):
    monkeypatch.setattr(
        HomePage,
        "reach_dimensions",
        lambda self: {"audience": "", "topic": "reporting", "coarse": True},
        raising=False,
    )
    return home_pages["fr"]


def test_a_page_view_is_counted_with_the_server_s_dimensions(parents_page, send_beacon):
    response = send_beacon(
        parents_page, a="parents", t="grooming", r="www.google.co.uk", ua=PHONE_UA
    )
    assert response.status_code == 204
    assert not response.cookies
    assert response["Cache-Control"].startswith("max-age=0")
    event = VisitEvent.objects.get()
    assert event.page_key == parents_page.translation_key
    assert (event.locale, event.audience, event.topic) == ("en", "parents", "grooming")
    assert (event.channel, event.device, event.referrer_domain) == (
        "search",
        "mobile",
        "www.google.co.uk",
    )
    assert event.day == timezone.localdate()
    assert len(event.visitor) == 32
    assert "203.0.113.7" not in str(VisitEvent.objects.values().get())


def test_translations_share_one_page_dimension(home_pages, send_beacon):
    send_beacon(home_pages["en"])
    send_beacon(home_pages["ar"])
    keys = set(VisitEvent.objects.values_list("page_key", flat=True))
    assert keys == {home_pages["en"].translation_key}
    assert set(VisitEvent.objects.values_list("locale", flat=True)) == {"en", "ar"}


def test_the_same_visitor_is_one_hash_a_day_and_another_visitor_another(parents_page, send_beacon):
    send_beacon(parents_page)
    send_beacon(parents_page)
    send_beacon(parents_page, ip="198.51.100.4")
    send_beacon(parents_page, ua=PHONE_UA)
    assert VisitEvent.objects.values("visitor").distinct().count() == 3


def test_campaign_parameters_set_channel_and_known_campaign(parents_page, send_beacon):
    Campaign.objects.create(
        slug="safer-holidays", name="Safer holidays", starts_on=timezone.localdate()
    )
    send_beacon(parents_page, us="newsletter", um="email", uc="safer-holidays")
    send_beacon(parents_page, um="qr", uc="unknown-campaign")
    first, second = VisitEvent.objects.order_by("id")
    assert (first.channel, first.campaign) == ("campaign", "safer-holidays")
    assert (second.channel, second.campaign, second.utm_campaign) == ("qr", "", "unknown-campaign")


@pytest.mark.parametrize(
    ("referrer", "channel"),
    [
        ("", "direct"),
        ("testserver", "internal"),
        ("m.facebook.com", "social"),
        ("duckduckgo.com", "search"),
        ("news.example.org", "referral"),
    ],
)
def test_channels_from_the_referring_site(parents_page, send_beacon, referrer, channel):
    send_beacon(parents_page, r=referrer)
    assert VisitEvent.objects.get().channel == channel


def test_help_pages_keep_only_day_language_and_country(help_page, send_beacon, settings):
    settings.REACH_COUNTRY_HEADER = "CF-IPCountry"
    response = send_beacon(
        help_page, r="www.google.com", us="x", um="y", uc="z", headers={"CF-IPCountry": "KE"}
    )
    assert response.status_code == 204
    event = VisitEvent.objects.get()
    assert event.coarse and event.page_key is None and event.page_type == "help"
    assert (event.locale, event.country) == ("fr", "KE")
    assert event.channel == event.referrer_domain == event.utm_source == event.device == ""


def test_country_only_from_the_configured_trusted_header(parents_page, send_beacon, settings):
    send_beacon(parents_page, headers={"CF-IPCountry": "KE"})
    settings.REACH_COUNTRY_HEADER = "CF-IPCountry"
    send_beacon(parents_page, headers={"CF-IPCountry": "ZZ"})
    send_beacon(parents_page, headers={"CF-IPCountry": "br"})
    assert list(VisitEvent.objects.order_by("id").values_list("country", flat=True)) == [
        "",
        "",
        "BR",
    ]


def test_client_address_from_the_trusted_proxy_header(parents_page, send_beacon, settings):
    settings.REACH_CLIENT_IP_HEADER = "X-Forwarded-For"
    for address in ("192.0.2.1", "192.0.2.2"):
        send_beacon(parents_page, ip="10.0.0.1", headers={"X-Forwarded-For": f"spoofed, {address}"})
    assert VisitEvent.objects.values("visitor").distinct().count() == 2


@pytest.mark.parametrize(
    "ua",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "curl/8.5.0",
        "",
        "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0 Safari/537.36",
    ],
)
def test_bots_are_not_counted(parents_page, send_beacon, ua):
    assert send_beacon(parents_page, ua=ua).status_code == 204
    assert not VisitEvent.objects.exists()


@pytest.mark.parametrize(
    "changes",
    [
        {"s": "0" * 16},  # forged signature
        {"s": None},
        {"p": "abc"},
        {"p": "-1"},
        {"l": "xx"},
        {"a": "teachers"},  # audience the page does not have
        {"t": "sexual-extortion"},
        {"a": "<script>"},
        {"r": "not a host"},
        {"r": "a" * 300},
        {"uc": "x" * 65},
        {"us": "bad\x01value"},
        {"zz": "1"},  # unknown field
    ],
)
def test_malformed_or_forged_beacons_get_400_and_change_nothing(parents_page, send_beacon, changes):
    response = send_beacon(parents_page, **changes)
    assert response.status_code == 400
    assert not VisitEvent.objects.exists()


def test_a_signature_for_another_language_is_refused(home_pages, client):
    fields = beacon_fields(home_pages["en"])
    fields["l"] = "fr"
    response = client.post(
        "/reach/beacon",
        urlencode(fields),
        content_type="application/x-www-form-urlencoded",
        headers={"User-Agent": BROWSER_UA},
    )
    assert response.status_code == 400


def test_oversized_repeated_or_wrongly_typed_bodies_are_refused(parents_page, client):
    fields = beacon_fields(parents_page)
    post = lambda body, ctype="application/x-www-form-urlencoded": client.post(  # noqa: E731
        "/reach/beacon", body, content_type=ctype, headers={"User-Agent": BROWSER_UA}
    )
    assert post(urlencode(fields) + "&r=" + "a" * 3000).status_code == 400
    assert post(urlencode(fields) + "&p=1").status_code == 400
    assert post(urlencode(fields), "application/json").status_code == 400
    assert post(b"\xff\xfe" + urlencode(fields).encode()).status_code == 400
    assert post("").status_code == 400
    assert client.get("/reach/beacon").status_code == 405
    assert post(urlencode(fields), "text/plain").status_code == 204
    assert VisitEvent.objects.count() == 1


def test_cross_site_beacons_are_refused(parents_page, send_beacon):
    assert send_beacon(parents_page, headers={"Origin": "https://evil.example"}).status_code == 400
    assert send_beacon(parents_page, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 400
    assert send_beacon(parents_page, headers={"Origin": "http://testserver"}).status_code == 204
    assert VisitEvent.objects.count() == 1


def test_unknown_and_unpublished_pages_are_ignored(parents_page, client):
    from campaign_site.reach.pages import beacon_signature

    unknown = {"p": "999999", "l": "en", "s": beacon_signature(999999, "en")}
    response = client.post(
        "/reach/beacon",
        urlencode(unknown),
        content_type="application/x-www-form-urlencoded",
        headers={"User-Agent": BROWSER_UA},
    )
    assert response.status_code == 204
    parents_page.unpublish()
    from campaign_site.reach.pages import forget_pages

    forget_pages()
    response = client.post(
        "/reach/beacon",
        urlencode(beacon_fields(parents_page)),
        content_type="application/x-www-form-urlencoded",
        headers={"User-Agent": BROWSER_UA},
    )
    assert response.status_code == 204
    assert not VisitEvent.objects.exists()


def test_each_client_is_rate_limited_without_storing_its_address(
    parents_page, send_beacon, settings
):
    settings.REACH_RATE_LIMIT_PER_MINUTE = 3
    codes = [send_beacon(parents_page).status_code for _ in range(5)]
    assert codes == [204, 204, 204, 429, 429]
    assert send_beacon(parents_page, ip="198.51.100.9").status_code == 204
    assert VisitEvent.objects.count() == 4


def test_the_no_script_image_counts_with_the_page_s_campaign(parents_page, client):
    Campaign.objects.create(slug="posters", name="Posters", starts_on=timezone.localdate())
    query = urlencode(beacon_fields(parents_page))
    response = client.get(
        f"/reach/pixel.gif?{query}",
        headers={
            "User-Agent": "Nokia6300/2.0 (05.00) Profile/MIDP-2.0 Configuration/CLDC-1.1",
            "Referer": "http://testserver/en/?utm_medium=poster&utm_campaign=posters",
        },
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert not response.cookies
    event = VisitEvent.objects.get()
    assert (event.device, event.channel, event.campaign) == ("feature-phone", "qr", "posters")
    assert client.get("/reach/pixel.gif?p=1&l=en&s=zz").status_code == 400
    assert client.get("/reach/pixel.gif?" + "x" * 2000).status_code == 400
    assert VisitEvent.objects.count() == 1


def test_every_public_page_carries_the_beacon_and_its_no_script_image(home_pages, client):
    html = client.get("/en/").content.decode()
    page = home_pages["en"]
    assert f'data-page="{page.pk}"' in html and 'data-locale="en"' in html
    assert '<noscript><img class="reach-pixel" src="/reach/pixel.gif?p=' in html
    assert "<script>" not in html


def test_the_beacon_script_is_small_and_self_contained():
    from pathlib import Path

    import campaign_site.reach as reach

    script = (Path(reach.__file__).parent / "static" / "reach" / "beacon.js").read_text()
    assert len(script.encode()) < 2048
    assert "http" not in script and "cookie" not in script.lower().replace("no cookies", "")


def test_short_link_counts_a_visit_and_redirects_with_campaign_parameters(home_pages, client):
    campaign = Campaign.objects.create(
        slug="school-posters", name="School posters", starts_on=timezone.localdate()
    )
    TrackedLink.objects.create(
        code="poster1", label="Corridor poster", target_page=home_pages["fr"], campaign=campaign
    )
    response = client.get("/go/POSTER1", headers={"User-Agent": PHONE_UA})
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/")
    assert "utm_medium=qr" in response["Location"]
    assert "utm_campaign=school-posters" in response["Location"]
    event = VisitEvent.objects.get()
    assert (event.kind, event.link, event.locale, event.campaign) == (
        "link",
        "poster1",
        "fr",
        "school-posters",
    )


def test_short_link_to_another_site_and_unknown_codes(client):
    TrackedLink.objects.create(
        code="hotline",
        label="Hotline leaflet",
        target_url="https://report.example.org/",
        locale="en",
    )
    response = client.get("/go/hotline", headers={"User-Agent": PHONE_UA})
    assert response["Location"] == "https://report.example.org/"
    # Unknown codes end on the site's own "page not found" page, in the visitor's language.
    assert client.get("/go/nope", follow=True).status_code == 404
    assert client.get("/go/" + "a" * 40, follow=True).status_code == 404
    TrackedLink.objects.filter(code="hotline").update(active=False)
    inactive = client.get("/go/hotline", headers={"User-Agent": PHONE_UA})
    assert inactive.headers["Location"] == "/en/"
    assert VisitEvent.objects.count() == 2  # the visits of the two known links


def test_purge_deletes_old_events_and_past_salts(parents_page, send_beacon, settings):
    from datetime import timedelta

    from campaign_site.reach.models import DailySalt

    send_beacon(parents_page)
    today = timezone.localdate()
    VisitEvent.objects.update(day=today - timedelta(days=31))
    DailySalt.objects.create(day=today - timedelta(days=1), salt="ab" * 32)
    result = services.purge_expired(today=today)
    assert result["events"] == 1 and result["salts"] == 1
    assert list(DailySalt.objects.values_list("day", flat=True)) == [today]


def test_a_counted_beacon_costs_one_query_once_the_page_is_known(parents_page, send_beacon):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    send_beacon(parents_page)  # looks the page, the campaigns and the day's salt up once
    with CaptureQueriesContext(connection) as queries:
        assert send_beacon(parents_page, ip="198.51.100.20").status_code == 204
    assert len(queries) == 1 and queries[0]["sql"].startswith("INSERT")
