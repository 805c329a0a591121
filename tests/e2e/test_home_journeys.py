"""Journeys through the awareness site in a real browser, with axe-core accessibility checks.

Words come from the demo content (home/demo_data), so the journeys follow what the content
writers wrote rather than copies of it.
"""

import importlib

import pytest

content_pt = importlib.import_module("home.demo_data.content_pt_br")
content_ar = importlib.import_module("home.demo_data.content_ar")
content_en = importlib.import_module("home.demo_data.content_en")
NEUTRAL_SITE = "https://www.wikipedia.org/"


def axe_violations(page) -> list[str]:
    """axe-core's violations on the current page, as "rule: target" lines."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
    ]


def _neutral_site(context):
    # The quick exit leaves for another website; the test machine has no internet.
    context.route(
        f"{NEUTRAL_SITE}**",
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>Wikipedia</title>Neutral page"
        ),
    )


def test_parent_preferring_portuguese_finds_sextortion_guide_and_brazils_services(
    live_site, new_context, screenshot
):
    context = new_context(
        locale="pt-BR", bypass_csp=True, extra_http_headers={"Accept-Language": "pt-BR,pt;q=0.9"}
    )
    page = context.new_page()
    page.goto(f"{live_site.url}/")
    assert page.url == f"{live_site.url}/pt-br/"

    # Click 1: the parents' page; click 2: the guide on sexual extortion.
    page.locator(".site-nav").get_by_role(
        "link", name=content_pt.AUDIENCES["parents"]["title"]
    ).click()
    page.wait_for_url("**/pt-br/parents/")
    guide_title = content_pt.GUIDES["if-your-child-is-being-sexually-extorted"]["title"]
    page.get_by_role("link", name=guide_title).first.click()
    page.wait_for_url("**/pt-br/guides/if-your-child-is-being-sexually-extorted/")
    assert page.get_by_role("heading", level=1).inner_text() == guide_title
    assert axe_violations(page) == []
    screenshot(page, "home-guide-pt-br")

    page.locator(".site-nav__help").click()
    page.wait_for_url("**/pt-br/help/")
    assert page.locator("#country").input_value() == "BR"  # Portuguese (Brazil) implies Brazil
    assert page.get_by_role("heading", name=content_pt.SERVICES["br-safernet"]["name"]).count()
    assert axe_violations(page) == []
    screenshot(page, "home-help-pt-br")

    # Choosing another country is a plain form: the choice lives in the URL.
    page.locator("#country").select_option("GB")
    page.locator(".country-form button").click()
    page.wait_for_url("**/pt-br/help/?country=GB")
    assert context.cookies() == []


def test_young_person_presses_escape_and_back_does_not_return(live_site, new_context):
    context = new_context()
    _neutral_site(context)
    page = context.new_page()
    page.goto(f"{live_site.url}/en/")
    page.locator(".site-nav").get_by_role(
        "link", name=content_en.AUDIENCES["young-people"]["title"]
    ).click()
    page.wait_for_url("**/en/young-people/")
    # The quick exit is the first thing the keyboard reaches.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-quick-exit')")
    page.keyboard.press("Escape")
    page.wait_for_url(NEUTRAL_SITE)
    page.go_back()
    page.wait_for_load_state()
    assert page.url == f"{live_site.url}/en/"  # the young people's page left the history


def test_quick_exit_is_a_plain_link_without_javascript(live_site, new_context):
    context = new_context(java_script_enabled=False)
    _neutral_site(context)
    page = context.new_page()
    page.goto(f"{live_site.url}/en/guides/someone-is-threatening-to-share-my-images/")
    page.locator("[data-quick-exit]").click()
    page.wait_for_url(NEUTRAL_SITE)


def test_teacher_downloads_a_lesson_outline(live_site, new_context, tmp_path):
    context = new_context(accept_downloads=True)
    page = context.new_page()
    page.goto(f"{live_site.url}/en/teachers/")
    resource = content_en.RESOURCES["lesson-trusted-adults-8-10"]
    page.get_by_role("link", name=resource["title"]).click()
    page.wait_for_url("**/en/teachers/lesson-trusted-adults-8-10/")
    with page.expect_download() as download_info:
        page.locator(".download .button").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    assert path.read_bytes().startswith(b"%PDF-")
    assert path.stat().st_size > 2000


def test_arabic_guide_renders_right_to_left(live_site, new_context, screenshot):
    context = new_context(bypass_csp=True)
    page = context.new_page()
    page.goto(f"{live_site.url}/ar/guides/how-to-report/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == content_ar.GUIDES["how-to-report"]["title"]
    box = heading.bounding_box()
    width = page.viewport_size["width"]
    assert box["x"] + box["width"] > width * 0.6  # starts from the right edge
    steps = page.locator(".steps li").first.bounding_box()
    assert steps["x"] + steps["width"] > width * 0.5
    assert axe_violations(page) == []
    screenshot(page, "home-guide-ar")


ACCESSIBILITY_PAGES = [
    "/{lang}/",
    "/{lang}/parents/",
    "/{lang}/guides/how-to-report/",
    "/{lang}/help/",
    "/{lang}/search/?q={query}",
]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_key_pages_have_no_axe_violations(live_site, new_context, screenshot, lang):
    query = "report" if lang == "en" else "الإبلاغ"
    context = new_context(bypass_csp=True)
    page = context.new_page()
    for template in ACCESSIBILITY_PAGES:
        path = template.format(lang=lang, query=query)
        page.goto(f"{live_site.url}{path}")
        assert axe_violations(page) == [], path
    assert page.locator(".search-results li").count() > 0


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("width", [1280, 320])
def test_pages_fit_narrow_screens_and_200_percent_zoom(
    live_site, new_context, screenshot, lang, width
):
    context = new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    for name, path in [
        ("home", "/"),
        ("guide", "/guides/how-to-report/"),
        ("help", "/help/?country=GB"),
    ]:
        page.goto(f"{live_site.url}/{lang}{path}")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{lang}{path} scrolls sideways at {width}px"
        screenshot(page, f"home-{name}-{lang}-{width}")
    # 200% zoom of a 640 px window is the 320 px layout; check the focus ring stays visible.
    page.goto(f"{live_site.url}/{lang}/")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_public_pages_transfer_under_100_kb_on_a_first_visit(live_site, new_context):
    for path in ["/en/", "/en/guides/how-to-report/", "/ar/help/?country=JO", "/en/teachers/"]:
        page = new_context().new_page()  # a first visit: nothing cached in the browser
        responses = []
        page.on("response", lambda response, seen=responses: seen.append(response))
        page.goto(f"{live_site.url}{path}", wait_until="networkidle")
        total = 0
        for response in responses:
            if response.request.resource_type in ("document", "stylesheet", "script"):
                total += len(response.body())
        assert 0 < total <= 100 * 1024, (path, total)
