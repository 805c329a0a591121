"""Course, module, lesson and quiz pages and the dashboard run a fixed number of queries,
however many modules, lessons or enrolments there are."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services
from courses.models import LessonPage, ModulePage, QuizPage
from tests.courses.test_services import finish
from tests.query_counts import page_queries

pytestmark = pytest.mark.django_db


def page_urls(course):
    return {
        "course": course.url,
        "module": ModulePage.objects.child_of(course).first().url,
        "lesson": LessonPage.objects.descendant_of(course).order_by("path").last().url,
        "quiz": QuizPage.objects.descendant_of(course).order_by("path").last().url,
    }


def test_course_pages_do_not_grow_with_modules_and_lessons(make_course, police):
    small = make_course("small", modules=1, lessons=1, languages=("en",))
    large = make_course("large", modules=4, lessons=4, languages=("en",))
    client = Client()
    client.force_login(police)
    for course in (small, large):
        services.enrol(user=police, course=course)
        lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
        for lesson in lessons[:-1]:
            services.complete_lesson(user=police, lesson=lesson)
    small_counts = {kind: page_queries(client, url) for kind, url in page_urls(small).items()}
    large_counts = {kind: page_queries(client, url) for kind, url in page_urls(large).items()}
    assert small_counts == large_counts
    # The budgets themselves, so a new query per page is a decision, not an accident.
    # (About half are the site's own: session, user sessions, page routing, language links.)
    assert small_counts["course"] <= 32, small_counts
    assert small_counts["module"] <= 35, small_counts
    assert small_counts["lesson"] <= 41, small_counts
    assert small_counts["quiz"] <= 38, small_counts


def test_dashboard_does_not_grow_with_enrolments(make_course, police):
    client = Client()
    client.force_login(police)
    first = make_course("first", modules=1, lessons=1, languages=("en",), roles=())
    services.enrol(user=police, course=first)
    one = page_queries(client, reverse("courses:dashboard"))
    for number in range(4):
        course = make_course(f"more-{number}", modules=2, lessons=2, languages=("en",), roles=())
        services.enrol(user=police, course=course)
        if number == 0:
            finish(police, course)
    many = page_queries(client, reverse("courses:dashboard"))
    assert one == many, (one, many)
    assert many <= 25


def test_cohort_report_does_not_grow_with_learners(course, coordinator, coordinated_cohort):

    from courses import selectors
    from tests.courses.conftest import make_user

    cohort = coordinated_cohort("Unit")
    services.join_cohort(user=make_user("one@example.org"), cohort=cohort)
    with CaptureQueriesContext(connection) as few:
        selectors.cohort_report(cohort=cohort)
    for number in range(5):
        services.join_cohort(user=make_user(f"l{number}@example.org"), cohort=cohort)
    with CaptureQueriesContext(connection) as many:
        report = selectors.cohort_report(cohort=cohort)
    assert len(report.rows) == 6
    assert len(few) == len(many) <= 6
