"""Courses: a lesson page, the learner dashboard with 20 enrolments, and a cohort report and
its CSV for 5,000 learners. Data is created once in the benchmark database and reused."""

from datetime import date

from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from .common import Result, count_queries, time_calls

BENCH_PREFIX = "bench-course-"
LEARNERS = 5000


def _user(email, **extra):
    from campaign_site.accounts.models import User

    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=None, **extra)
    return user


def _courses(count):
    from courses.demo import build_course, ensure_course_index
    from courses.models import CoursePage
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    index = ensure_course_index(home=home, content={"title": "Training", "intro": ""})
    existing = {c.slug: c for c in CoursePage.objects.child_of(index)}
    from tests.courses.conftest import course_content

    courses = []
    for number in range(count):
        slug = f"{BENCH_PREFIX}{number}"
        course = existing.get(slug) or build_course(
            index=index,
            slug=slug,
            meta={"roles": [], "restricted": False},
            content_by_language={
                "en": course_content("en", modules=3, lessons=3, prefix=f"Bench {number}")
            },
        )
        courses.append(course)
    return courses


def _learner_with_enrolments(courses):
    from courses import services
    from courses.models import LessonPage

    learner = _user("bench.learner@example.org", first_name="Bench", last_name="Learner")
    for course in courses:
        enrolment = services.enrol(user=learner, course=course)
        lessons = list(LessonPage.objects.descendant_of(course).order_by("path")[:2])
        for lesson in lessons:
            services.record_completion(enrolment=enrolment, kind="lesson", page=lesson)
    return learner


def _cohort(course):
    from allauth.mfa.models import Authenticator

    from campaign_site.accounts.models import Membership, MembershipRole, Organisation, User
    from courses.models import Cohort, CohortMembership, Enrolment

    organisation, _ = Organisation.objects.get_or_create(
        name="Benchmark Police", defaults={"country": "FR", "kind": "police"}
    )
    coordinator = _user("bench.coordinator@example.org")
    Membership.objects.update_or_create(
        user=coordinator, organisation=organisation, defaults={"role": MembershipRole.COORDINATOR}
    )
    if not Authenticator.objects.filter(user=coordinator).exists():
        Authenticator.objects.create(
            user=coordinator, type=Authenticator.Type.TOTP, data={"secret": "BENCHBENCHBENCHBENCH"}
        )
    cohort, created = Cohort.objects.get_or_create(
        organisation=organisation,
        name="Benchmark cohort",
        defaults={"course_key": course.translation_key, "deadline": date(2099, 1, 1)},
    )
    if cohort.memberships.count() < LEARNERS:
        now = timezone.now()
        with transaction.atomic():
            users = User.objects.bulk_create(
                [
                    User(
                        email=f"bench.{n}@cohort.example.org",
                        first_name="Learner",
                        last_name=f"{n:05d}",
                        password="!",
                    )
                    for n in range(LEARNERS)
                ],
                batch_size=1000,
            )
            CohortMembership.objects.bulk_create(
                [CohortMembership(cohort=cohort, user=user) for user in users], batch_size=1000
            )
            Enrolment.objects.bulk_create(
                [
                    Enrolment(
                        user=user,
                        course_key=course.translation_key,
                        progress_percent=n % 101,
                        started_at=now if n % 3 else None,
                        completed_at=now if n % 101 == 100 else None,
                        last_activity_at=now,
                    )
                    for n, user in enumerate(users)
                ],
                batch_size=1000,
            )
    return coordinator, cohort


def _measure(client, url, name, results, *, repeat=30):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    if hasattr(response, "streaming_content"):
        b"".join(response.streaming_content)

    def fetch():
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)

    count = count_queries(fetch)
    timing = time_calls(fetch, repeat=repeat, warmup=1)
    results.append(Result(f"{name} median", timing["median"], "ms"))
    results.append(Result(f"{name} p95", timing["p95"], "ms"))
    results.append(Result(f"{name} queries", count, "queries"))


def run(ctx):
    from courses.models import LessonPage

    results = []
    courses = _courses(20)
    learner = _learner_with_enrolments(courses)
    client = Client()
    client.force_login(learner)
    lesson = LessonPage.objects.descendant_of(courses[0]).order_by("path")[2]
    _measure(client, lesson.url, "courses lesson page", results)
    with translation.override("en"):
        dashboard = reverse("courses:dashboard")
    _measure(client, dashboard, "courses dashboard (20 enrolments)", results)

    coordinator, cohort = _cohort(courses[0])
    staff = Client()
    staff.force_login(coordinator)
    with translation.override("en"):
        report = reverse("courses:cohort_report", args=[cohort.pk])
        export = reverse("courses:cohort_csv", args=[cohort.pk])
    _measure(staff, report, f"courses cohort report ({LEARNERS} learners)", results, repeat=5)
    _measure(staff, export, f"courses cohort CSV ({LEARNERS} learners)", results, repeat=5)
    return results
