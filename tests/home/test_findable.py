"""sitemap.xml with hreflang alternates, robots.txt, and localised links in rich text."""

import re
import xml.etree.ElementTree as ET

from django.utils import translation

from home.rich_text import expand_many

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_every_language_with_alternates(client, guidance):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and not response.cookies
    root = ET.fromstring(response.content)  # noqa: S314 - our own sitemap
    urls = {u.find("s:loc", NS).text: u for u in root.findall("s:url", NS)}
    guide = next(loc for loc in urls if loc.endswith("/fr/guides/talking/"))
    links = {link.get("hreflang"): link.get("href") for link in urls[guide].findall("x:link", NS)}
    assert set(links) == {"en", "fr", "ar", "x-default"}
    assert links["x-default"].endswith("/en/guides/talking/")
    assert links["ar"].endswith("/ar/guides/talking/")
    assert any(loc.endswith("/ar/help/") for loc in urls)


def test_sitemap_leaves_out_aliases_and_unpublished_pages(client, guidance, pages):
    pages[("en", "talking")].unpublish()
    locations = client.get("/sitemap.xml").content.decode()
    assert "/en/guides/talking/" not in locations
    home_es = pages[("en", "home")].get_translations().get(locale__language_code="es")
    pages[("en", "parents")].create_alias(
        parent=home_es, update_locale=home_es.locale, reset_translation_key=False
    )
    assert "/es/parents/" not in client.get("/sitemap.xml").content.decode()


def test_alias_pages_point_search_engines_at_the_original(client, guidance, pages):
    home_es = pages[("en", "home")].get_translations().get(locale__language_code="es")
    pages[("en", "parents")].create_alias(
        parent=home_es, update_locale=home_es.locale, reset_translation_key=False
    )
    html = client.get("/es/parents/").content.decode()
    assert re.search(r'<link rel="canonical" href="http://[^"]+/en/parents/">', html)


def test_robots_txt_points_at_the_sitemap_and_keeps_out_private_areas(client, guidance):
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in text and "Disallow: /en/search/" in text
    assert "Disallow: /ar/accounts/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_page_links_in_rich_text_follow_the_reader_language(guidance, pages):
    english_guide = pages[("en", "report")]
    source = f'<p><a linktype="page" id="{english_guide.pk}">how to report</a></p>'
    with translation.override("fr"):
        assert 'href="/fr/guides/report/"' in expand_many([source])[0]
    with translation.override("ru"):  # no Russian page: the English one
        assert 'href="/en/guides/report/"' in expand_many([source])[0]
