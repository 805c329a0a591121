"""The Dashboards menu (overview, reach, training), their URLs, icon and permission."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from . import views
from .access import viewer_for
from .panels import DASHBOARDS


class DashboardMenuItem(MenuItem):
    def __init__(self, dashboard, **kwargs):
        self.dashboard = dashboard
        super().__init__(
            dashboard.title,
            reverse(f"dashboards_{dashboard.key}"),
            name=f"dashboards-{dashboard.key}",
            icon_name=dashboard.icon,
            **kwargs,
        )

    def is_shown(self, request):
        return views.may_view(self.dashboard, viewer_for(request.user))


@hooks.register("register_admin_urls")
def register_dashboard_urls():
    return [
        path(
            "dashboards/",
            views.DashboardView.as_view(dashboard_key="overview"),
            name="dashboards_overview",
        ),
        path(
            "dashboards/reach/",
            views.DashboardView.as_view(dashboard_key="reach"),
            name="dashboards_reach",
        ),
        path(
            "dashboards/training/",
            views.DashboardView.as_view(dashboard_key="training"),
            name="dashboards_training",
        ),
        path(
            "dashboards/<slug:dashboard_key>/<slug:panel_key>.csv",
            views.dashboard_csv,
            name="dashboards_csv",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_dashboards_menu():
    items = [
        DashboardMenuItem(dashboard, order=order)
        for order, dashboard in enumerate(DASHBOARDS.values(), start=1)
    ]
    return SubmenuMenuItem(
        _("Dashboards"), Menu(items=items), icon_name="dashboards-chart", order=150
    )


@hooks.register("register_icons")
def register_dashboard_icons(icons):
    return [*icons, "dashboards/icons/chart.svg"]


@hooks.register("register_permissions")
def register_dashboard_permissions():
    return Permission.objects.filter(
        content_type__app_label="dashboards", codename="view_reach_dashboards"
    )
