from datetime import date

import pytest
from django.contrib.auth import get_user_model

from home.models import GuidePage


@pytest.fixture
def staff_client(client, guidance, settings):
    settings.MFA_REQUIRED_PATH_PREFIXES = []  # the MFA gate is tested by accounts
    admin = get_user_model().objects.create_superuser(email="admin@example.org", password="x" * 16)
    client.force_login(admin)
    GuidePage.objects.filter(slug="talking").update(
        last_reviewed=date(2024, 1, 1), review_due=date(2025, 1, 1), review_owner=admin
    )
    return client


def test_report_lists_guides_past_their_review_date(staff_client):
    response = staff_client.get("/admin/reports/guides-due-for-review/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "EN Talking with your child" in html and "admin@example.org" in html
    assert "EN How to report" not in html


def test_report_filters_by_language_and_exports_csv(staff_client):
    from wagtail.models import Locale

    arabic = Locale.objects.get(language_code="ar").pk
    html = staff_client.get(f"/admin/reports/guides-due-for-review/?locale={arabic}").content
    assert "AR Talking with your child" in html.decode()
    assert "EN Talking with your child" not in html.decode()
    csv = staff_client.get("/admin/reports/guides-due-for-review/?export=csv")
    assert csv.status_code == 200
    body = b"".join(csv.streaming_content).decode() if csv.streaming else csv.content.decode()
    assert "Days overdue" in body and "EN Talking with your child" in body


def test_report_is_closed_to_people_without_page_permissions(client, guidance, settings):
    settings.MFA_REQUIRED_PATH_PREFIXES = []
    user = get_user_model().objects.create_user(email="learner@example.org", password="x" * 16)
    client.force_login(user)
    response = client.get("/admin/reports/guides-due-for-review/")
    assert response.status_code in (302, 403)
    assert client.logout() is None
    assert client.get("/admin/reports/guides-due-for-review/").status_code == 302


def test_help_directory_is_managed_in_the_admin(staff_client):
    response = staff_client.get("/admin/snippets/home/supportservice/")
    assert response.status_code == 200
    assert "EN UK hotline" in response.content.decode()


@pytest.mark.parametrize(
    "slug",
    [
        "home",
        "parents",
        "young-people",
        "11-13",
        "lesson",
        "guides",
        "extortion",
        "topics",
        "grooming",
        "help",
    ],
)
def test_editors_can_open_and_preview_every_page_type(staff_client, pages, slug):
    page = pages[("en", slug)]
    edit = staff_client.get(f"/admin/pages/{page.pk}/edit/")
    assert edit.status_code == 200
    preview = staff_client.get(f"/admin/pages/{page.pk}/edit/preview/?mode=")
    assert preview.status_code in (200, 400)  # 400: no preview data posted yet


def test_editor_can_add_a_guide_through_the_admin(staff_client, pages):
    index = pages[("en", "guides")]
    add_url = f"/admin/pages/add/home/guidepage/{index.pk}/"
    assert staff_client.get(add_url).status_code == 200
    form = staff_client.get(add_url).context["form"]
    assert set(form.fields["audiences"].choices) >= {("parents", "Parents and carers")}
