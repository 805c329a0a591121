"""Guidance pages: guides, topic pages and teacher resources."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..blocks import GuidanceStreamBlock
from ..taxonomy import AgeBand, Audience, Topic, reach_dimensions
from .base import CampaignPageMixin
from .pages import PAGE_TRANSLATABLE_FIELDS, _sibling_with_same_value


class GuidePage(CampaignPageMixin, Page):
    """One piece of guidance: for whom, on what, when it was last checked, and by whom."""

    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences shown in lists and search results."),
    )
    body = StreamField(GuidanceStreamBlock(), verbose_name=_("body"))
    audiences = ParentalManyToManyField(
        "home.AudienceTerm", verbose_name=_("audiences"), related_name="guides"
    )
    main_topic = models.CharField(_("main topic"), max_length=30, choices=Topic.choices)
    topics = ParentalManyToManyField(
        "home.TopicTerm",
        verbose_name=_("other topics"),
        related_name="guides",
        blank=True,
        help_text=_("Topics this guide also covers; it is listed on their topic pages too."),
    )
    age_bands = ParentalManyToManyField(
        "home.AgeBandTerm",
        verbose_name=_("age bands"),
        related_name="guides",
        blank=True,
        help_text=_("For guides written for young people: the ages it is written for."),
    )
    featured = models.BooleanField(_("featured on the home page"), default=False)
    last_reviewed = models.DateField(
        _("last reviewed"),
        help_text=_(
            "Shown on the page. The date an editor last checked that the guidance is correct."
        ),
    )
    review_due = models.DateField(
        _("review due"),
        help_text=_(
            "The editor responsible is reminded from this date until the guide is reviewed again."
        ),
    )
    review_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("editor responsible for review"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to make the page's owner responsible."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("main_topic"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("age_bands", widget=forms.CheckboxSelectMultiple),
                FieldPanel("featured"),
            ],
            heading=_("Who and what it is for"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("review_due")]),
                FieldPanel("review_owner"),
            ],
            heading=_("Review"),
        ),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("audiences"),
        SynchronizedField("main_topic"),
        SynchronizedField("topics"),
        SynchronizedField("age_bands"),
        SynchronizedField("featured"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("review_due"),
        SynchronizedField("review_owner"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("main_topic"),
    ]

    parent_page_types = ["home.GuideIndexPage"]
    subpage_types: list[str] = []
    og_type = "article"

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(review_due__gte=models.F("last_reviewed")),
                name="home_guide_review_due_after_last_review",
            ),
        ]

    def clean(self):
        super().clean()
        if self.last_reviewed and self.review_due and self.review_due < self.last_reviewed:
            raise ValidationError(
                {"review_due": _("The review cannot be due before the date of the last review.")}
            )

    @property
    def editor_responsible(self):
        return self.review_owner or self.owner

    def audience_slugs(self) -> list[str]:
        if not hasattr(self, "_audience_slugs"):
            self._audience_slugs = sorted(term.slug for term in self.audiences.all())
        return self._audience_slugs

    def reach_dimensions(self) -> dict:
        # A guide for several audiences cannot say which one the visitor belongs to.
        audiences = self.audience_slugs()
        return reach_dimensions(
            audience=audiences[0] if len(audiences) == 1 else "", topic=self.main_topic
        )

    def social_description(self) -> str:
        return self.search_description or self.summary

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.guide_page_details(page=self))
        return context


class TopicPage(CampaignPageMixin, Page):
    """Every guide on one topic, across audiences."""

    topic = models.CharField(_("topic"), max_length=30, choices=Topic.choices)
    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(GuidanceStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("topic"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        SynchronizedField("topic"),
        TranslatableField("intro"),
        TranslatableField("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.TopicIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("topic page")

    def clean(self):
        super().clean()
        if self.topic and _sibling_with_same_value(self, "topic"):
            raise ValidationError({"topic": _("This language already has a page for this topic.")})

    def reach_dimensions(self) -> dict:
        return reach_dimensions(topic=self.topic)

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context["guides_by_audience"] = selectors.guides_for_topic(
            locale_id=self.locale_id, topic=self.topic
        )
        return context


class ResourcePage(CampaignPageMixin, Page):
    """Classroom material for teachers: a lesson outline for one age band, to download."""

    age_band = models.CharField(_("age band"), max_length=10, choices=AgeBand.choices)
    summary = models.TextField(_("summary"), max_length=400)
    lesson_outline = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("lesson outline to download"),
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A PDF in the page's language."),
    )
    body = StreamField(GuidanceStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("age_band"),
        FieldPanel("summary"),
        FieldPanel("lesson_outline"),
        FieldPanel("body"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        SynchronizedField("age_band"),
        TranslatableField("summary"),
        SynchronizedField("lesson_outline", overridable=True),
        TranslatableField("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.AudiencePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("teacher resource")
        verbose_name_plural = _("teacher resources")

    @classmethod
    def can_create_at(cls, parent):
        return (
            super().can_create_at(parent)
            and getattr(parent.specific, "audience", None) == Audience.TEACHERS
        )

    def reach_dimensions(self) -> dict:
        return reach_dimensions(audience=Audience.TEACHERS)

    def social_description(self) -> str:
        return self.search_description or self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.lesson_outline_id:
            context["lesson_outline"] = self.lesson_outline
        return context
