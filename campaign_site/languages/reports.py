"""Admin reports: translations older than their source, and pages with discouraged terms."""

import django_filters
from django.conf import settings
from django.db.models import F, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Locale, Page

from .glossary import discouraged_terms_in


class StaleTranslationsFilterSet(WagtailFilterSet):
    locale = django_filters.ModelChoiceFilter(
        label=_("Language"), queryset=Locale.objects.all(), field_name="locale"
    )

    class Meta:
        model = Page
        fields = ["locale"]


def stale_translations():
    """Live translations whose source page was published again after they were."""
    source_locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE)
    source_published = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__in=source_locale, live=True
    ).values("last_published_at")[:1]
    return (
        Page.objects.live()
        .filter(alias_of__isnull=True)
        .exclude(locale__in=source_locale)
        .annotate(source_published_at=Subquery(source_published))
        .filter(source_published_at__gt=F("last_published_at"))
        .select_related("locale", "content_type")
        .order_by("locale__language_code", "-source_published_at")
    )


class StaleTranslationsReportView(PageReportView):
    page_title = _("Translations to update")
    header_icon = "globe"
    results_template_name = "languages/reports/stale_translations_results.html"
    index_url_name = "languages_stale_translations"
    index_results_url_name = "languages_stale_translations_results"
    filterset_class = StaleTranslationsFilterSet
    list_export = ["title", "locale", "last_published_at", "source_published_at"]
    export_headings = {
        "locale": _("Language"),
        "last_published_at": _("Translation published"),
        "source_published_at": _("Source changed"),
    }
    any_permission_required = ["add", "change", "publish"]

    def get_queryset(self):
        return stale_translations()


def pages_with_discouraged_terms():
    """(page id, matches) for every live page whose content holds a discouraged term."""
    found = {}
    for page in Page.objects.live().specific().iterator(chunk_size=200):
        matches = discouraged_terms_in(page)
        if matches:
            found[page.pk] = matches
    return found


class DiscouragedTermsReportView(PageReportView):
    page_title = _("Pages with discouraged terms")
    header_icon = "warning"
    results_template_name = "languages/reports/discouraged_terms_results.html"
    index_url_name = "languages_discouraged_terms"
    index_results_url_name = "languages_discouraged_terms_results"
    list_export = ["title", "locale", "discouraged_terms"]
    export_headings = {"locale": _("Language"), "discouraged_terms": _("Discouraged terms")}
    any_permission_required = ["add", "change", "publish"]

    def get_queryset(self):
        self.matches = pages_with_discouraged_terms()
        return (
            Page.objects.filter(pk__in=self.matches)
            .select_related("locale", "content_type")
            .order_by("locale__language_code", "title")
        )

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            page.term_matches = self.matches.get(page.pk, [])
            page.discouraged_terms = "; ".join(
                f"{m.found} → {m.replacement}" for m in page.term_matches
            )
        return object_list
