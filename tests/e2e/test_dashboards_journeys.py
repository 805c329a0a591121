"""Dashboard journeys in a real browser against the running site (gunicorn + Celery).

1. A campaign staff member signs in with two-factor authentication, opens the overview,
   filters by country, and exports the headline figures as CSV: the file holds what the page
   shows. The charts are drawn by the platform's own plotly.js.
2. The same staff member reads the reach and training dashboards with the admin in Arabic:
   right to left, translated, charts drawn.
3. A coordinator signs in, sees the training figures of their own organisation, and is
   refused another organisation's.

The live site starts with the demo content only; a small year of reach figures is added
here (through the benchmark's generator), on past days.
"""

import csv
import io
import re

import pytest

from campaign_site.accounts.demo import (
    DEMO_COORDINATOR_PASSWORD,
    DEMO_STAFF_EMAIL,
    DEMO_STAFF_PASSWORD,
)
from tests.e2e.staff import set_admin_language, sign_in_with_code

SEED = (
    "import random; from datetime import timedelta; from django.utils import timezone; "
    "from tests.benchmarks import bench_dashboards as b; "
    "from campaign_site.reach.models import Campaign; "
    "today = timezone.localdate(); "
    "Campaign.objects.filter(slug=b.MARKER).exists() or b._seed_reach("
    "random.Random(7), 0.002, today - timedelta(days=365), today - timedelta(days=1), print)"
)


def axe_violations(page, context: str) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, context=context)
    return [
        f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
    ]


def wait_for_charts(page):
    page.wait_for_selector(".dashboard-chart--drawn .main-svg")
    drawn = page.locator(".dashboard-chart--drawn").count()
    assert drawn == page.locator("[data-dashboard-figure]").count()
    return drawn


def card_values(page) -> dict[str, str]:
    values = {}
    for card in page.locator("#panel-headlines .dashboard-card").all():
        values[card.locator("dt").inner_text().strip()] = (
            card.locator(".dashboard-card__value").inner_text().strip()
        )
    return values


@pytest.fixture(scope="module")
def reach_year(live_site):
    live_site.manage("shell", "-c", SEED, timeout=600)


def test_staff_filters_the_overview_by_country_and_exports_csv(
    live_site, reach_year, new_context, screenshot, tmp_path
):
    context = new_context(accept_downloads=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    sign_in_with_code(page, live_site, DEMO_STAFF_EMAIL, DEMO_STAFF_PASSWORD)
    page.goto(f"{live_site.url}/admin/")
    page.get_by_role("button", name="Dashboards").click()
    page.get_by_role("link", name="Overview").click()
    page.wait_for_url(re.compile(r".*/admin/dashboards/$"))
    assert wait_for_charts(page) >= 3
    everywhere = card_values(page)
    visitors = "People reached online (visitor-days)"
    assert int(everywhere[visitors].replace(",", "")) > 1000
    screenshot(page, "dashboards-overview-en")

    page.select_option("#id_country", "FR")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r".*country=FR.*"))
    wait_for_charts(page)
    in_france = card_values(page)
    assert (
        0 < int(in_france[visitors].replace(",", "")) < int(everywhere[visitors].replace(",", ""))
    )
    assert page.locator("#id_country").input_value() == "FR"
    assert axe_violations(page, ".dashboards") == []
    screenshot(page, "dashboards-overview-france-en")

    with page.expect_download() as download_info:
        page.locator("#panel-headlines").get_by_role(
            "link", name=re.compile("Download CSV")
        ).click()
    download = download_info.value
    assert re.match(
        r"overview-headlines-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.csv", download.suggested_filename
    )
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["Measure", "Figure", "Filters not applied"]
    assert {row[0]: row[1] for row in rows[1:]} == {
        label: value.replace(",", "") for label, value in in_france.items()
    }

    # The same view, shared as a link, shows the same figures.
    shared = new_context().new_page()
    sign_in_with_code(shared, live_site, DEMO_STAFF_EMAIL, DEMO_STAFF_PASSWORD)
    shared.goto(page.url)
    assert card_values(shared) == in_france
    assert errors == []
    # plotly.js came from this site.
    assert page.evaluate(
        "[...document.scripts].filter(s => s.src.includes('plotly')).map(s => s.src)"
    ) == [f"{live_site.url}/static/dashboards/vendor/plotly.min.js"]


def test_staff_read_the_dashboards_in_arabic(live_site, reach_year, new_context, screenshot):
    set_admin_language(live_site, DEMO_STAFF_EMAIL, "ar")
    try:
        page = new_context(locale="ar").new_page()
        sign_in_with_code(page, live_site, DEMO_STAFF_EMAIL, DEMO_STAFF_PASSWORD)
        for name in ("overview", "reach", "training"):
            path = "" if name == "overview" else f"{name}/"
            page.goto(f"{live_site.url}/admin/dashboards/{path}")
            assert page.locator("html").get_attribute("dir") == "rtl"
            assert page.locator("html").get_attribute("lang") == "ar"
            wait_for_charts(page)
            # Plotly draws left to right inside the right-to-left page.
            assert (
                page.locator(".dashboard-chart").first.evaluate(
                    "el => getComputedStyle(el).direction"
                )
                == "ltr"
            )
            screenshot(page, f"dashboards-{name}-ar")
        assert "تنزيل" in page.content() or "CSV" in page.content()
    finally:
        set_admin_language(live_site, DEMO_STAFF_EMAIL, "")


def test_a_coordinator_sees_their_organisation_only(live_site, new_context, screenshot):
    page = new_context().new_page()
    coordinator = "coordinator@police.demo-fr.example"
    sign_in_with_code(page, live_site, coordinator, DEMO_COORDINATOR_PASSWORD)
    page.goto(f"{live_site.url}/admin/dashboards/")
    page.wait_for_url(re.compile(r".*/admin/dashboards/training/.*"))
    organisation = page.locator("#id_organisation option:checked").inner_text()
    assert organisation.startswith("Demo National Police")
    assert page.locator("#id_organisation option").count() == 1
    screenshot(page, "dashboards-training-coordinator-en")
    other = (
        live_site.manage(
            "shell",
            "-c",
            "from campaign_site.accounts.models import Organisation; "
            "print(Organisation.objects.get(name='Demo Judicial Council').pk)",
        )
        .strip()
        .splitlines()[-1]
    )
    response = page.goto(f"{live_site.url}/admin/dashboards/training/?organisation={other}")
    assert response.status == 403
    assert page.get_by_role("heading", name="No access to these figures").is_visible()
    response = page.goto(f"{live_site.url}/admin/dashboards/reach/")
    assert response.status == 403
