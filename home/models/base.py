"""What every public page of the awareness site shares."""

from ..taxonomy import reach_dimensions

# Campaign links carry these; they never change what a page shows, so they never split the cache.
TRACKING_QUERY_PARAMS = frozenset(
    {
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_term",
        "utm_content",
        "fbclid",
        "gclid",
        "mc_cid",
        "mc_eid",
    }
)


class CampaignPageMixin:
    """Reach dimensions, navigation context, canonical URL and the anonymous page cache.

    Put it before `Page` in the bases: `class GuidePage(CampaignPageMixin, Page)`.
    """

    # Query parameters that change what the page shows; others make the response uncacheable.
    cache_query_params: tuple[str, ...] = ()
    # Open Graph type of the page.
    og_type = "website"

    def reach_dimensions(self) -> dict:
        """{"audience": slug or "", "topic": slug or "", "coarse": bool} for the reach beacon."""
        return reach_dimensions()

    def social_description(self) -> str:
        return self.search_description or getattr(self, "intro", "") or ""

    def canonical_page(self):
        """The page search engines should index: an alias points at the page it copies."""
        if getattr(self, "alias_of_id", None):
            return self.alias_of
        return self

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = selectors.site_sections(locale_id=self.locale_id)
        context["crumbs"] = selectors.breadcrumbs(page=self)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        response.cacheable_for_anonymous = (
            not getattr(request, "is_preview", False)
            and request.method in ("GET", "HEAD")
            and set(request.GET) - TRACKING_QUERY_PARAMS <= set(self.cache_query_params)
            and self.cacheable_query_values(request)
        )
        return response

    def cacheable_query_values(self, request) -> bool:
        """Whether the values of `cache_query_params` are ones worth a cache entry; junk values
        are answered but never stored, so random URLs cannot fill the cache."""
        return True

    def get_sitemap_urls(self, request=None):
        # Aliases show another page's text; the sitemap lists that page instead.
        if getattr(self, "alias_of_id", None):
            return []
        return super().get_sitemap_urls(request)
