"""Who may open which dashboard: campaign staff everything, a coordinator their own
organisation's training figures only, everyone else nothing."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from campaign_site.accounts.models import Membership, MembershipRole, User
from campaign_site.dashboards.access import viewer_for

from .conftest import PASSWORD, PERIOD, with_mfa

DASHBOARD_URLS = ["dashboards_overview", "dashboards_reach", "dashboards_training"]
CSV_URLS = [
    ("overview", "headlines"),
    ("reach", "by-country"),
    ("training", "by-role"),
]


@pytest.mark.django_db
def test_the_migration_creates_the_campaign_staff_group_with_the_permission():
    group = Group.objects.get(name="Campaign staff")
    codenames = set(group.permissions.values_list("content_type__app_label", "codename"))
    assert ("dashboards", "view_reach_dashboards") in codenames
    assert ("wagtailadmin", "access_admin") in codenames
    assert ("reach", "add_outreachactivity") in codenames


@pytest.mark.django_db
@pytest.mark.parametrize("name", DASHBOARD_URLS)
def test_anonymous_visitors_are_sent_to_sign_in(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize("name", DASHBOARD_URLS)
def test_staff_without_a_second_factor_are_sent_to_set_one_up(client, name):
    user = User.objects.create_user(email="new.staff@example.org", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Campaign staff"))
    client.force_login(user)
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert "/2fa/" in response["Location"]


@pytest.mark.django_db
def test_a_group_member_who_is_not_staff_still_needs_a_second_factor(client):
    # The admin middleware only asks staff and coordinators; the dashboards ask everyone.
    user = User.objects.create_user(email="analyst@example.org", password=PASSWORD)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_reach_dashboards"),
    )
    client.force_login(user)
    response = client.get(reverse("dashboards_reach"))
    assert response.status_code == 302
    assert "/2fa/" in response["Location"]
    with_mfa(user)
    assert client.get(reverse("dashboards_reach"), PERIOD).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("name", DASHBOARD_URLS)
def test_editors_without_the_permission_get_403(client, name):
    editor = User.objects.create_user(email="editor@example.org", password=PASSWORD, is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    with_mfa(editor)
    client.force_login(editor)
    assert client.get(reverse(name)).status_code == 403
    assert client.get(reverse("dashboards_csv", args=["training", "by-role"])).status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize("name", DASHBOARD_URLS)
def test_campaign_staff_open_every_dashboard(staff_client, name):
    response = staff_client.get(reverse(name), PERIOD)
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")


@pytest.mark.django_db
def test_learners_cannot_reach_the_admin_dashboards(client):
    learner = with_mfa(User.objects.create_user(email="l@example.org", password=PASSWORD))
    client.force_login(learner)
    response = client.get(reverse("dashboards_training"))
    # Wagtail refuses people without admin access before the view runs.
    assert response.status_code in (302, 403)
    assert "Enrolments" not in response.content.decode()


@pytest.mark.django_db
def test_a_coordinator_opens_the_training_dashboard_of_their_organisation(
    coordinator_client, organisations
):
    response = coordinator_client.get(reverse("dashboards_training"), PERIOD)
    assert response.status_code == 200
    assert response.context["form"].filters().organisation == organisations["police"].pk
    # The organisation menu lists theirs only.
    choices = dict(response.context["form"].fields["organisation"].choices)
    assert set(choices) == {organisations["police"].pk}


@pytest.mark.django_db
@pytest.mark.parametrize("org", ["court", "other"])
def test_a_coordinator_asking_for_another_organisation_gets_403(
    coordinator_client, organisations, org
):
    other = organisations[org].pk
    page = coordinator_client.get(reverse("dashboards_training"), {"organisation": other})
    assert page.status_code == 403
    export = coordinator_client.get(
        reverse("dashboards_csv", args=["training", "by-role"]), {"organisation": other}
    )
    assert export.status_code == 403


@pytest.mark.django_db
def test_a_coordinator_asking_for_an_organisation_that_does_not_exist_gets_403(
    coordinator_client,
):
    response = coordinator_client.get(reverse("dashboards_training"), {"organisation": 999999})
    assert response.status_code == 403


@pytest.mark.django_db
def test_a_coordinator_cannot_open_reach_figures(coordinator_client):
    assert coordinator_client.get(reverse("dashboards_reach")).status_code == 403
    assert (
        coordinator_client.get(reverse("dashboards_csv", args=["reach", "by-country"])).status_code
        == 403
    )
    assert (
        coordinator_client.get(reverse("dashboards_csv", args=["overview", "targets"])).status_code
        == 403
    )


@pytest.mark.django_db
def test_a_coordinator_opening_the_overview_lands_on_their_training_dashboard(
    coordinator_client,
):
    response = coordinator_client.get(reverse("dashboards_overview") + "?role=police")
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboards_training") + "?role=police"


@pytest.mark.django_db
def test_a_coordinator_does_not_see_the_organisation_breakdown(coordinator_client):
    response = coordinator_client.get(reverse("dashboards_training"), PERIOD)
    keys = [panel.key for panel in response.context["panels"]]
    assert "by-organisation" not in keys
    export = coordinator_client.get(reverse("dashboards_csv", args=["training", "by-organisation"]))
    assert export.status_code == 404


@pytest.mark.django_db
def test_removing_the_coordinator_role_removes_the_access_at_once(
    client, coordinator, organisations
):
    client.force_login(coordinator)
    assert client.get(reverse("dashboards_training")).status_code == 200
    Membership.objects.filter(user=coordinator).update(role=MembershipRole.LEARNER)
    response = client.get(reverse("dashboards_training"))
    assert response.status_code in (302, 403)


@pytest.mark.django_db
def test_coordinators_are_let_into_the_admin_but_get_no_other_permission(coordinator):
    assert coordinator.has_perm("wagtailadmin.access_admin")
    assert not coordinator.has_perm("dashboards.view_reach_dashboards")
    assert not coordinator.has_perm("reach.view_outreachactivity")
    viewer = viewer_for(coordinator)
    assert viewer.may_view_training and not viewer.may_view_reach


@pytest.mark.django_db
def test_the_menu_shows_each_person_their_dashboards(staff_client, client, coordinator):
    staff_page = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    for name in DASHBOARD_URLS:
        assert reverse(name) in staff_page
    client.force_login(coordinator)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("dashboards_training") in page
    assert reverse("dashboards_reach") not in page


@pytest.mark.django_db
def test_the_permission_can_be_given_in_the_group_editor(client, admin_user):
    client.force_login(admin_user)
    group = Group.objects.get(name="Campaign staff")
    page = client.get(reverse("wagtailusers_groups:edit", args=[group.pk])).content.decode()
    assert "Can view the reach and training dashboards of every organisation" in page


@pytest.mark.django_db
@pytest.mark.parametrize("dashboard,panel", CSV_URLS)
def test_unknown_panels_and_dashboards_answer_404(staff_client, dashboard, panel):
    assert staff_client.get(reverse("dashboards_csv", args=[dashboard, "nope"])).status_code == 404
    assert staff_client.get(reverse("dashboards_csv", args=["nope", panel])).status_code == 404
