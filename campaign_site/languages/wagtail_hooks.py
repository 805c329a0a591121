from django.contrib import messages
from django.db.models.signals import post_delete, post_save
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .glossary import discouraged_terms_in, forget_cached_terms
from .models import DiscouragedTerm
from .reports import DiscouragedTermsReportView, StaleTranslationsReportView


class DiscouragedTermViewSet(SnippetViewSet):
    model = DiscouragedTerm
    icon = "warning"
    menu_label = _("Terminology glossary")
    menu_name = "terminology"
    add_to_settings_menu = True
    list_display = ["term", "replacement", "language"]
    list_filter = ["language"]
    search_fields = ["term", "replacement"]


register_snippet(DiscouragedTermViewSet)
post_save.connect(forget_cached_terms, sender=DiscouragedTerm)
post_delete.connect(forget_cached_terms, sender=DiscouragedTerm)


def warn_about_discouraged_terms(request, instance):
    for match in discouraged_terms_in(instance):
        messages.warning(
            request,
            gettext(
                "“%(found)s” is a discouraged term (terminology guidelines): "
                "write “%(replacement)s” instead."
            )
            % {"found": match.found, "replacement": match.replacement},
        )


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def check_page_terminology(request, page):
    warn_about_discouraged_terms(request, page.specific)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def check_snippet_terminology(request, instance):
    warn_about_discouraged_terms(request, instance)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/translations-to-update/",
            StaleTranslationsReportView.as_view(),
            name="languages_stale_translations",
        ),
        path(
            "reports/translations-to-update/results/",
            StaleTranslationsReportView.as_view(results_only=True),
            name="languages_stale_translations_results",
        ),
        path(
            "reports/discouraged-terms/",
            DiscouragedTermsReportView.as_view(),
            name="languages_discouraged_terms",
        ),
        path(
            "reports/discouraged-terms/results/",
            DiscouragedTermsReportView.as_view(results_only=True),
            name="languages_discouraged_terms_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_stale_translations_menu_item():
    return MenuItem(
        _("Translations to update"),
        reverse("languages_stale_translations"),
        icon_name="globe",
        order=700,
    )


@hooks.register("register_reports_menu_item")
def register_discouraged_terms_menu_item():
    return MenuItem(
        _("Discouraged terms"),
        reverse("languages_discouraged_terms"),
        icon_name="warning",
        order=710,
    )
