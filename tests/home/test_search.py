"""Search: one language at a time, an audience filter, and nothing kept about the visitor."""

import logging

import pytest
from django.apps import apps
from django.db import models

UNIQUE = "zebracrossingpelican"


def test_search_finds_guides_in_the_visitors_language(client, guidance):
    html = client.get("/fr/search/?q=FR+talking").content.decode()
    assert "FR Talking with your child" in html
    assert "EN Talking with your child" not in html


def test_audience_filter_narrows_results(client, guidance):
    everyone = client.get("/en/search/?q=open+talk").content.decode()
    teachers = client.get("/en/search/?q=open+talk&audience=teachers").content.decode()
    assert "EN Talking with your child" in everyone
    assert "EN Talking with your child" not in teachers
    assert (
        "EN How to report"
        in client.get("/en/search/?q=where+to+report&audience=teachers").content.decode()
    )
    assert (
        "EN Lesson outline" in client.get("/en/search/?q=lesson&audience=teachers").content.decode()
    )
    assert (
        "EN Lesson outline"
        not in client.get("/en/search/?q=lesson&audience=parents").content.decode()
    )


def test_results_link_to_pages_and_show_summaries(client, guidance):
    html = client.get("/en/search/?q=report").content.decode()
    assert 'href="/en/guides/report/"' in html and "EN where to report" in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "a" * 5000,
        "<script>alert(1)</script>",
        "\x00\x1f",
        "' OR 1=1 --",
        "%%%",
        "漢字",
    ],
)
def test_hostile_or_odd_queries_are_answered_calmly(client, guidance, query):
    response = client.get("/en/search/", {"q": query, "page": "-3", "audience": "robots"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_overlong_query_is_cut_and_the_visitor_told(client, guidance):
    html = client.get("/en/search/", {"q": "report " * 40}).content.decode()
    assert "first 100 characters" in html


def test_page_number_out_of_range_shows_the_last_page(client, guidance):
    assert client.get("/en/search/?q=EN+child&page=999").status_code == 200


def test_search_results_are_never_cached_or_indexed(client, guidance):
    response = client.get(f"/en/search/?q={UNIQUE}")
    assert response["Cache-Control"] == "no-store"
    assert response["X-Robots-Tag"] == "noindex"
    assert response["Referrer-Policy"] == "no-referrer"
    assert not response.cookies
    assert client.post("/en/search/", {"q": UNIQUE}).status_code == 405


def test_search_words_are_not_stored_or_logged(client, guidance, caplog):
    caplog.set_level(logging.DEBUG)
    client.get(
        f"/en/search/?q={UNIQUE}",
        headers={"user-agent": "Visitor", "x-forwarded-for": "203.0.113.9"},
    )
    assert UNIQUE not in caplog.text
    for model in apps.get_models():
        text_fields = [
            f.name
            for f in model._meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField | models.JSONField)
        ]
        for name in text_fields:
            lookup = {f"{name}__icontains": UNIQUE}
            found = model.objects.filter(**lookup).exists()
            assert not found, f"{model._meta.label}.{name} holds the search words"


def test_page_links_keep_the_search_words_and_the_audience(client, guidance):
    from home.models import GuidePage

    template = GuidePage.objects.get(locale__language_code="en", slug="report")
    for number in range(12):
        template.copy(
            update_attrs={"slug": f"r-{number}", "title": f"{UNIQUE} guide {number}"},
            keep_live=True,
        )
    query = {"q": f"{UNIQUE} guide", "audience": ""}
    html = client.get("/en/search/", query).content.decode()
    assert "Page 1 of 2" in html
    assert f'href="?q={UNIQUE}+guide&amp;audience=&amp;page=2" rel="next"' in html
    html = client.get("/en/search/", {**query, "page": "2"}).content.decode()
    assert f'href="?q={UNIQUE}+guide&amp;audience=&amp;page=1" rel="prev"' in html
    assert 'rel="next"' not in html
