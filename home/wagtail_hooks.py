from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SupportService
from .reports import GuidesDueForReviewView
from .rich_text_links import LocalisedPageLinkHandler


class SupportServiceViewSet(SnippetViewSet):
    model = SupportService
    icon = "help"
    menu_label = _("Help directory")
    menu_name = "help-directory"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "country", "kind", "last_verified", "is_example"]
    list_filter = ["country", "kind", "is_example", "locale"]
    search_fields = ["name", "description"]
    ordering = ["country", "sort_order", "name"]


register_snippet(SupportServiceViewSet)


@hooks.register("register_rich_text_features", order=100)
def resolve_page_links_in_one_query(features):
    # After Wagtail's own handler (order 0), so this one replaces it.
    features.register_link_type(LocalisedPageLinkHandler)


@hooks.register("register_admin_urls")
def register_review_report_urls():
    return [
        path(
            "reports/guides-due-for-review/",
            GuidesDueForReviewView.as_view(),
            name="home_guides_due_for_review",
        ),
        path(
            "reports/guides-due-for-review/results/",
            GuidesDueForReviewView.as_view(results_only=True),
            name="home_guides_due_for_review_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return MenuItem(
        _("Guides due for review"),
        reverse("home_guides_due_for_review"),
        icon_name="time",
        order=690,
    )
