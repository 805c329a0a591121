"""Every page type renders for an anonymous visitor: right words, right language, no cookie."""

import re

import pytest

PAGES = [
    "/en/",
    "/en/parents/",
    "/en/teachers/",
    "/en/young-people/",
    "/en/young-people/11-13/",
    "/en/teachers/lesson/",
    "/en/guides/",
    "/en/guides/extortion/",
    "/en/topics/",
    "/en/topics/sexual-extortion/",
    "/en/help/",
    "/ar/",
    "/ar/guides/extortion/",
    "/ar/help/",
    "/fr/parents/",
]


@pytest.mark.parametrize("path", PAGES)
def test_public_page_renders_without_cookies_or_inline_code(client, guidance, path):
    response = client.get(path)
    assert response.status_code == 200
    assert not response.cookies
    html = response.content.decode()
    assert "<script>" not in html and "style=" not in html
    assert html.index("data-quick-exit") < html.index('class="skip-link"') < html.index("<main")
    assert '<link rel="canonical" href="http' in html
    assert 'property="og:title"' in html


def test_every_audience_page_and_guide_links_to_the_help_page(client, guidance):
    for path in (
        "/en/parents/",
        "/en/teachers/",
        "/en/young-people/",
        "/en/guides/report/",
        "/ar/guides/talking/",
    ):
        html = client.get(path).content.decode()
        language = path.split("/")[1]
        assert f'href="/{language}/help/"' in html, path


def test_home_page_shows_audiences_featured_guides_and_help(client, guidance):
    html = client.get("/en/").content.decode()
    for text in (
        "EN Parents and carers",
        "EN Teachers",
        "EN Young people",
        "EN Talking with your child",
        "EN Sexual extortion: what to do",
        "EN Get help now",
        "EN help text",
    ):
        assert text in html
    assert "EN How to report" not in html.split('id="featured-title"')[1].split("</section>")[0]


def test_guide_shows_its_audiences_topics_and_last_review(client, guidance):
    html = client.get("/en/guides/extortion/").content.decode()
    assert 'datetime="2026-09-15"' in html
    assert 'href="/en/parents/"' in html and 'href="/en/young-people/"' in html
    assert 'href="/en/topics/sexual-extortion/"' in html
    assert "<details" in html and "<summary>Is it my fault?</summary>" in html
    assert "EN How to report" in html  # related guide


def test_arabic_guide_is_right_to_left_with_arabic_words(client, guidance):
    html = client.get("/ar/guides/extortion/").content.decode()
    assert re.search(r'<html lang="ar" dir="rtl"', html)
    assert "AR Sexual extortion: what to do" in html


def test_untranslated_language_lists_english_guides_marked_as_english(client, guidance):
    html = client.get("/ru/").content.decode()
    assert "EN Talking with your child" in html
    card = html.split("EN Talking with your child")[0].rsplit("<li", 1)[1]
    assert 'lang="en" dir="ltr"' in card
    assert "English" in html


def test_topic_page_lists_guides_across_audiences(client, guidance):
    html = client.get("/en/topics/reporting/").content.decode()
    sections = html.split('class="guide-group"')[1:]
    assert len(sections) == 3  # parents, teachers, young people
    assert all("EN How to report" in section for section in sections)


def test_guide_index_filters_by_audience(client, guidance):
    everyone = client.get("/en/guides/").content.decode()
    teachers = client.get("/en/guides/?audience=teachers").content.decode()
    assert "EN Talking with your child" in everyone
    assert "EN Talking with your child" not in teachers and "EN How to report" in teachers
    assert client.get("/en/guides/?audience=<script>").status_code == 200


def test_teacher_resource_offers_the_lesson_outline_download(client, guidance):
    html = client.get("/en/teachers/lesson/").content.decode()
    link = re.search(r'<a class="button" href="(/documents/[^"]+\.pdf)" download>', html)
    assert link and "PDF" in html
    response = client.get(link.group(1))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_young_people_pages_reassure_and_list_age_bands(client, guidance):
    html = client.get("/en/young-people/").content.decode()
    assert 'href="/en/young-people/11-13/"' in html
    band = client.get("/en/young-people/11-13/").content.decode()
    assert "never your fault" in band
    assert "EN Sexual extortion: what to do" in band and "EN Talking with" not in band


def test_open_graph_and_canonical_point_at_the_page(client, guidance):
    html = client.get("/fr/guides/talking/").content.decode()
    assert re.search(r'<link rel="canonical" href="http://[^"]+/fr/guides/talking/">', html)
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:locale" content="fr">' in html
    assert '<meta property="og:description" content="FR open talk">' in html
    assert "/static/img/social-card.png" in html


def test_unknown_page_is_not_found(client, guidance):
    assert client.get("/en/guides/no-such-guide/").status_code == 404
