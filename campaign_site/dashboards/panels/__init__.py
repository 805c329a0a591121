"""The three dashboards, by the key their URLs use."""

from .base import Dashboard, DashboardData, Panel
from .overview import OVERVIEW
from .reach import REACH
from .training import TRAINING_DASHBOARD

DASHBOARDS: dict[str, Dashboard] = {
    dashboard.key: dashboard for dashboard in (OVERVIEW, REACH, TRAINING_DASHBOARD)
}

__all__ = ["DASHBOARDS", "Dashboard", "DashboardData", "Panel"]
