"""sitemap.xml for every language, each page with hreflang links to its real translations."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LocalisedSitemap(Sitemap):
    """Every live, public page of every locale; aliases are left out (they copy a page)."""

    def _locale_roots_q(self) -> Q:
        site = self.get_wagtail_site()
        q = Q()
        for root in site.root_page.get_translations(inclusive=True).only("path"):
            q |= Q(path__startswith=root.path)
        return q

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(self._locale_roots_q(), alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        keys = {item.translation_key for item in self.paginator.page(page).object_list}
        alternates = self._alternates(keys)
        for url in urls:
            links = alternates.get(url["location"])
            if links and len(links) > 1:
                url["alternates"] = links
        return urls

    def _alternates(self, translation_keys) -> dict[str, list[dict]]:
        """{page URL: [{"lang_code", "location"}, …]} for every page of these groups."""
        groups = defaultdict(list)
        translations = (
            Page.objects.live()
            .public()
            .filter(translation_key__in=translation_keys, alias_of__isnull=True)
            .select_related("locale")
            .only("url_path", "translation_key", "locale__language_code")
        )
        for translation in translations:
            location = translation.get_full_url(self.request)
            if location:
                groups[translation.translation_key].append(
                    (translation.locale.language_code, location)
                )
        by_location = {}
        for links in groups.values():
            entries = [{"lang_code": code, "location": location} for code, location in links]
            default = next(
                (location for code, location in links if code == settings.LANGUAGE_CODE), None
            )
            if default:
                entries.append({"lang_code": "x-default", "location": default})
            for _code, location in links:
                by_location[location] = entries
        return by_location
