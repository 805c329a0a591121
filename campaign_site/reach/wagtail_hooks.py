"""The Reach menu: outreach activities (with CSV import), targets, campaigns and short links."""

from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from . import admin_views
from .models import Campaign, OutreachActivity, Target, TrackedLink


class OutreachActivityViewSet(ModelViewSet):
    model = OutreachActivity
    icon = "group"
    url_prefix = "reach/outreach"
    url_namespace = "reach_outreach"
    index_view_class = admin_views.OutreachIndexView
    list_display = [
        "date",
        "title",
        "kind",
        "country",
        "language",
        Column("total_participants", label=_("Participants")),
    ]
    list_filter = ["kind", "country", "language", "date"]
    search_fields = ["title", "organisation", "notes"]
    list_export = [
        "date",
        "kind",
        "title",
        "country",
        "language",
        "organisation",
        "campaign",
        "participants_parents",
        "participants_teachers",
        "participants_young_people",
        "participants_professionals",
        "participants_others",
        "notes",
    ]
    export_filename = "outreach-activities"
    ordering = ["-date"]
    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("language")]),
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("campaign")]),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("participants_parents"),
                        FieldPanel("participants_teachers"),
                        FieldPanel("participants_young_people"),
                    ]
                ),
                FieldRowPanel(
                    [FieldPanel("participants_professionals"), FieldPanel("participants_others")]
                ),
            ],
            heading=_("Participants per audience"),
        ),
        FieldPanel("notes"),
        FieldPanel("evidence"),
    ]


class TargetViewSet(ModelViewSet):
    model = Target
    icon = "pick"
    url_prefix = "reach/targets"
    url_namespace = "reach_targets"
    list_display = ["indicator", "value", "starts_on", "ends_on", "country", "audience"]
    list_filter = ["indicator", "country"]
    form_fields = ["indicator", "value", "starts_on", "ends_on", "country", "audience", "notes"]


class CampaignViewSet(ModelViewSet):
    model = Campaign
    icon = "date"
    url_prefix = "reach/campaigns"
    url_namespace = "reach_campaigns"
    list_display = ["name", "slug", "starts_on", "ends_on"]
    search_fields = ["name", "slug"]
    form_fields = ["name", "slug", "starts_on", "ends_on", "notes"]


class QRCodeColumn(Column):
    def get_value(self, instance):
        return format_html(
            '<a href="{}" download>{}</a>',
            reverse("reach_short_link_qr", args=[instance.pk]),
            _("QR code (SVG)"),
        )


class TrackedLinkViewSet(ModelViewSet):
    model = TrackedLink
    icon = "link"
    url_prefix = "reach/links"
    url_namespace = "reach_links"
    list_display = [
        "__str__",
        "label",
        "campaign",
        "channel",
        BooleanColumn("active", label=_("Active")),
        QRCodeColumn("qr", label=_("Print")),
    ]
    list_filter = ["campaign", "channel", "active"]
    search_fields = ["code", "label"]
    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("label")]),
        FieldPanel("target_page"),
        FieldPanel("target_url"),
        FieldRowPanel([FieldPanel("campaign"), FieldPanel("channel"), FieldPanel("locale")]),
        FieldPanel("active"),
    ]


class ReachViewSetGroup(ModelViewSetGroup):
    menu_label = _("Reach")
    menu_icon = "globe"
    menu_order = 250
    items = (OutreachActivityViewSet, TargetViewSet, CampaignViewSet, TrackedLinkViewSet)


@hooks.register("register_admin_viewset")
def register_reach_viewsets():
    return ReachViewSetGroup()


@hooks.register("register_admin_urls")
def register_reach_admin_urls():
    return [
        path(
            "reach/outreach-import/",
            admin_views.OutreachImportView.as_view(),
            name="reach_outreach_import",
        ),
        path(
            "reach/outreach-import/template.csv",
            admin_views.outreach_template_csv,
            name="reach_outreach_import_template",
        ),
        path(
            "reach/links/<int:pk>/qr.svg",
            admin_views.short_link_qr_code,
            name="reach_short_link_qr",
        ),
    ]
