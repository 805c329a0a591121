"""The training dashboard: the scenario's enrolments, quizzes and certificates, for staff and
for the coordinator of Demo Police."""

import pytest
from django.urls import reverse

from courses.models import ReminderKind

from .conftest import PERIOD
from .pages import cards, csv_rows, figure, panels, table

pytestmark = pytest.mark.django_db

PROGRESS = ["Enrolled", "Started", "Completed", "Certified", "Completion rate"]


@pytest.fixture
def page(staff_client, scenario):
    response = staff_client.get(reverse("dashboards_training"), PERIOD)
    assert response.status_code == 200
    return response


def test_headline_figures(page):
    assert cards(page) == {
        "Enrolments": "20",
        "Completion rate": "55%",
        "Median days to complete": "12",
        "Valid certificates today": "9",
        "Certificates expiring in the next 90 days": "<5",
    }


def test_from_enrolment_to_certificate(page):
    assert table(page, "funnel") == [
        ["Step", "Enrolments", "Share of enrolments"],
        ["Enrolled", "20", "100%"],
        ["Started", "16", "80%"],
        ["Completed", "11", "55%"],
        ["Certified", "9", "45%"],
    ]
    assert figure(page, "funnel")["data"][0]["x"] == [20, 16, 11, 9]


def test_by_role_with_completion_rate_and_median(page):
    assert table(page, "by-role") == [
        ["Professional role", *PROGRESS, "Median days to complete"],
        ["Police officer", "12", "10", "8", "7", "67%", "10"],
        ["Judge", "6", "<5", "<5", "<5", "–", "–"],
        ["Prosecutor", "<5", "<5", "0", "0", "–", "–"],
    ]
    assert "– not shown: worked out from fewer than 5 people." in page.content.decode()


def test_by_country_and_by_organisation(page):
    assert table(page, "by-country")[1:] == [
        ["France", "12", "10", "8", "7", "67%"],
        ["Jordan", "6", "<5", "<5", "<5", "–"],
        ["Brazil", "<5", "<5", "0", "0", "–"],
    ]
    assert table(page, "by-organisation")[1:] == [
        ["Demo Police", "12", "10", "8", "7", "67%"],
        ["Demo Court", "6", "<5", "<5", "<5", "–"],
        ["No organisation", "<5", "<5", "0", "0", "–"],
    ]


def test_pass_rate_per_module(page, scenario):
    assert table(page, "module-pass-rates") == [
        ["Module", "Course", "Attempts", "Pass rate", "Passed at the first attempt"],
        ["Module 1", scenario.course.title, "12", "50%", "50%"],
    ]
    chart = figure(page, "module-pass-rates")
    assert chart["data"][0]["x"] == [50.0]


def test_hardest_questions_first(page):
    assert table(page, "hardest-questions") == [
        ["Question", "Module", "Answers", "Answered correctly"],
        ["Question two", "Module 1", "12", "50%"],
        ["Question one", "Module 1", "12", "100%"],
    ]


def test_certificates_expiring_by_week(page):
    rows = table(page, "expiring-certificates")
    assert rows[0] == ["Week starting", "Certificates expiring"]
    assert [row[1] for row in rows[1:]].count("<5") == 1
    assert {row[1] for row in rows[1:]} == {"0", "<5"}


def test_learners_who_came_back_after_a_reminder(page):
    assert cards(page, "after-reminders") == {
        "Learners sent a reminder": "12",
        "Learners active again within 7 days": "7",
        "Share who came back": "58%",
    }
    kinds = dict(ReminderKind.choices)
    assert table(page, "reminders-by-kind") == [
        ["Reminder", "Reminders sent"],
        [kinds["inactivity"], "10"],
        [kinds["deadline"], "<5"],
        [kinds["certificate_expiry"], "0"],
    ]


def test_reminder_figures_say_which_filters_they_ignore(staff_client, scenario):
    response = staff_client.get(reverse("dashboards_training"), {**PERIOD, "role": "police"})
    notes = " ".join(panels(response)["after-reminders"]["notes"])
    assert "Not limited by: professional role" in notes


def test_role_and_language_filters(staff_client, scenario):
    judges = staff_client.get(reverse("dashboards_training"), {**PERIOD, "role": "judge"})
    assert cards(judges)["Enrolments"] == "6"
    # Judges took no quiz: the panel says nothing was counted.
    assert table(judges, "hardest-questions") == []
    assert "Nothing was counted for these filters." in judges.content.decode()
    french = staff_client.get(reverse("dashboards_training"), {**PERIOD, "locale": "fr"})
    assert cards(french)["Enrolments"] == "12"


def test_audience_does_not_apply_to_training_and_says_so(staff_client, scenario):
    response = staff_client.get(reverse("dashboards_training"), {**PERIOD, "audience": "parents"})
    assert cards(response)["Enrolments"] == "20"
    assert "Not limited by: audience" in response.content.decode()


def test_quiz_figures_say_they_cover_whole_months(staff_client, scenario):
    response = staff_client.get(
        reverse("dashboards_training"), {"start": PERIOD["start"], "end": PERIOD["end"][:8] + "15"}
    )
    text = response.content.decode()
    assert "Quiz results are counted by calendar month" in text


class TestCoordinator:
    @pytest.fixture
    def page(self, coordinator_client, scenario):
        response = coordinator_client.get(reverse("dashboards_training"), PERIOD)
        assert response.status_code == 200
        return response

    def test_sees_their_organisation_only(self, page):
        assert cards(page) == {
            "Enrolments": "12",
            "Completion rate": "67%",
            "Median days to complete": "10",
            "Valid certificates today": "7",
            "Certificates expiring in the next 90 days": "<5",
        }
        assert table(page, "by-role")[1:] == [["Police officer", "12", "10", "8", "7", "67%", "10"]]
        assert table(page, "by-country")[1:] == [["France", "12", "10", "8", "7", "67%"]]
        for panel in ("funnel", "by-role", "by-country", "module-pass-rates"):
            text = " ".join(" ".join(row) for row in table(page, panel))
            assert "Judge" not in text and "Jordan" not in text and "Brazil" not in text
        assert "Demo Court" not in page.content.decode()
        assert cards(page, "after-reminders") == {
            "Learners sent a reminder": "10",
            "Learners active again within 7 days": "6",
            "Share who came back": "60%",
        }

    def test_csv_holds_their_organisation_only(self, coordinator_client, scenario):
        response = coordinator_client.get(
            reverse("dashboards_csv", args=["training", "funnel"]), PERIOD
        )
        assert csv_rows(response) == [
            ["Step", "Enrolments", "Share of enrolments (%)"],
            ["Enrolled", "12", "100"],
            ["Started", "10", "83"],
            ["Completed", "8", "67"],
            ["Certified", "7", "58"],
        ]

    def test_has_no_tabs_to_staff_dashboards(self, page):
        text = page.content.decode()
        assert 'class="dashboards-tabs"' not in text
        assert "Organisation" in text
