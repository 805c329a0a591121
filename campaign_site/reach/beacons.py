"""Reading a beacon (or the no-script image's query) into a Hit, refusing anything not sent by
one of our own pages. Raises InvalidBeacon for a 400; returns None for a visit not counted."""

import re
import threading
import time
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.http.request import split_domain_port
from django.utils import timezone

from . import classification, visitors
from .hits import Hit
from .models import Campaign, EventKind
from .pages import beacon_signature, page_dimensions

MAX_BODY_BYTES = 2048
MAX_FIELD_LENGTH = 64
ALLOWED_FIELDS = frozenset({"v", "p", "l", "s", "a", "t", "r", "us", "um", "uc"})
LANGUAGE_CODES = frozenset(code for code, _name in settings.LANGUAGES)
_PAGE_ID = re.compile(r"^[1-9][0-9]{0,11}$")
_SIGNATURE = re.compile(r"^[0-9a-f]{16}$")
_SLUG = re.compile(r"^[a-z0-9-]{1,40}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
CAMPAIGN_CACHE_SECONDS = 300


class InvalidBeacon(Exception):
    """The beacon is malformed, oversized or forged: answer 400 and count nothing."""


_campaigns: dict = {"expires": 0.0, "slugs": frozenset()}
_campaigns_lock = threading.Lock()


def known_campaigns() -> frozenset[str]:
    now = time.monotonic()
    if _campaigns["expires"] > now:
        return _campaigns["slugs"]
    with _campaigns_lock:
        slugs = frozenset(Campaign.objects.values_list("slug", flat=True))
        _campaigns.update(expires=now + CAMPAIGN_CACHE_SECONDS, slugs=slugs)
        return slugs


def forget_campaigns():
    _campaigns["expires"] = 0.0


def parse_fields(raw: str) -> dict[str, str]:
    try:
        parsed = parse_qs(
            raw,
            keep_blank_values=True,
            strict_parsing=bool(raw),
            max_num_fields=len(ALLOWED_FIELDS),
            errors="strict",
        )
    except (ValueError, UnicodeDecodeError) as error:
        raise InvalidBeacon("malformed fields") from error
    if set(parsed) - ALLOWED_FIELDS:
        raise InvalidBeacon("unknown fields")
    if any(len(values) != 1 for values in parsed.values()):
        raise InvalidBeacon("repeated field")
    return {name: values[0] for name, values in parsed.items()}


def _utm(value: str) -> str:
    value = value.strip().lower()
    if len(value) > MAX_FIELD_LENGTH or _CONTROL.search(value):
        raise InvalidBeacon("bad campaign parameter")
    return value


def site_host(request) -> str:
    host, _port = split_domain_port(request.get_host())
    return host


def check_same_site(request):
    """Browsers mark requests another site started; a beacon only ever comes from our pages."""
    if request.META.get("HTTP_SEC_FETCH_SITE", "") == "cross-site":
        raise InvalidBeacon("cross-site request")
    origin = request.META.get("HTTP_ORIGIN", "")
    if origin and origin != "null":
        origin_host, _port = split_domain_port(urlsplit(origin).netloc)
        if origin_host != site_host(request):
            raise InvalidBeacon("foreign origin")


def utm_from_referer(request) -> dict[str, str]:
    """The no-script image is requested by our own page: its address holds the UTM values."""
    referer = request.META.get("HTTP_REFERER", "")
    parts = urlsplit(referer[:2048])
    host, _port = split_domain_port(parts.netloc)
    if not referer or host != site_host(request):
        return {}
    query = parse_qs(parts.query, max_num_fields=50)
    return {
        short: query[f"utm_{name}"][0][:MAX_FIELD_LENGTH]
        for short, name in (("us", "source"), ("um", "medium"), ("uc", "campaign"))
        if query.get(f"utm_{name}")
    }


def hit_from_fields(request, fields: dict[str, str]) -> Hit | None:
    """Validate every field, then derive what the server decides itself. None: not counted."""
    page_id, locale, signature = fields.get("p", ""), fields.get("l", ""), fields.get("s", "")
    if not _PAGE_ID.match(page_id) or locale not in LANGUAGE_CODES:
        raise InvalidBeacon("bad page or language")
    if not _SIGNATURE.match(signature) or signature != beacon_signature(int(page_id), locale):
        raise InvalidBeacon("signature does not match")
    for name in ("a", "t"):
        if fields.get(name) and not _SLUG.match(fields[name]):
            raise InvalidBeacon("bad audience or topic")
    referrer = classification.clean_hostname(fields.get("r", "")[:253])
    if referrer is None:
        raise InvalidBeacon("bad referrer")
    utm_source, utm_medium, utm_campaign = (_utm(fields.get(k, "")) for k in ("us", "um", "uc"))

    user_agent = request.META.get("HTTP_USER_AGENT", "")
    if classification.is_bot(user_agent):
        return None
    page = page_dimensions(int(page_id))
    if page is None:
        return None  # unknown, unpublished or deleted page: ignored
    if page.locale != locale:
        raise InvalidBeacon("language does not match the page")
    for name, expected in (("a", page.audience), ("t", page.topic)):
        if name in fields and fields[name] != expected:
            raise InvalidBeacon("audience or topic does not match the page")

    day = timezone.localdate()
    site = site_host(request)
    visitor = visitors.visitor_hash(
        day=day, address=visitors.client_address(request), user_agent=user_agent, site=site
    )
    country = visitors.client_country(request)
    if page.coarse:
        return Hit(
            day=day,
            kind=EventKind.PAGE_VIEW,
            visitor=visitor,
            locale=locale,
            country=country,
            coarse=True,
            page_type=page.page_type,
        )
    return Hit(
        day=day,
        kind=EventKind.PAGE_VIEW,
        visitor=visitor,
        locale=locale,
        country=country,
        page_key=page.page_key,
        page_type=page.page_type,
        audience=page.audience,
        topic=page.topic,
        channel=classification.channel_for(
            referrer_domain=referrer,
            site_host=site,
            utm_source=utm_source,
            utm_medium=utm_medium,
            utm_campaign=utm_campaign,
        ),
        campaign=utm_campaign if utm_campaign in known_campaigns() else "",
        device=classification.device_class(user_agent),
        referrer_domain="" if referrer == site else referrer,
        utm_source=utm_source,
        utm_medium=utm_medium,
        utm_campaign=utm_campaign,
    )


def read_beacon_body(request) -> str:
    """The POST body, refused unread when it says it is larger than a beacon can be."""
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError as error:
        raise InvalidBeacon("bad length") from error
    if declared > MAX_BODY_BYTES:
        raise InvalidBeacon("too large")
    content_type = request.META.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
    if content_type not in ("application/x-www-form-urlencoded", "text/plain"):
        raise InvalidBeacon("unexpected content type")
    body = request.read(MAX_BODY_BYTES + 1)
    if len(body) > MAX_BODY_BYTES:
        raise InvalidBeacon("too large")
    try:
        return body.decode("ascii")  # URL-encoded form data is plain ASCII
    except UnicodeDecodeError as error:
        raise InvalidBeacon("not URL-encoded") from error
