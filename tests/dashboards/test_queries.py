"""Each dashboard page runs a fixed number of queries, however much data it shows."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from campaign_site.accounts.models import Organisation, ProfessionalRole

from .conftest import APRIL, PERIOD, YEAR, daily, learner

pytestmark = pytest.mark.django_db


def _count(client, url, params):
    client.get(url, params)  # the first request fills per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


def _more_data(course):
    """More countries, languages, channels, organisations and learners than the scenario."""
    from datetime import datetime

    from django.utils import timezone

    from campaign_site.reach import services
    from campaign_site.reach.models import DailyVisitRollup
    from courses.models import Enrolment

    rows = []
    for n, country in enumerate(["AL", "VN", "KE", "RS", "MX"]):
        day = APRIL.replace(day=10 + n)
        rows += [
            daily(day, "total", "", country, "en", "*", 50, 30),
            daily(day, "total", "", country, "en", "parents", 50, 30),
            daily(day, "channel", "referral", country, "en", "*", 50, 30),
            daily(day, "topic", "reporting", country, "en", "*", 50, 30),
        ]
    DailyVisitRollup.objects.bulk_create(rows)
    services.roll_up_month(month=APRIL)
    zone = timezone.get_current_timezone()
    for n in range(3):
        organisation = Organisation.objects.create(name=f"Extra {n}", country="KE", kind="police")
        for m in range(6):
            user = learner(
                f"extra{n}.{m}@example.org",
                role=ProfessionalRole.JUDGE,
                country="KE",
                organisation=organisation,
            )
            Enrolment.objects.create(
                user=user,
                course_key=course.translation_key,
                enrolled_at=datetime(YEAR, 4, 2 + m, tzinfo=zone),
            )


@pytest.mark.parametrize("name", ["dashboards_overview", "dashboards_reach", "dashboards_training"])
def test_query_count_does_not_grow_with_the_data(staff_client, scenario, name):
    url = reverse(name)
    before = _count(staff_client, url, PERIOD)
    _more_data(scenario.course)
    assert _count(staff_client, url, PERIOD) == before


def test_query_budgets(staff_client, scenario, coordinator):
    budgets = {
        name: _count(staff_client, reverse(name), PERIOD)
        for name in ["dashboards_overview", "dashboards_reach", "dashboards_training"]
    }
    other = Client()
    other.force_login(coordinator)
    budgets["coordinator training"] = _count(other, reverse("dashboards_training"), PERIOD)
    budgets["csv"] = _count(
        staff_client, reverse("dashboards_csv", args=["training", "by-role"]), PERIOD
    )
    # About 13 of each are the session, two-factor check, permissions and the admin menu.
    assert budgets == {
        "dashboards_overview": 27,
        "dashboards_reach": 33,
        "dashboards_training": 28,
        "coordinator training": 29,
        "csv": 14,
    }
