"""Public endpoints: the beacon, the no-script image and short links. No cookies, no CSRF
token (nothing to protect: they only count), nothing cached, every input validated."""

import base64
from urllib.parse import urlencode, urlsplit, urlunsplit

from csp.decorators import csp_exempt
from django.http import Http404, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from . import beacons, services
from .models import TrackedLink

TRANSPARENT_GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
MAX_QUERY_BYTES = 1024


def _answer(response):
    add_never_cache_headers(response)
    return response


# Empty answers and a GIF carry no document to protect: no policy header to build each time.
@csp_exempt()
@csrf_exempt
@require_POST
def beacon(request):
    try:
        fields = beacons.parse_fields(beacons.read_beacon_body(request))
        outcome = services.record_page_view(request=request, fields=fields)
    except beacons.InvalidBeacon:
        return _answer(HttpResponseBadRequest())
    return _answer(HttpResponse(status=429 if outcome == services.LIMITED else 204))


@csp_exempt()
@require_GET
def pixel(request):
    """For browsers without JavaScript: a 1x1 image inside <noscript> on every page."""
    query = request.META.get("QUERY_STRING", "")
    try:
        if len(query) > MAX_QUERY_BYTES:
            raise beacons.InvalidBeacon("too large")
        fields = beacons.parse_fields(query)
        if not any(key in fields for key in ("us", "um", "uc")):
            fields.update(beacons.utm_from_referer(request))
        outcome = services.record_page_view(request=request, fields=fields)
    except beacons.InvalidBeacon:
        return _answer(HttpResponseBadRequest())
    status = 429 if outcome == services.LIMITED else 200
    return _answer(HttpResponse(TRANSPARENT_GIF, content_type="image/gif", status=status))


def _with_campaign_parameters(url: str, link: TrackedLink) -> str:
    parts = urlsplit(url)
    extra = {"utm_source": link.code, "utm_medium": link.channel}
    if link.campaign_id:
        extra["utm_campaign"] = link.campaign.slug
    query = f"{parts.query}&{urlencode(extra)}" if parts.query else urlencode(extra)
    return urlunsplit(parts._replace(query=query))


@require_GET
def short_link(request, code: str):
    """/go/<code>: count the visit, then send the visitor on (posters outlive pages)."""
    code = code.lower()
    if len(code) > 32:
        raise Http404
    link = (
        TrackedLink.objects.select_related("campaign", "target_page__locale")
        .filter(code=code)
        .first()
    )
    if link is None:
        raise Http404
    services.record_link_visit(request=request, link=link)
    page = link.target_page.specific if link.target_page_id else None
    if link.active and link.target_url and not page:
        destination = link.target_url
    elif link.active and page is not None and page.live:
        destination = _with_campaign_parameters(page.get_url(request=request), link)
    else:
        destination = f"/{link.locale}/" if link.locale else "/"
    return _answer(HttpResponseRedirect(destination))
