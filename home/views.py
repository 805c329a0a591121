"""Views of the awareness site outside the page tree: search, sitemap.xml and robots.txt."""

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Locale

from . import selectors
from .sitemaps import LocalisedSitemap
from .taxonomy import Audience


def _page_number(raw: str | None) -> int:
    return int(raw) if raw and raw.isdigit() and len(raw) < 6 else 1


@require_GET
def search(request):
    """Search results for one language. The query is not logged, stored or cached."""
    locale = Locale.get_active()
    query, too_long = selectors.clean_search_query(request.GET.get("q"))
    audience = request.GET.get("audience", "")
    results = selectors.search_pages(
        query=query,
        locale_id=locale.pk,
        audience=audience,
        page_number=_page_number(request.GET.get("page")),
    )
    response = TemplateResponse(
        request,
        "home/search.html",
        {
            "query": query,
            "too_long": too_long,
            "search": results,
            "audience": results.audience,
            "audience_choices": Audience.choices,
            "sections": selectors.site_sections(locale_id=locale.pk),
        },
    )
    # Results stay out of shared caches and search engines, and the words never travel on in
    # a Referer header.
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": LocalisedSitemap})


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
    ]
    for code, _name in settings.LANGUAGES:
        lines.append(f"Disallow: /{code}/search/")
        lines.append(f"Disallow: /{code}/accounts/")
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
