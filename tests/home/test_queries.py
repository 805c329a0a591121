"""Rendering a page costs the same number of queries however much content it shows."""

import pytest
from wagtail.models import Locale

from home.models import GuidePage, SupportService
from tests.query_counts import page_queries


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def _grow_guide(guide, times):
    related = list(GuidePage.objects.filter(locale_id=guide.locale_id).exclude(pk=guide.pk))
    blocks = list(guide.body.raw_data)
    extra = []
    for _ in range(times):
        for block in blocks:
            if block["type"] != "related_guides":
                extra.append({"type": block["type"], "value": block["value"]})
        extra.append(
            {
                "type": "paragraph",
                "value": (
                    f'<p>See <a linktype="page" id="{related[0].pk}">this guide</a> and '
                    f'<a linktype="page" id="{related[1].pk}">that one</a>.</p>'
                ),
            }
        )
    guide.body = [*blocks, *extra]
    guide.save_revision().publish()


def test_guide_queries_do_not_grow_with_blocks_or_links(client, guidance):
    guide = GuidePage.objects.get(locale__language_code="en", slug="extortion")
    _grow_guide(guide, 1)
    small = page_queries(client, "/en/guides/extortion/")
    _grow_guide(GuidePage.objects.get(pk=guide.pk), 20)
    large = page_queries(client, "/en/guides/extortion/")
    assert large == small
    assert small <= 24


def test_home_and_listing_queries_do_not_grow_with_guides(client, guidance):
    paths = [
        "/en/",
        "/en/parents/",
        "/en/guides/",
        "/en/topics/reporting/",
        "/en/young-people/11-13/",
        "/fr/",
    ]
    before = {path: page_queries(client, path) for path in paths}
    template = GuidePage.objects.get(locale__language_code="en", slug="report")
    for number in range(12):
        copy = template.copy(
            update_attrs={"slug": f"report-{number}", "title": f"Report guide {number}"},
            keep_live=True,
        )
        copy.featured = True
        copy.save_revision().publish()
    after = {path: page_queries(client, path) for path in paths}
    assert after == before
    assert max(after.values()) <= 20, after


def test_help_page_queries_do_not_grow_with_services(client, guidance):
    before = page_queries(client, "/en/help/?country=GB")
    english = Locale.objects.get(language_code="en")
    for number in range(20):
        SupportService.objects.create(
            locale=english,
            country="GB" if number % 2 else "",
            kind="helpline",
            name=f"Helpline {number}",
            url=f"https://helpline{number}.example.org/",
            last_verified="2026-11-01",
        )
    after = page_queries(client, "/en/help/?country=GB")
    assert after == before
    assert after <= 18


def test_search_queries_do_not_grow_with_results(client, guidance):
    small = page_queries(client, "/en/search/?q=report")
    template = GuidePage.objects.get(locale__language_code="en", slug="report")

    def add_results(numbers):
        for number in numbers:
            template.copy(
                update_attrs={"slug": f"r-{number}", "title": f"Report {number}"}, keep_live=True
            )

    # Past one page of results, a search backend may count them in one more query
    # (PostgreSQL's does): constant, however many pages there are.
    add_results(range(12))
    two_pages = page_queries(client, "/en/search/?q=report")
    assert two_pages <= small + 1
    add_results(range(12, 30))
    assert page_queries(client, "/en/search/?q=report") == two_pages
