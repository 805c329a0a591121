"""The awareness site's structure: home, audiences, age bands, indexes and the help page.

Tree of one language (every locale has the same shape):
    HomePage
    ├── AudiencePage (parents | teachers | young-people)
    │   ├── AgeBandPage (young people only: 8-10, 11-13, 14-17)
    │   └── ResourcePage (teachers only)
    ├── GuideIndexPage → GuidePage
    ├── TopicIndexPage → TopicPage
    └── HelpPage
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..blocks import GuidanceStreamBlock
from ..taxonomy import AgeBand, Audience, Topic, reach_dimensions
from .base import CampaignPageMixin

PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
]


def _sibling_with_same_value(page, field: str):
    """Another page of the same type and locale that already uses this page's value."""
    model = type(page)
    others = model.objects.filter(locale_id=page.locale_id, **{field: getattr(page, field)})
    if page.pk:
        others = others.exclude(pk=page.pk)
    return others.filter(alias_of__isnull=True).first()


class HomePage(CampaignPageMixin, Page):
    """The front page of one language's site; one per locale, all in one translation group."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = RichTextField(_("body"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    help_title = models.CharField(_("“Get help now” title"), max_length=120, blank=True)
    help_text = models.TextField(_("“Get help now” text"), max_length=600, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("help_title"), FieldPanel("help_text")], heading=_("Get help now")
        ),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        TranslatableField("body"),
        TranslatableField("help_title"),
        TranslatableField("help_text"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.AudiencePage",
        "home.GuideIndexPage",
        "home.TopicIndexPage",
        "home.HelpPage",
        "courses.CourseIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context["featured_guides"] = selectors.featured_guides(locale_id=self.locale_id)
        return context


class AudiencePage(CampaignPageMixin, Page):
    """Guidance for one audience: parents and carers, teachers, or young people."""

    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices)
    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(GuidanceStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("audience"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        SynchronizedField("audience"),
        TranslatableField("intro"),
        TranslatableField("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.AgeBandPage", "home.ResourcePage"]

    class Meta:
        verbose_name = _("audience page")

    def clean(self):
        super().clean()
        if self.audience and _sibling_with_same_value(self, "audience"):
            raise ValidationError(
                {"audience": _("This language already has a page for this audience.")}
            )

    def reach_dimensions(self) -> dict:
        return reach_dimensions(audience=self.audience)

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.audience_page_content(page=self))
        return context


class AgeBandPage(CampaignPageMixin, Page):
    """Guidance for young people of one age band, written for that age."""

    age_band = models.CharField(_("age band"), max_length=10, choices=AgeBand.choices)
    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(GuidanceStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("age_band"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        SynchronizedField("age_band"),
        TranslatableField("intro"),
        TranslatableField("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.AudiencePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("age band page")

    @classmethod
    def can_create_at(cls, parent):
        return (
            super().can_create_at(parent)
            and getattr(parent.specific, "audience", None) == Audience.YOUNG_PEOPLE
        )

    def reach_dimensions(self) -> dict:
        return reach_dimensions(audience=Audience.YOUNG_PEOPLE)

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context["guides"] = selectors.guides_for_age_band(
            locale_id=self.locale_id, age_band=self.age_band
        )
        context["other_bands"] = selectors.sibling_age_bands(page=self)
        return context


class GuideIndexPage(CampaignPageMixin, Page):
    """Every guide of one language, grouped by topic, filterable by audience."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.GuidePage"]
    max_count_per_parent = 1
    cache_query_params = ("audience",)

    class Meta:
        verbose_name = _("guide index")

    def cacheable_query_values(self, request) -> bool:
        return request.GET.get("audience", "") in ("", *Audience.values)

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        audience = request.GET.get("audience", "")
        audience = audience if audience in Audience.values else ""
        context["audience"] = audience
        context["audience_choices"] = Audience.choices
        context["guides_by_topic"] = selectors.guides_by_topic(
            locale_id=self.locale_id, audience=audience
        )
        return context


class TopicIndexPage(CampaignPageMixin, Page):
    """The topics the site covers, each linking to its topic page."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.TopicPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("topic index")

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context["topics"] = selectors.topic_pages(locale_id=self.locale_id)
        return context


class HelpPage(CampaignPageMixin, Page):
    """“Report and get help”: the support services of the country the visitor chooses."""

    intro = models.TextField(_("introduction"), max_length=800, blank=True)
    fallback_text = models.TextField(
        _("text when a country has no listed services"),
        max_length=800,
        blank=True,
        help_text=_(
            "Shown above the international services when the chosen country has none of its own."
        ),
    )
    body = StreamField(GuidanceStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("fallback_text"),
        FieldPanel("body"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        TranslatableField("fallback_text"),
        TranslatableField("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    cache_query_params = ("country",)

    class Meta:
        verbose_name = _("help page")

    def cacheable_query_values(self, request) -> bool:
        from .. import selectors

        raw = request.GET.get("country", "")
        return raw == "" or selectors.valid_country(raw) == raw

    def reach_dimensions(self) -> dict:
        return reach_dimensions(topic=Topic.REPORTING, coarse=True)

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        country = selectors.country_for_request(request, language_code=get_language())
        context["directory"] = selectors.help_directory(locale_id=self.locale_id, country=country)
        context["country_choices"] = selectors.country_choices(locale_id=self.locale_id)
        return context
