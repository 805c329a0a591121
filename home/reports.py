"""Admin report: guides whose review date has come, with the editor responsible."""

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Locale

from .models import GuidePage


def _editors_with_guides(request):
    return (
        get_user_model()
        .objects.filter(
            Q(pk__in=GuidePage.objects.values("review_owner"))
            | Q(pk__in=GuidePage.objects.filter(review_owner__isnull=True).values("owner"))
        )
        .order_by("email")
    )


class GuidesDueForReviewFilterSet(WagtailFilterSet):
    locale = django_filters.ModelChoiceFilter(
        label=_("Language"), queryset=Locale.objects.all(), field_name="locale"
    )
    editor = django_filters.ModelChoiceFilter(
        label=_("Editor responsible"),
        empty_label=_("Anyone"),
        queryset=_editors_with_guides,
        method="filter_editor",
    )

    class Meta:
        model = GuidePage
        fields = ["locale", "editor"]

    def filter_editor(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(Q(review_owner=value) | Q(review_owner__isnull=True, owner=value))


class GuidesDueForReviewView(PageReportView):
    page_title = _("Guides due for review")
    header_icon = "time"
    results_template_name = "home/reports/guides_due_for_review_results.html"
    index_url_name = "home_guides_due_for_review"
    index_results_url_name = "home_guides_due_for_review_results"
    filterset_class = GuidesDueForReviewFilterSet
    list_export = [
        "title",
        "locale",
        "last_reviewed",
        "review_due",
        "days_overdue",
        "editor_responsible",
    ]
    export_headings = {
        "locale": _("Language"),
        "last_reviewed": _("Last reviewed"),
        "review_due": _("Review due"),
        "days_overdue": _("Days overdue"),
        "editor_responsible": _("Editor responsible"),
    }
    any_permission_required = ["add", "change", "publish"]

    def get_filename(self):
        return f"guides-due-for-review-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        today = timezone.localdate()
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        ).values("pk")
        return (
            GuidePage.objects.filter(review_due__lte=today, alias_of__isnull=True, pk__in=editable)
            .select_related("locale", "review_owner", "owner", "content_type")
            .defer_streamfields()
            .order_by("review_due", "locale__language_code", "title")
        )

    def decorate_paginated_queryset(self, object_list):
        today = timezone.localdate()
        for guide in object_list:
            guide.days_overdue = (today - guide.review_due).days
        return object_list
