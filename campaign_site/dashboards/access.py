"""Who sees which dashboard.

- Campaign staff (the `dashboards.view_reach_dashboards` permission, given by the "Campaign
  staff" group) see every dashboard for every organisation.
- A training coordinator sees the training dashboard of the organisations they coordinate,
  and nothing else: asking for another organisation answers 403.

Coordinators are not Wagtail editors, so `CoordinatorAdminAccessBackend` lets them into the
admin (where only the dashboard's menu item is shown to them) for as long as they coordinate
an organisation; removing the membership removes the access at once.
"""

from dataclasses import dataclass

from django.contrib.auth.backends import BaseBackend

from campaign_site.accounts.selectors import coordinated_organisations

STAFF_PERMISSION = "dashboards.view_reach_dashboards"
ADMIN_ACCESS_PERMISSION = "wagtailadmin.access_admin"
_COORDINATOR_CACHE = "_dashboards_coordinated_ids"


def coordinated_organisation_ids(user) -> tuple[int, ...]:
    """The organisations the user coordinates, remembered for the rest of the request."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return ()
    cached = getattr(user, _COORDINATOR_CACHE, None)
    if cached is None:
        cached = tuple(
            coordinated_organisations(user).order_by("name").values_list("pk", flat=True)
        )
        setattr(user, _COORDINATOR_CACHE, cached)
    return cached


@dataclass(frozen=True)
class Viewer:
    """What one signed-in person may see on the dashboards."""

    sees_everything: bool
    organisation_ids: tuple[int, ...]

    @property
    def may_view_training(self) -> bool:
        return self.sees_everything or bool(self.organisation_ids)

    @property
    def may_view_reach(self) -> bool:
        return self.sees_everything

    def may_view_organisation(self, organisation_id: int) -> bool:
        return self.sees_everything or organisation_id in self.organisation_ids


def viewer_for(user) -> Viewer:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return Viewer(sees_everything=False, organisation_ids=())
    if user.has_perm(STAFF_PERMISSION):
        return Viewer(sees_everything=True, organisation_ids=())
    return Viewer(sees_everything=False, organisation_ids=coordinated_organisation_ids(user))


class CoordinatorAdminAccessBackend(BaseBackend):
    """Grants the Wagtail admin's access permission to active training coordinators.

    It authenticates nobody and grants nothing else; every other screen of the admin still
    asks for its own permission.
    """

    def has_perm(self, user_obj, perm, obj=None):
        if perm != ADMIN_ACCESS_PERMISSION or obj is not None:
            return False
        return bool(coordinated_organisation_ids(user_obj))
