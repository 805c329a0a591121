"""Outreach records and their CSV import, targets with progress, and small-cell suppression."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from campaign_site.reach import selectors, services
from campaign_site.reach.models import (
    Campaign,
    OutreachActivity,
    OutreachImport,
    Target,
    TrackedLink,
)
from campaign_site.reach.outreach_import import COLUMNS, template_csv
from campaign_site.reach.selectors import ReachFilters
from campaign_site.reach.suppression import display_count, suppress_rows

pytestmark = pytest.mark.django_db
HEADER = ",".join(COLUMNS)


def csv_of(*rows: str) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode()


GOOD_ROWS = (
    "2026-03-14,school-talk,Online safety talk,KE,en,Example School,,0,2,85,0,0,Year 8",
    "2026-03-20,Workshop,Parents evening,Kenya,sw-unused,,,40,0,0,0,0,",
)


def test_a_good_file_imports_every_row(staff_user):
    raw = csv_of(GOOD_ROWS[0], "2026-03-21,workshop,Parents evening,Kenya,fr,,,40,0,0,0,3,")
    result = services.import_outreach_csv(raw=raw, file_name="march.csv", user=staff_user)
    assert result.ok and result.created == 2
    activity = OutreachActivity.objects.get(title="Parents evening")
    assert (activity.country.code, activity.kind, activity.total_participants) == (
        "KE",
        "workshop",
        43,
    )
    assert activity.imported_from == OutreachImport.objects.get()
    assert activity.created_by == staff_user


def test_a_file_with_bad_rows_imports_nothing_and_lists_every_problem(staff_user):
    raw = csv_of(
        GOOD_ROWS[0],
        "14/03/2026,school-talk,Bad date,KE,en,,,0,0,5,0,0,",
        "2026-03-14,lecture,Bad kind,XX,en,,,0,0,5,0,0,",
        "2026-03-15,workshop,Nobody came,KE,en,,,0,0,0,0,0,",
        "2026-03-16,workshop,Negative,KE,en,,,-3,0,0,0,0,",
        f"{timezone.localdate() + timedelta(days=3)},event,Future,KE,en,,,5,0,0,0,0,",
        "2026-03-17,event,Unknown campaign,KE,en,,nope,5,0,0,0,0,",
        "2026-03-18,event,Too few values,KE",
        GOOD_ROWS[0],  # the same activity twice
    )
    result = services.import_outreach_csv(raw=raw, file_name="bad.csv", user=staff_user)
    assert not result.ok
    assert not OutreachActivity.objects.exists() and not OutreachImport.objects.exists()
    problems = {(p.row, p.column) for p in result.problems}
    assert (3, "date") in problems
    assert (4, "kind") in problems and (4, "country") in problems
    assert (5, "") in problems  # no participants
    assert (6, "participants_parents") in problems
    assert (7, "date") in problems
    assert (8, "campaign") in problems
    assert (9, "") in problems
    assert (10, "") in problems and "row 2" in [p for p in result.problems if p.row == 10][
        0
    ].message
    assert 2 not in {p.row for p in result.problems}


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b"date;kind;title\n", "Required column"),
        (HEADER.encode() + b",colour\n", "Unknown column"),
        (HEADER.encode() + b"\n", "no rows"),
        ("\ufeff".encode() + HEADER.encode() + b"\n\xff\xfe,,\n", "UTF-8"),
        (b"\x00\x01binary", "not a CSV"),
    ],
)
def test_broken_files_are_explained(staff_user, raw, message):
    result = services.import_outreach_csv(raw=raw, file_name="x.csv", user=staff_user)
    assert not result.ok
    assert message in " ".join(p.message + " " + p.column for p in result.problems)


def test_too_many_rows_are_refused(staff_user):
    row = "2026-03-14,school-talk,Talk {n},KE,en,,,0,0,5,0,0,"
    raw = csv_of(*(row.format(n=n) for n in range(2001)))
    result = services.import_outreach_csv(raw=raw, file_name="big.csv", user=staff_user)
    assert not result.ok and "split" in result.problems[0].message
    assert not OutreachActivity.objects.exists()


def test_semicolon_files_from_spreadsheets_work(staff_user):
    raw = (HEADER.replace(",", ";") + "\n" + GOOD_ROWS[0].replace(",", ";") + "\n").encode(
        "utf-8-sig"
    )
    assert services.import_outreach_csv(raw=raw, file_name="x.csv", user=staff_user).ok


def test_the_template_file_imports_cleanly(staff_user):
    result = services.import_outreach_csv(
        raw=template_csv().encode(), file_name="t.csv", user=staff_user
    )
    assert result.ok, result.problems


def test_the_database_refuses_an_activity_without_participants():
    with pytest.raises(IntegrityError), transaction.atomic():
        OutreachActivity.objects.create(
            date=date(2026, 1, 1), kind="event", title="Empty", country="KE", language="en"
        )


def test_targets_report_progress_for_their_period_country_and_audience(staff_user):
    services.import_outreach_csv(raw=csv_of(GOOD_ROWS[0]), file_name="a.csv", user=staff_user)
    Target.objects.create(
        indicator="outreach-participants",
        value=1000,
        starts_on=date(2026, 1, 1),
        ends_on=date(2026, 12, 31),
    )
    Target.objects.create(
        indicator="outreach-participants",
        value=50,
        audience="young-people",
        starts_on=date(2026, 1, 1),
        ends_on=date(2026, 12, 31),
        country="KE",
    )
    Target.objects.create(
        indicator="outreach-participants",
        value=50,
        starts_on=date(2026, 1, 1),
        ends_on=date(2026, 12, 31),
        country="BR",
    )
    progress = {
        (p.target.audience, str(p.target.country)): (p.actual, p.percent)
        for p in selectors.target_progress(on=date(2026, 6, 1))
    }
    assert progress == {("", ""): (87, 8), ("young-people", "KE"): (85, 170), ("", "BR"): (0, 0)}


def test_target_validation():
    target = Target(
        indicator="learners-certified",
        value=10,
        audience="parents",
        starts_on=date(2026, 1, 1),
        ends_on=date(2025, 1, 1),
    )
    with pytest.raises(ValidationError) as error:
        target.full_clean()
    assert "audience" in error.value.message_dict


def test_outreach_breakdowns(staff_user):
    services.import_outreach_csv(raw=csv_of(GOOD_ROWS[0]), file_name="a.csv", user=staff_user)
    year = ReachFilters(date(2026, 1, 1), date(2026, 12, 31))
    assert selectors.outreach_participants(year)["total"] == 87
    assert selectors.outreach_by(year, "kind") == [("school-talk", 1, 87)]
    teachers = ReachFilters(date(2026, 1, 1), date(2026, 12, 31), audience="teachers")
    assert selectors.outreach_participants(teachers) == {"teachers": 2, "total": 2, "activities": 1}


def test_small_cells_are_shown_and_exported_as_under_five(settings):
    assert [display_count(n) for n in (0, 1, 4, 5, 1234)] == ["0", "<5", "<5", "5", "1234"]
    settings.REACH_SMALL_CELL_THRESHOLD = 10
    assert display_count(9) == "<10"
    rows = suppress_rows([{"country": "KE", "visits": 3, "visitors": 12}], ("visits", "visitors"))
    assert rows == [{"country": "KE", "visits": "<10", "visitors": "12"}]


def test_campaign_and_link_constraints():
    with pytest.raises(IntegrityError), transaction.atomic():
        Campaign.objects.create(
            slug="x", name="X", starts_on=date(2026, 2, 1), ends_on=date(2026, 1, 1)
        )
    link = TrackedLink(code="Bad Code!", label="x", target_url="http://insecure.example")
    with pytest.raises(ValidationError) as error:
        link.full_clean()
    assert "code" in error.value.message_dict


# --- admin screens ---------------------------------------------------------------------------


@pytest.fixture
def staff_user(db):
    from campaign_site.accounts.factories import UserFactory

    return UserFactory(is_staff=True, is_superuser=True)


@pytest.fixture
def admin_client(client, staff_user, monkeypatch):
    from campaign_site.accounts import selectors as account_selectors

    monkeypatch.setattr(account_selectors, "has_mfa", lambda user: True)
    client.force_login(staff_user)
    return client


def test_staff_import_a_csv_in_the_admin(admin_client, site):
    page = admin_client.get("/admin/reach/outreach/")
    assert page.status_code == 200 and "Import CSV" in page.content.decode()
    upload = SimpleUploadedFile("march.csv", csv_of(GOOD_ROWS[0]), content_type="text/csv")
    response = admin_client.post("/admin/reach/outreach-import/", {"file": upload})
    assert response.status_code == 302
    assert OutreachActivity.objects.count() == 1


def test_the_admin_lists_every_problem_and_imports_nothing(admin_client, site):
    upload = SimpleUploadedFile(
        "bad.csv", csv_of("2026-13-45,x,,,,,,,,,,,"), content_type="text/csv"
    )
    response = admin_client.post("/admin/reach/outreach-import/", {"file": upload})
    html = response.content.decode()
    assert response.status_code == 200 and "Nothing was imported" in html
    assert "YYYY-MM-DD" in html
    assert not OutreachActivity.objects.exists()
    too_big = SimpleUploadedFile("big.csv", b"a" * (1024 * 1024 + 1), content_type="text/csv")
    response = admin_client.post("/admin/reach/outreach-import/", {"file": too_big})
    assert "larger than 1 MB" in response.content.decode()


def test_people_without_permission_cannot_import(client, site):
    from campaign_site.accounts.factories import UserFactory

    client.force_login(UserFactory())
    response = client.get("/admin/reach/outreach-import/")
    assert response.status_code in (302, 403)


@pytest.mark.parametrize(
    "path",
    [
        "/admin/reach/outreach/",
        "/admin/reach/targets/",
        "/admin/reach/campaigns/",
        "/admin/reach/links/",
        "/admin/reach/outreach/new/",
        "/admin/reach/links/new/",
        "/admin/reach/targets/new/",
    ],
)
def test_admin_screens_open(admin_client, site, path):
    assert admin_client.get(path).status_code == 200


def test_short_link_qr_code_download(admin_client, site):
    link = TrackedLink.objects.create(
        code="poster", label="Poster", target_url="https://example.org/"
    )
    response = admin_client.get(f"/admin/reach/links/{link.pk}/qr.svg")
    assert response.status_code == 200 and response["Content-Type"] == "image/svg+xml"
    assert b"<svg" in response.content


def test_demo_records_load_twice_without_duplicates():
    from io import StringIO

    from campaign_site.reach import demo

    demo.load(stdout=StringIO())
    demo.load(stdout=StringIO())
    assert OutreachActivity.objects.count() == 4
    assert Campaign.objects.count() == 2 and TrackedLink.objects.count() == 1
    progress = selectors.target_progress()
    assert {p.target.indicator for p in progress} >= {"visitor-days", "outreach-participants"}
    assert all(a.notes.startswith("Example") for a in OutreachActivity.objects.all())
