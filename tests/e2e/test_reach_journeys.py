"""Reach: visits counted from a real browser without cookies; staff import outreach in the
admin (English and Arabic) and print a short link's QR code."""

import json
import re
from pathlib import Path

from campaign_site.accounts.demo import DEMO_STAFF_EMAIL, DEMO_STAFF_PASSWORD
from tests.e2e.staff import sign_in_with_code

BROWSER_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/156.0.0.0 Safari/537.36"
)
READ_COUNTS = """
import json, time
from django.db.models import Sum
from campaign_site.reach import services
from campaign_site.reach.models import DailyVisitRollup, VisitEvent
deadline = time.monotonic() + 30
while True:
    services.flush_buffer()
    services.roll_up_recent()
    rows = DailyVisitRollup.objects.filter(dimension="total", audience="*")
    by_locale = {r["locale"]: r["n"] for r in rows.values("locale").annotate(n=Sum("visits"))}
    devices = sorted(DailyVisitRollup.objects.filter(dimension="device", audience="*")
                     .values_list("value", flat=True).distinct())
    if sum(by_locale.values()) >= EXPECTED or time.monotonic() > deadline:
        break
    time.sleep(1)
print(json.dumps({"by_locale": by_locale, "devices": devices}))
"""
SET_ADMIN_LANGUAGE = """
from campaign_site.accounts.models import User
from wagtail.users.models import UserProfile
profile = UserProfile.get_for_user(User.objects.get(email="staff@example.org"))
profile.preferred_language = "LANGUAGE"
profile.save()
"""


def counts(live_site, expected):
    out = live_site.manage("shell", "-c", READ_COUNTS.replace("EXPECTED", str(expected)))
    return json.loads(out.strip().splitlines()[-1])


def test_visits_are_counted_without_cookies_with_and_without_javascript(live_site, new_context):
    # Headless Chromium calls itself "HeadlessChrome" and is filtered out as a bot.
    visitor = new_context(user_agent=BROWSER_UA)
    page = visitor.new_page()
    beacons = []
    page.on(
        "request",
        lambda request: (
            beacons.append(request.url) if request.url.endswith("/reach/beacon") else None
        ),
    )
    page.goto(f"{live_site.url}/en/")
    page.goto(f"{live_site.url}/ar/")
    page.wait_for_timeout(500)
    assert len(beacons) == 2
    assert all(url.startswith(live_site.url) for url in beacons)  # nothing to another site
    assert visitor.cookies() == []

    # A feature phone without JavaScript is counted by the <noscript> image.
    phone = new_context(
        java_script_enabled=False,
        user_agent=(
            "Mozilla/5.0 (Mobile; Nokia 8110 4G; rv:48.0) Gecko/48.0 Firefox/48.0 KAIOS/2.5"
        ),
    )
    statuses = []
    phone_page = phone.new_page()
    phone_page.on(
        "response",
        lambda response: (
            statuses.append(response.status) if "/reach/pixel.gif" in response.url else None
        ),
    )
    phone_page.goto(f"{live_site.url}/fr/")
    phone_page.wait_for_timeout(500)
    assert statuses == [200]
    assert phone.cookies() == []

    figures = counts(live_site, expected=3)
    assert figures["by_locale"].get("en", 0) >= 1
    assert figures["by_locale"].get("ar", 0) >= 1
    assert figures["by_locale"].get("fr", 0) >= 1
    assert "feature-phone" in figures["devices"]


def write_csv(tmp_path: Path, name: str, rows: list[str]) -> Path:
    header = (
        "date,kind,title,country,language,organisation,campaign,participants_parents,"
        "participants_teachers,participants_young_people,participants_professionals,"
        "participants_others,notes"
    )
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_staff_import_outreach_and_print_a_short_link(live_site, new_context, screenshot, tmp_path):
    page = new_context().new_page()
    sign_in_with_code(page, live_site, DEMO_STAFF_EMAIL, DEMO_STAFF_PASSWORD)
    page.goto(f"{live_site.url}/admin/reach/outreach/")
    page.get_by_role("link", name="Import CSV").click()
    page.wait_for_url(re.compile(r".*/admin/reach/outreach-import/$"))

    bad = write_csv(
        tmp_path,
        "bad.csv",
        [
            "2026-03-14,school-talk,Online safety talk,KE,en,Example School,,0,2,85,0,0,",
            "14/03/2026,lecture,Wrong date and kind,XX,en,,,0,0,5,0,0,",
            "2026-03-15,workshop,Nobody came,KE,en,,,0,0,0,0,0,",
        ],
    )
    page.set_input_files("#id_file", str(bad))
    page.locator("form[enctype='multipart/form-data'] button[type=submit]").click()
    assert page.get_by_role("alert").inner_text().startswith("Nothing was imported")
    problems = page.locator("table.listing tbody tr")
    assert problems.count() == 4  # date, kind, country on row 3; participants on row 4
    screenshot(page, "reach-outreach-import-problems-en")

    good = write_csv(
        tmp_path,
        "good.csv",
        [
            "2026-03-14,school-talk,Online safety talk,KE,en,Example School,,0,2,85,0,0,",
            "2026-03-20,workshop,Parents evening,Kenya,en,,,40,0,0,0,3,",
        ],
    )
    page.set_input_files("#id_file", str(good))
    page.locator("form[enctype='multipart/form-data'] button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/admin/reach/outreach/$"))
    assert "2 activities imported" in page.content()
    # The demo's own activities are more recent, so look the imported one up.
    page.goto(f"{live_site.url}/admin/reach/outreach/?q=Parents+evening")
    assert page.get_by_text("Parents evening").first.is_visible()
    screenshot(page, "reach-outreach-list-en")

    page.goto(f"{live_site.url}/admin/reach/links/new/")
    page.fill("#id_code", "e2e-poster")
    page.fill("#id_label", "Corridor poster, secondary schools")
    page.fill("#id_target_url", "https://www.iwf.org.uk/")
    page.locator("footer button.button-longrunning[type=submit]").click()
    page.wait_for_url(re.compile(r".*/admin/reach/links/$"))
    screenshot(page, "reach-short-links-en")
    with page.expect_download() as download:
        page.locator("tr", has_text="/go/e2e-poster").get_by_role(
            "link", name="QR code (SVG)"
        ).click()
    assert download.value.suggested_filename == "qr-e2e-poster.svg"

    live_site.manage("shell", "-c", SET_ADMIN_LANGUAGE.replace("LANGUAGE", "ar"))
    try:
        page.goto(f"{live_site.url}/admin/reach/outreach-import/")
        assert page.locator("html").get_attribute("dir") == "rtl"
        page.set_input_files("#id_file", str(bad))
        page.locator("form[enctype='multipart/form-data'] button[type=submit]").click()
        page.get_by_role("alert").wait_for()
        # Row 2 was imported a moment ago, so now it is listed as already recorded too.
        assert page.locator("table.listing tbody tr").count() == 5
        screenshot(page, "reach-outreach-import-problems-ar")
        page.goto(f"{live_site.url}/admin/reach/outreach/")
        screenshot(page, "reach-outreach-list-ar")
        page.goto(f"{live_site.url}/admin/reach/links/")
        screenshot(page, "reach-short-links-ar")
    finally:
        live_site.manage("shell", "-c", SET_ADMIN_LANGUAGE.replace("LANGUAGE", ""))
