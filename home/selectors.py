"""Reads for the awareness site. Views, pages, reports and other apps call these.

Every listing is "in the visitor's language, with fallback": the pages of the locale, plus the
default-language page of any translation group the locale has no live page for, so a
half-translated language still shows every guide. Each selector runs a fixed number of queries
whatever the amount of content.
"""

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Q, QuerySet
from django_countries import countries
from wagtail.models import Page, PageViewRestriction

from .models import (
    AgeBandPage,
    AudiencePage,
    GuideIndexPage,
    GuidePage,
    HelpPage,
    ResourcePage,
    SupportService,
    TopicIndexPage,
    TopicPage,
)
from .taxonomy import AGE_BAND_SLUGS, AUDIENCE_SLUGS, TOPIC_SLUGS, Audience, ServiceKind, Topic

# Countries a language implies when the visitor has not chosen one. Only languages spoken
# mainly in one country are listed; others start with the international services.
LANGUAGE_DEFAULT_COUNTRY = {
    "pt-br": "BR",
    "vi": "VN",
    "sq": "AL",
    "sr-latn": "RS",
}
SEARCH_QUERY_MAX_LENGTH = 100
SEARCH_RESULTS_PER_PAGE = 10
SEARCHABLE_PAGE_TYPES = (GuidePage, AudiencePage, AgeBandPage, TopicPage, ResourcePage, HelpPage)


# --- shared pieces ---------------------------------------------------------------------------


def _private_q() -> Q:
    """Pages under a view restriction (one query); listings never show them."""
    q = Q()
    for restriction in PageViewRestriction.objects.only("page__path").select_related("page"):
        q |= Q(path__startswith=restriction.page.path)
    return q if q else Q(pk__in=[])


def in_locale_with_fallback(queryset: QuerySet, *, locale_id: int) -> QuerySet:
    """Live pages of the locale, plus default-language pages the locale has no live page for."""
    local_keys = queryset.model.objects.live().filter(locale_id=locale_id).values("translation_key")
    return queryset.live().filter(
        Q(locale_id=locale_id)
        | (Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(translation_key__in=local_keys))
    )


def _services_in_locale(queryset: QuerySet, *, locale_id: int) -> QuerySet:
    local_keys = SupportService.objects.filter(locale_id=locale_id).values("translation_key")
    return queryset.filter(
        Q(locale_id=locale_id)
        | (Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(translation_key__in=local_keys))
    )


def _guides(*, locale_id: int, private: Q) -> QuerySet:
    return (
        in_locale_with_fallback(GuidePage.objects.all(), locale_id=locale_id)
        .exclude(private)
        .select_related("locale")
        .defer_streamfields()
    )


def _topic_order(slug: str) -> int:
    return TOPIC_SLUGS.index(slug) if slug in TOPIC_SLUGS else len(TOPIC_SLUGS)


@dataclass
class GuideGroup:
    slug: str
    label: str
    guides: list = field(default_factory=list)


def _group_by_main_topic(guides) -> list[GuideGroup]:
    groups: dict[str, GuideGroup] = {}
    for guide in sorted(guides, key=lambda g: (_topic_order(g.main_topic), g.path)):
        groups.setdefault(
            guide.main_topic, GuideGroup(guide.main_topic, str(guide.get_main_topic_display()))
        )
        groups[guide.main_topic].guides.append(guide)
    return list(groups.values())


# --- navigation and listings ------------------------------------------------------------------


@dataclass(frozen=True)
class SiteSections:
    audiences: list
    help_page: Page | None
    guide_index: Page | None
    topic_index: Page | None


def site_sections(*, locale_id: int) -> SiteSections:
    """The audience pages and the help, guide and topic index pages of a language.

    Every page shows them, and they change only when something is published, so they are kept
    in the cache under the published-content version: 1 query instead of 2 (and far less work).
    """
    from .page_cache import current_version

    key = f"home:sections:{current_version()}:{locale_id}"
    sections = cache.get(key)
    if sections is None:
        sections = _load_site_sections(locale_id=locale_id)
        cache.set(key, sections, timeout=3600)
    return sections


def _load_site_sections(*, locale_id: int) -> SiteSections:
    audiences = list(
        in_locale_with_fallback(AudiencePage.objects.all(), locale_id=locale_id)
        .select_related("locale")
        .defer_streamfields()
        .order_by("path")
    )
    audiences.sort(
        key=lambda page: (
            page.locale_id != locale_id,
            AUDIENCE_SLUGS.index(page.audience) if page.audience in AUDIENCE_SLUGS else 99,
        )
    )
    types = ContentType.objects.get_for_models(HelpPage, GuideIndexPage, TopicIndexPage)
    by_type: dict[int, Page] = {}
    pages = (
        in_locale_with_fallback(
            Page.objects.filter(content_type__in=types.values()), locale_id=locale_id
        )
        .select_related("locale")
        .order_by("path")
    )
    for page in pages:
        current = by_type.get(page.content_type_id)
        if current is None or (current.locale_id != locale_id and page.locale_id == locale_id):
            by_type[page.content_type_id] = page
    return SiteSections(
        audiences=audiences,
        help_page=by_type.get(types[HelpPage].pk),
        guide_index=by_type.get(types[GuideIndexPage].pk),
        topic_index=by_type.get(types[TopicIndexPage].pk),
    )


def breadcrumbs(*, page: Page) -> list[Page]:
    """The page's ancestors from its language's home page down (1 query; none on home)."""
    if page.depth <= 2:
        return []
    return list(Page.objects.ancestor_of(page).filter(depth__gte=2).order_by("depth"))


def featured_guides(*, locale_id: int, limit: int = 6) -> list[GuidePage]:
    return list(
        _guides(locale_id=locale_id, private=_private_q())
        .filter(featured=True)
        .order_by("path")[:limit]
    )


def audience_page_content(*, page: AudiencePage) -> dict:
    """Guides for the audience by topic; age bands (young people) or resources (teachers)."""
    private = _private_q()
    guides = _guides(locale_id=page.locale_id, private=private).filter(audiences=page.audience)
    content = {"guide_groups": _group_by_main_topic(guides), "age_bands": [], "resource_groups": []}
    if page.audience == Audience.YOUNG_PEOPLE:
        bands = AgeBandPage.objects.child_of(page).live().exclude(private).defer_streamfields()
        content["age_bands"] = sorted(bands, key=lambda band: _age_band_order(band.age_band))
    elif page.audience == Audience.TEACHERS:
        resources = (
            ResourcePage.objects.child_of(page)
            .live()
            .exclude(private)
            .defer_streamfields()
            .order_by("path")
        )
        content["resource_groups"] = _group_resources(resources)
    return content


def _age_band_order(slug: str) -> int:
    return AGE_BAND_SLUGS.index(slug) if slug in AGE_BAND_SLUGS else len(AGE_BAND_SLUGS)


def _group_resources(resources) -> list[GuideGroup]:
    groups: dict[str, GuideGroup] = {}
    for resource in sorted(resources, key=lambda r: (_age_band_order(r.age_band), r.path)):
        groups.setdefault(
            resource.age_band, GuideGroup(resource.age_band, str(resource.get_age_band_display()))
        )
        groups[resource.age_band].guides.append(resource)
    return list(groups.values())


def guides_for_age_band(*, locale_id: int, age_band: str) -> list[GuideGroup]:
    guides = _guides(locale_id=locale_id, private=_private_q()).filter(
        audiences=Audience.YOUNG_PEOPLE, age_bands=age_band
    )
    return _group_by_main_topic(guides)


def sibling_age_bands(*, page: AgeBandPage) -> list[AgeBandPage]:
    siblings = AgeBandPage.objects.sibling_of(page, inclusive=False).live().defer_streamfields()
    return sorted(siblings, key=lambda band: _age_band_order(band.age_band))


def guides_by_topic(*, locale_id: int, audience: str = "") -> list[GuideGroup]:
    guides = _guides(locale_id=locale_id, private=_private_q())
    if audience:
        guides = guides.filter(audiences=audience)
    return _group_by_main_topic(guides)


def topic_pages(*, locale_id: int) -> list[TopicPage]:
    pages = (
        in_locale_with_fallback(TopicPage.objects.all(), locale_id=locale_id)
        .exclude(_private_q())
        .select_related("locale")
        .defer_streamfields()
    )
    return sorted(pages, key=lambda page: _topic_order(page.topic))


def guides_for_topic(*, locale_id: int, topic: str) -> list[GuideGroup]:
    """Guides whose main or other topic this is, under each audience they are written for."""
    guides = (
        _guides(locale_id=locale_id, private=_private_q())
        .filter(Q(main_topic=topic) | Q(topics=topic))
        .distinct()
        .prefetch_related("audiences")
        .order_by("path")
    )
    groups = {slug: GuideGroup(slug, str(Audience(slug).label)) for slug in AUDIENCE_SLUGS}
    for guide in guides:
        for term in guide.audiences.all():
            if term.slug in groups:
                groups[term.slug].guides.append(guide)
    return [group for group in groups.values() if group.guides]


def guide_page_details(*, page: GuidePage) -> dict:
    """Who the guide is for and the topic pages it belongs to (2 queries)."""
    slugs = page.audience_slugs()
    topic_slugs = [page.main_topic, *(term.slug for term in page.topics.all())]
    topics = {
        topic_page.topic: topic_page
        for topic_page in in_locale_with_fallback(
            TopicPage.objects.filter(topic__in=topic_slugs), locale_id=page.locale_id
        ).defer_streamfields()
    }
    toc = [
        (f"section-{item['id']}", item["value"])
        for item in page.body.raw_data
        if item.get("type") == "heading" and item.get("id") and item.get("value")
    ]
    return {
        "toc": toc,
        "guide_audiences": [
            (slug, Audience(slug).label) for slug in AUDIENCE_SLUGS if slug in slugs
        ],
        "guide_topics": [
            (slug, Topic(slug).label, topics.get(slug))
            for slug in dict.fromkeys(topic_slugs)
            if slug in TOPIC_SLUGS
        ],
    }


# --- help directory ---------------------------------------------------------------------------


def valid_country(code: str | None) -> str:
    code = (code or "").strip().upper()
    return code if len(code) == 2 and code.isalpha() and code in countries else ""


@dataclass(frozen=True)
class CountryChoice:
    code: str
    source: str  # "query", "proxy", "language" or "" (none chosen)


def country_for_request(request, *, language_code: str) -> CountryChoice:
    """The visitor's chosen country: from the URL, a trusted proxy header, or the language."""
    if "country" in request.GET:
        return CountryChoice(valid_country(request.GET.get("country")), "query")
    header = getattr(settings, "REACH_COUNTRY_HEADER", "")
    if header:
        code = valid_country(request.headers.get(header))
        if code:
            return CountryChoice(code, "proxy")
    code = LANGUAGE_DEFAULT_COUNTRY.get(language_code, "")
    return CountryChoice(code, "language" if code else "")


@dataclass(frozen=True)
class HelpDirectory:
    country: str
    country_name: str
    source: str
    national: list  # SupportService list for the country, by kind
    international: list  # services without a country, by kind

    @property
    def has_national(self) -> bool:
        return bool(self.national)


def _by_kind(services) -> list[SupportService]:
    order = list(ServiceKind.values)
    return sorted(
        services,
        key=lambda s: (
            order.index(s.kind) if s.kind in order else len(order),
            s.sort_order,
            s.name,
        ),
    )


def help_directory(*, locale_id: int, country: CountryChoice) -> HelpDirectory:
    """Services for the country and the international ones, in the visitor's language (1 query)."""
    services = list(
        _services_in_locale(
            SupportService.objects.filter(Q(country="") | Q(country=country.code or "-")),
            locale_id=locale_id,
        )
    )
    national = [s for s in services if country.code and s.country.code == country.code]
    international = [s for s in services if not s.country]
    return HelpDirectory(
        country=country.code,
        country_name=str(countries.name(country.code)) if country.code else "",
        source=country.source,
        national=_by_kind(national),
        international=_by_kind(international),
    )


def country_choices(*, locale_id: int) -> dict:
    """Countries with listed services first, then every other country, by name in this language."""
    listed = set(
        SupportService.objects.exclude(country="").values_list("country", flat=True).distinct()
    )
    everyone = list(countries)  # sorted by the name in the active language
    return {
        "listed": [(c.code, c.name) for c in everyone if c.code in listed],
        "others": [(c.code, c.name) for c in everyone if c.code not in listed],
    }


# --- search -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchResults:
    query: str
    audience: str
    results: list
    page_number: int
    num_pages: int
    total: int
    too_long: bool


def clean_search_query(raw: str | None) -> tuple[str, bool]:
    """Collapse whitespace, drop control characters; cut to the maximum length."""
    text = "".join(ch for ch in (raw or "") if ch.isprintable())
    text = " ".join(text.split())
    return text[:SEARCH_QUERY_MAX_LENGTH], len(text) > SEARCH_QUERY_MAX_LENGTH


def search_pages(
    *, query: str, locale_id: int, audience: str = "", page_number: int = 1
) -> SearchResults:
    """Search the guidance of one language. Nothing here records the query."""
    audience = audience if audience in AUDIENCE_SLUGS else ""
    types = ContentType.objects.get_for_models(*SEARCHABLE_PAGE_TYPES).values()
    pages = in_locale_with_fallback(
        Page.objects.filter(content_type__in=types), locale_id=locale_id
    ).exclude(_private_q())
    if audience:
        guides = GuidePage.objects.filter(audiences=audience).values("pk")
        audience_pages = AudiencePage.objects.filter(audience=audience).values("pk")
        q = Q(pk__in=guides) | Q(pk__in=audience_pages)
        if audience == Audience.YOUNG_PEOPLE:
            q |= Q(pk__in=AgeBandPage.objects.values("pk"))
        if audience == Audience.TEACHERS:
            q |= Q(pk__in=ResourcePage.objects.values("pk"))
        pages = pages.filter(pk__in=Page.objects.filter(q).values("pk"))
    if not query:
        return SearchResults(query, audience, [], 1, 0, 0, False)
    # The search backend filters on indexed fields only, so the candidates go in as ids.
    candidates = list(pages.values_list("pk", flat=True))
    found = Page.objects.filter(pk__in=candidates).search(query, operator="and")
    paginator = Paginator(found, SEARCH_RESULTS_PER_PAGE)
    try:
        current = paginator.page(page_number)
    except EmptyPage:
        current = paginator.page(paginator.num_pages or 1)
    results = list(current.object_list)
    specific = (
        {
            page.pk: page
            for page in Page.objects.filter(pk__in=[p.pk for p in results])
            .specific()
            .select_related("locale")
        }
        if results
        else {}
    )
    return SearchResults(
        query=query,
        audience=audience,
        results=[specific[p.pk] for p in results if p.pk in specific],
        page_number=current.number,
        num_pages=paginator.num_pages,
        total=paginator.count,
        too_long=False,
    )


# --- editors ----------------------------------------------------------------------------------


def guides_due_for_review(today: date, *, one_per_translation: bool = True) -> list[GuidePage]:
    """Guides whose review date is today or past, oldest first, with the editor responsible.

    Review dates are kept in step across translations, so by default each guide appears once:
    its default-language page when there is one. `guide.editor_responsible` is the person to
    remind (the review owner, or the page owner when none is set).
    """
    guides = (
        GuidePage.objects.filter(review_due__lte=today, alias_of__isnull=True)
        .select_related("review_owner", "owner", "locale")
        .defer_streamfields()
        .order_by("review_due", "path")
    )
    if not one_per_translation:
        return list(guides)
    chosen: dict = {}
    for guide in guides:
        current = chosen.get(guide.translation_key)
        if current is None or (
            guide.locale.language_code == settings.LANGUAGE_CODE
            and current.locale.language_code != settings.LANGUAGE_CODE
        ):
            chosen[guide.translation_key] = guide
    return sorted(chosen.values(), key=lambda g: (g.review_due, g.path))
