"""A visitor whose browser prefers Portuguese lands on /pt-br/ and switches to Arabic."""

import json
import time
import urllib.request


def test_portuguese_visitor_switches_to_arabic(live_site, new_context, screenshot):
    context = new_context(locale="pt-BR", extra_http_headers={"Accept-Language": "pt-BR,pt;q=0.9"})
    page = context.new_page()
    page.goto(f"{live_site.url}/")
    assert page.url == f"{live_site.url}/pt-br/"
    assert page.locator("html").get_attribute("lang") == "pt-br"
    assert page.locator("html").get_attribute("dir") == "ltr"
    screenshot(page, "foundation-home-pt-br")

    page.get_by_role("link", name="العربية").click()
    page.wait_for_url(f"{live_site.url}/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    # The brand sits at the right edge in a right-to-left layout.
    brand = page.locator(".site-header__brand").bounding_box()
    assert brand["x"] > page.viewport_size["width"] / 2
    screenshot(page, "foundation-home-ar")
    assert context.cookies() == []  # an anonymous visit sets no cookie


def test_healthz_reports_a_recent_beat(live_site):
    deadline = time.monotonic() + 60
    body = {}
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{live_site.url}/healthz", timeout=5) as response:  # noqa: S310
                body = json.load(response)
                if response.status == 200:
                    break
        except urllib.error.HTTPError as error:
            body = json.load(error)
        time.sleep(1)
    assert body.get("status") == "ok", body
    assert body["beat"]["age_seconds"] < 120
