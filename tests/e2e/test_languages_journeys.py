"""Journeys across languages: the switcher keeps the visitor on the same guide, a page not
yet translated shows its notice, and Arabic reads right to left."""

import importlib

content_en = importlib.import_module("home.demo_data.content_en")
content_fr = importlib.import_module("home.demo_data.content_fr")
content_ar = importlib.import_module("home.demo_data.content_ar")

GUIDE = "recognising-grooming"
ENGLISH_ONLY_SLUG = "new-guidance-in-english-only"
CREATE_ENGLISH_ONLY_GUIDE = f"""
import datetime
from home.models import GuideIndexPage, GuidePage
from campaign_site.languages.demo import ensure_locale_synchronisation
index = GuideIndexPage.objects.get(locale__language_code="en")
if not GuidePage.objects.filter(slug="{ENGLISH_ONLY_SLUG}").exists():
    source = GuidePage.objects.get(locale__language_code="en", slug="{GUIDE}")
    page = GuidePage(title="New guidance, not yet translated", slug="{ENGLISH_ONLY_SLUG}",
                     summary="Written in English first.", body=source.body,
                     main_topic=source.main_topic, last_reviewed=datetime.date.today(),
                     review_due=datetime.date.today() + datetime.timedelta(days=365),
                     review_owner=source.review_owner)
    index.add_child(instance=page)
    page.audiences.set(source.audiences.all())
    page.save_revision().publish()
ensure_locale_synchronisation()
"""


def test_switching_language_on_a_guide_stays_on_that_guide(live_site, new_context, screenshot):
    page = new_context().new_page()
    page.goto(f"{live_site.url}/en/guides/{GUIDE}/")
    assert page.get_by_role("heading", level=1).inner_text() == content_en.GUIDES[GUIDE]["title"]

    page.get_by_role("navigation", name="Choose a language").get_by_role(
        "link", name="Français"
    ).click()
    page.wait_for_url(f"**/fr/guides/{GUIDE}/")
    assert page.get_by_role("heading", level=1).inner_text() == content_fr.GUIDES[GUIDE]["title"]
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator(".notice--untranslated").count() == 0
    hreflangs = page.locator('link[rel="alternate"][hreflang]').evaluate_all(
        "links => links.map(l => l.hreflang)"
    )
    assert {"en", "fr", "es", "pt-br", "ar", "x-default"} <= set(hreflangs)
    assert "vi" not in hreflangs  # Vietnamese has only an untranslated alias

    page.get_by_role("navigation", name="Choisir une langue").get_by_role(
        "link", name="العربية"
    ).click()
    page.wait_for_url(f"**/ar/guides/{GUIDE}/")
    assert page.get_by_role("heading", level=1).inner_text() == content_ar.GUIDES[GUIDE]["title"]
    assert page.locator("html").get_attribute("dir") == "rtl"
    heading = page.get_by_role("heading", level=1).bounding_box()
    width = page.viewport_size["width"]
    assert heading["x"] + heading["width"] > width / 2  # set against the right-hand edge
    screenshot(page, "languages-guide-ar")


def test_page_only_in_english_shows_a_notice_on_the_french_site(live_site, new_context, screenshot):
    live_site.manage("shell", "-c", CREATE_ENGLISH_ONLY_GUIDE)
    page = new_context().new_page()
    page.goto(f"{live_site.url}/fr/guides/{ENGLISH_ONLY_SLUG}/")
    assert page.get_by_role("heading", level=1).inner_text() == "New guidance, not yet translated"
    notice = page.locator(".notice--untranslated")
    assert "Cette page n’a pas encore été traduite" in notice.inner_text()
    assert "version anglaise" in notice.inner_text()
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("main").get_attribute("lang") == "en"
    screenshot(page, "languages-untranslated-fr")

    page.goto(f"{live_site.url}/ar/guides/{ENGLISH_ONLY_SLUG}/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("main").get_attribute("dir") == "ltr"  # English text reads left to right
    assert page.locator(".notice--untranslated").get_attribute("dir") == "rtl"
    screenshot(page, "languages-untranslated-ar")
