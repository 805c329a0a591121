"""Dashboards at scale: a year of reach at 10 million visits and 100,000 learners, then every
dashboard page (and the largest CSV exports) timed through Django with a staff member and a
coordinator signed in. Target: each page under one second.

The data is written straight into the tables the dashboards read (daily and monthly visit
rollups, outreach activities, targets, learners with profiles, enrolments, certificates,
learner milestones and monthly quiz cells) once per benchmark database, then reused.
`DASHBOARD_BENCH_SCALE` (default 1) shrinks or grows it; `seed(scale)` also fills a
development database with a smaller year to look at.
"""

import os
import random
import time
import uuid
from collections import defaultdict
from datetime import date, datetime, timedelta

from django.db import connection, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from .common import Result, count_queries, time_calls

VISITS_PER_YEAR = 10_000_000
LEARNERS = 100_000
MARKER = "bench-dashboards-spring"
# Counted as if by the Redis buffer: the reach benchmark loads its own year through the
# database path (source 1), and cells already there are left as they are.
SOURCE = 2
PAGE_TARGET_MS = 1000
EMAIL_DOMAIN = "learners.bench.example"

# (country, languages, share of visits)
COUNTRIES = [
    ("BR", ["pt-br"], 0.14),
    ("FR", ["fr"], 0.11),
    ("VN", ["vi"], 0.10),
    ("MX", ["es"], 0.06),
    ("KE", ["en"], 0.06),
    ("JO", ["ar", "en"], 0.05),
    ("RU", ["ru"], 0.05),
    ("CN", ["zh-hans"], 0.05),
    ("ES", ["es"], 0.05),
    ("AL", ["sq"], 0.04),
    ("RS", ["sr-latn"], 0.04),
    ("MA", ["ar", "fr"], 0.04),
    ("EG", ["ar"], 0.04),
    ("PH", ["en"], 0.04),
    ("GB", ["en"], 0.03),
    ("PE", ["es"], 0.03),
    ("SN", ["fr"], 0.02),
    ("CI", ["fr"], 0.02),
    ("", ["en"], 0.02),
]
AUDIENCES = [("parents", 0.40), ("teachers", 0.15), ("young-people", 0.30), ("", 0.15)]
TOPICS = [
    ("grooming", 0.18),
    ("sexual-extortion", 0.15),
    ("self-generated-images", 0.09),
    ("live-streamed-abuse", 0.03),
    ("gaming-and-chat", 0.09),
    ("reporting", 0.06),
]
CHANNELS = [
    ("direct", 0.30),
    ("search", 0.35),
    ("social", 0.20),
    ("referral", 0.05),
    ("campaign", 0.05),
    ("qr", 0.05),
]
DEVICES = [("mobile", 0.60), ("desktop", 0.30), ("tablet", 0.07), ("feature-phone", 0.03)]
PAGE_TYPES = [
    ("homepage", 0.20),
    ("audiencepage", 0.20),
    ("agebandpage", 0.10),
    ("guidepage", 0.30),
    ("topicpage", 0.10),
    ("help", 0.05),
    ("resourcepage", 0.05),
]
LINKS = [("poster-school", 0.004), ("poster-clinic", 0.003), ("radio-spot", 0.002)]
ROLES = [
    ("police", 0.5),
    ("prosecutor", 0.2),
    ("judge", 0.15),
    ("justice_other", 0.05),
    ("social_worker", 0.05),
    ("educator", 0.05),
]
ROLLUP_COLUMNS = (
    "day",
    "dimension",
    "value",
    "country",
    "locale",
    "audience",
    "source",
    "visits",
    "visitors",
)


def _whole(rng: random.Random, expected: float) -> int:
    """A whole count with the expected value (the fraction decided by chance)."""
    base = int(expected)
    return base + (1 if rng.random() < expected - base else 0)


def _year(today: date) -> tuple[date, date]:
    return today - timedelta(days=365), today - timedelta(days=1)


def _campaign_windows(first: date) -> list[tuple[str, str, date, date]]:
    return [
        (
            MARKER,
            "Spring awareness week (benchmark)",
            first + timedelta(days=100),
            first + timedelta(days=130),
        ),
        (
            "bench-dashboards-autumn",
            "Back to school (benchmark)",
            first + timedelta(days=250),
            first + timedelta(days=280),
        ),
    ]


def _pages(rng: random.Random) -> list[tuple[str, str, float]]:
    """(page key, audience, share) for 60 pages, a few read far more than the rest."""
    keys = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(60)]
    weights = [1 / (rank + 1) for rank in range(60)]
    total = sum(weights)
    return [
        (key, AUDIENCES[n % len(AUDIENCES)][0], weight / total)
        for n, (key, weight) in enumerate(zip(keys, weights, strict=True))
    ]


def _day_rows(rng, day, visits_today, campaigns, pages):
    rows = []
    campaign = next((slug for slug, _n, start, end in campaigns if start <= day <= end), None)

    def cell(dimension, value, country, locale, audience, visits):
        if visits > 0:
            rows.append(
                (
                    day,
                    dimension,
                    value,
                    country,
                    locale,
                    audience,
                    SOURCE,
                    visits,
                    max(1, round(visits * 0.62)),
                )
            )

    for country, languages, country_share in COUNTRIES:
        for position, locale in enumerate(languages):
            language_share = 1.0 if len(languages) == 1 else (0.8 if position == 0 else 0.2)
            here = visits_today * country_share * language_share
            split = [(audience, _whole(rng, here * share)) for audience, share in AUDIENCES]
            cell("total", "", country, locale, "*", sum(n for _a, n in split))
            for audience, n in split:
                cell("total", "", country, locale, audience, n)
            groups = [
                ("topic", TOPICS),
                ("channel", CHANNELS),
                ("device", DEVICES),
                ("page-type", PAGE_TYPES),
            ]
            if campaign:
                groups.append(("campaign", [(campaign, 0.10)]))
            for dimension, values in groups:
                for value, share in values:
                    parts = [(a, _whole(rng, here * share * a_share)) for a, a_share in AUDIENCES]
                    cell(dimension, value, country, locale, "*", sum(n for _a, n in parts))
                    for audience, n in parts:
                        cell(dimension, value, country, locale, audience, n)
            for key, audience, share in pages:
                n = _whole(rng, here * share)
                cell("page", key, country, locale, "*", n)
                cell("page", key, country, locale, audience, n)
            for code, share in LINKS:
                cell("link", code, country, locale, "*", _whole(rng, here * share))
    return rows


def _seed_reach(rng, scale, first, last, out):
    from campaign_site.reach import services
    from campaign_site.reach.models import Campaign, DailyVisitRollup, OutreachActivity, Target

    campaigns = _campaign_windows(first)
    for slug, name, start, end in campaigns:
        Campaign.objects.get_or_create(
            slug=slug, defaults={"name": name, "starts_on": start, "ends_on": end}
        )
    pages = _pages(rng)
    per_day = VISITS_PER_YEAR * scale / 365
    table = connection.ops.quote_name(DailyVisitRollup._meta.db_table)
    sql = (
        f"INSERT INTO {table} ({', '.join(ROLLUP_COLUMNS)}) "  # noqa: S608
        f"VALUES ({', '.join(['%s'] * len(ROLLUP_COLUMNS))}) ON CONFLICT DO NOTHING"
    )
    rows_written, visits_written, day = 0, 0, first
    started = time.monotonic()
    buffer = []
    while day <= last:
        weekday = 0.85 if day.weekday() >= 5 else 1.06
        bump = 1.5 if any(s <= day <= e for _slug, _n, s, e in campaigns) else 1.0
        rows = _day_rows(rng, day, per_day * weekday * bump, campaigns, pages)
        visits_written += sum(r[7] for r in rows if r[1] == "total" and r[5] == "*")
        buffer.extend(rows)
        if len(buffer) > 50_000:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.executemany(sql, buffer)
            rows_written += len(buffer)
            buffer = []
        day += timedelta(days=1)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.executemany(sql, buffer)
    rows_written += len(buffer)
    month = first.replace(day=1)
    while month <= last:
        services.roll_up_month(month=month)
        month = services.next_month(month)
    out(
        f"   {visits_written:,} visits in {rows_written:,} daily rollup rows "
        f"({time.monotonic() - started:.0f} s)"
    )

    kinds = ["school-talk", "workshop", "training", "event", "media"]
    activities = []
    for n in range(max(20, int(2000 * scale))):
        country, languages, _share = rng.choice(COUNTRIES[:-1])
        activities.append(
            OutreachActivity(
                date=first + timedelta(days=rng.randrange(365)),
                kind=kinds[n % len(kinds)],
                title=f"Benchmark activity {n}",
                country=country,
                language=languages[0],
                participants_parents=rng.randrange(0, 60),
                participants_teachers=rng.randrange(0, 20),
                participants_young_people=rng.randrange(1, 200),
            )
        )
    OutreachActivity.objects.bulk_create(activities, batch_size=2000)
    for indicator, value in [
        ("visitor-days", int(8_000_000 * scale) + 1),
        ("outreach-participants", int(250_000 * scale) + 1),
        ("learners-completed", int(60_000 * scale) + 1),
        ("learners-certified", int(50_000 * scale) + 1),
    ]:
        Target.objects.get_or_create(
            indicator=indicator,
            country="",
            audience="",
            starts_on=first,
            ends_on=last + timedelta(days=60),
            defaults={"value": value},
        )


def _demo_courses():
    """(course key, [(module key, quiz key, [question keys])]) of the demo courses."""
    from courses.models import CoursePage, ModulePage, QuizPage
    from courses.selectors import quiz_questions

    found = []
    for course in CoursePage.objects.filter(locale__language_code="en"):
        modules = []
        for module in ModulePage.objects.child_of(course):
            quiz = QuizPage.objects.child_of(module).first()
            if quiz is not None:
                questions = [q.key for q in quiz_questions(quiz)]
                modules.append((module.translation_key, quiz.translation_key, questions))
        if modules:
            found.append((course.translation_key, modules))
    if not found:
        raise RuntimeError("the benchmark needs the demo courses (load_demo_content)")
    return found


def _add_up_quiz_totals():
    """The totals of every learner, as the tally keeps them beside the detailed cells."""
    from django.db.models import Sum

    from campaign_site.dashboards.models import (
        TOTAL_FIELDS,
        QuizModuleMonth,
        QuizModuleMonthTotal,
        QuizQuestionMonth,
        QuizQuestionMonthTotal,
    )

    for source, target, keys, counts in [
        (
            QuizModuleMonth,
            QuizModuleMonthTotal,
            TOTAL_FIELDS,
            ("attempts", "passed", "first_attempts", "first_passed"),
        ),
        (
            QuizQuestionMonth,
            QuizQuestionMonthTotal,
            (*TOTAL_FIELDS, "question_key"),
            ("answers", "correct"),
        ),
    ]:
        target.objects.all().delete()
        rows = (
            source.objects.order_by().values(*keys).annotate(**{f"sum_{c}": Sum(c) for c in counts})
        )
        target.objects.bulk_create(
            [
                target(**{k: row[k] for k in keys}, **{c: row[f"sum_{c}"] for c in counts})
                for row in rows
            ],
            batch_size=5000,
        )


def _pick(rng, weighted):
    roll, total = rng.random(), 0.0
    for value, share in weighted:
        total += share
        if roll < total:
            return value
    return weighted[-1][0]


def _seed_learners(rng, scale, first, last, out):
    from campaign_site.accounts.models import Organisation, Profile, User
    from campaign_site.dashboards.models import QuizModuleMonth, QuizQuestionMonth
    from campaign_site.reach.models import LearnerMilestone
    from courses.models import Certificate, Enrolment

    started = time.monotonic()
    zone = timezone.get_current_timezone()
    now = timezone.now()
    organisations = []
    for n in range(50):
        country, _languages, _share = COUNTRIES[n % (len(COUNTRIES) - 1)]
        organisation, _ = Organisation.objects.get_or_create(
            name=f"Benchmark agency {n:02d}",
            country=country,
            defaults={"kind": ["police", "prosecution", "judiciary"][n % 3]},
        )
        organisations.append(organisation)
    courses = _demo_courses()
    count = max(50, int(LEARNERS * scale))
    users = User.objects.bulk_create(
        [User(email=f"bench.{n}@{EMAIL_DOMAIN}", password="!") for n in range(count)],
        batch_size=5000,
    )
    profiles, people = [], []
    for user in users:
        organisation = organisations[int(rng.paretovariate(1.2)) % len(organisations)]
        role = _pick(rng, ROLES)
        language = {c: langs for c, langs, _s in COUNTRIES}[organisation.country.code][0]
        profiles.append(
            Profile(
                user=user,
                professional_role=role,
                organisation=organisation,
                country=organisation.country.code,
                preferred_language=language,
            )
        )
        people.append((user, role, organisation, language))
    Profile.objects.bulk_create(profiles, batch_size=5000)

    enrolments, plans = [], []
    for user, role, organisation, language in people:
        for course_key, modules in rng.sample(courses, 2 if rng.random() < 0.3 else 1):
            enrolled = datetime.combine(
                first + timedelta(days=rng.randrange(365)), datetime.min.time(), tzinfo=zone
            )
            enrolled += timedelta(minutes=rng.randrange(24 * 60))
            started_at = enrolled + timedelta(hours=2) if rng.random() < 0.85 else None
            completed_at = None
            if started_at and rng.random() < 0.65:
                completed_at = min(
                    now - timedelta(minutes=5),
                    enrolled + timedelta(days=rng.lognormvariate(2.5, 0.7)),
                )
            enrolments.append(
                Enrolment(
                    user=user,
                    course_key=course_key,
                    enrolled_at=enrolled,
                    started_at=started_at,
                    completed_at=completed_at,
                    last_activity_at=completed_at or started_at or enrolled,
                    progress_percent=100 if completed_at else 30,
                    language=language,
                )
            )
            plans.append((role, organisation, language, modules))
    Enrolment.objects.bulk_create(enrolments, batch_size=5000)
    certificates, milestones = [], []
    modules_cells = defaultdict(lambda: [0, 0, 0, 0])
    for enrolment, (role, organisation, language, modules) in zip(enrolments, plans, strict=True):
        country = organisation.country.code
        milestones.append(
            LearnerMilestone(
                kind="enrolled",
                source_ref=enrolment.pk,
                day=enrolment.enrolled_at.date(),
                role=role,
                organisation=organisation,
                country=country,
            )
        )
        if enrolment.completed_at:
            milestones.append(
                LearnerMilestone(
                    kind="completed",
                    source_ref=enrolment.pk,
                    day=enrolment.completed_at.date(),
                    role=role,
                    organisation=organisation,
                    country=country,
                )
            )
            if rng.random() < 0.9:
                issued = enrolment.completed_at
                lapse = (
                    now + timedelta(days=rng.randrange(1, 90))
                    if rng.random() < 0.03
                    else issued + timedelta(days=730)
                )
                certificates.append(
                    Certificate(
                        number=f"B{enrolment.pk:09d}",
                        enrolment=enrolment,
                        user=enrolment.user,
                        course_key=enrolment.course_key,
                        holder_name="",
                        course_title="Benchmark",
                        language=language,
                        issued_at=issued,
                        expires_at=max(lapse, issued + timedelta(days=1)),
                    )
                )
        if enrolment.started_at:
            month = enrolment.enrolled_at.date().replace(day=1)
            for module_key, quiz_key, _questions in modules:
                if rng.random() < 0.75:
                    tries = 1 if rng.random() < 0.7 else 2
                    cell = modules_cells[
                        (
                            month,
                            enrolment.course_key,
                            module_key,
                            quiz_key,
                            country,
                            role,
                            organisation.pk,
                            language,
                        )
                    ]
                    cell[0] += tries
                    cell[1] += 1 if rng.random() < 0.85 else 0
                    cell[2] += 1
                    cell[3] += 1 if tries == 1 else 0
    Certificate.objects.bulk_create(certificates, batch_size=5000)
    holders = {
        e.pk: (role, organisation)
        for e, (role, organisation, _l, _m) in zip(enrolments, plans, strict=True)
    }
    for certificate in certificates:
        role, organisation = holders[certificate.enrolment.pk]
        milestones.append(
            LearnerMilestone(
                kind="certified",
                source_ref=certificate.pk,
                day=certificate.issued_at.date(),
                role=role,
                organisation=organisation,
                country=organisation.country.code,
            )
        )
    LearnerMilestone.objects.bulk_create(milestones, batch_size=5000)
    questions_of = {quiz: questions for _c, modules in courses for _m, quiz, questions in modules}
    module_rows, question_rows = [], []
    for key, (attempts, passed, firsts, first_passed) in modules_cells.items():
        month, course_key, module_key, quiz_key, country, role, organisation_id, language = key
        common = {
            "month": month,
            "course_key": course_key,
            "module_key": module_key,
            "quiz_key": quiz_key,
            "country": country,
            "role": role,
            "organisation_id": organisation_id,
            "language": language,
        }
        module_rows.append(
            QuizModuleMonth(
                attempts=attempts,
                passed=min(passed, attempts),
                first_attempts=firsts,
                first_passed=min(first_passed, firsts),
                **common,
            )
        )
        for position, question in enumerate(questions_of[quiz_key]):
            share = 0.55 + 0.4 * ((position * 37) % 10) / 10
            question_rows.append(
                QuizQuestionMonth(
                    question_key=question, answers=attempts, correct=int(attempts * share), **common
                )
            )
    QuizModuleMonth.objects.bulk_create(module_rows, batch_size=5000)
    QuizQuestionMonth.objects.bulk_create(question_rows, batch_size=5000)
    _add_up_quiz_totals()
    out(
        f"   {count:,} learners, {len(enrolments):,} enrolments, {len(certificates):,} "
        f"certificates, {len(question_rows):,} monthly question cells "
        f"({time.monotonic() - started:.0f} s)"
    )
    return organisations


def _bench_organisations():
    from campaign_site.accounts.models import Organisation

    return Organisation.objects.filter(name__startswith="Benchmark agency ")


def _already_seeded() -> bool:
    """The monthly quiz cells are written last: with them, everything is there."""
    from campaign_site.dashboards.models import QuizQuestionMonth

    ids = list(_bench_organisations().values_list("pk", flat=True))
    return QuizQuestionMonth.objects.filter(organisation_id__in=ids).exists()


def _remove_partial_seed():
    """What an interrupted seed left (rollup cells are kept: inserting skips them)."""
    from campaign_site.accounts.models import User
    from campaign_site.dashboards.models import QuizModuleMonth
    from campaign_site.reach.models import LearnerMilestone, OutreachActivity
    from courses.models import Certificate, Enrolment

    users = User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}")
    enrolments = Enrolment.objects.filter(user__in=users)
    certificates = Certificate.objects.filter(enrolment__in=enrolments)
    LearnerMilestone.objects.filter(
        kind="certified", source_ref__in=certificates.values("pk")
    ).delete()
    LearnerMilestone.objects.filter(
        kind__in=["enrolled", "completed"], source_ref__in=enrolments.values("pk")
    ).delete()
    certificates.delete()
    enrolments.delete()
    users.delete()
    OutreachActivity.objects.filter(title__startswith="Benchmark activity").delete()
    ids = list(_bench_organisations().values_list("pk", flat=True))
    QuizModuleMonth.objects.filter(organisation_id__in=ids).delete()


def seed(scale: float = 1.0, *, out=print) -> bool:
    """Fill the database with a year of benchmark data once; False when already there."""
    if _already_seeded():
        return False
    _remove_partial_seed()
    rng = random.Random(20261122)
    first, last = _year(timezone.localdate())
    out(f"   seeding a year of dashboard data at scale {scale:g} (once per database)")
    _seed_reach(rng, scale, first, last, out)
    _seed_learners(rng, scale, first, last, out)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return True


def _staff_and_coordinator():
    from allauth.mfa.models import Authenticator
    from django.contrib.auth.models import Group

    from campaign_site.accounts.models import Membership, MembershipRole, Organisation, User

    staff, _ = User.objects.get_or_create(
        email="bench.staff@dashboards.bench.example", defaults={"is_staff": True}
    )
    staff.groups.add(Group.objects.get(name="Campaign staff"))
    organisation = Organisation.objects.get(name="Benchmark agency 00")
    coordinator, _ = User.objects.get_or_create(email="bench.coordinator@dashboards.bench.example")
    Membership.objects.update_or_create(
        user=coordinator, organisation=organisation, defaults={"role": MembershipRole.COORDINATOR}
    )
    for user in (staff, coordinator):
        if not Authenticator.objects.filter(user=user).exists():
            Authenticator.objects.create(
                user=user, type=Authenticator.Type.TOTP, data={"secret": "BENCHBENCHBENCHBENCH"}
            )
    return staff, coordinator, organisation


def _measure(client, url, name, results, *, repeat=10, target=PAGE_TARGET_MS):
    """Wall time (what a person waits for, on this machine as loaded as it is) and CPU time of
    this process (Django and SQLite, which runs inside it), per request."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    holder = {}
    query_count = count_queries(lambda: holder.update(response=client.get(url)))
    response = holder["response"]
    size = len(response.content)
    cpu = []

    def fetch():
        started = time.process_time()
        client.get(url)
        cpu.append((time.process_time() - started) * 1000)

    timing = time_calls(fetch, repeat=repeat, warmup=1)
    cpu = sorted(cpu[1:])
    results.append(
        Result(f"{name} median", timing["median"], "ms", target, details={"bytes": size})
    )
    results.append(Result(f"{name} p95", timing["p95"], "ms"))
    results.append(Result(f"{name} CPU median", cpu[len(cpu) // 2], "ms", target))
    results.append(Result(f"{name} queries", query_count, "queries"))


def _tally(results, count=5000):
    """Count a fresh batch of quiz attempts (8 answers each) into the monthly cells."""
    from django.db.models import Max

    from campaign_site.dashboards.services import tally_quiz_attempts
    from courses.models import Enrolment, QuizAnswer, QuizAttempt

    tally_quiz_attempts()  # anything left from an earlier run
    courses = dict(_demo_courses())
    number = (QuizAttempt.objects.aggregate(n=Max("number"))["n"] or 0) + 1
    enrolments = list(
        Enrolment.objects.filter(
            started_at__isnull=False, user__email__endswith=EMAIL_DOMAIN
        ).order_by("pk")[:count]
    )
    now = timezone.now()
    attempts = []
    for enrolment in enrolments:
        module_key, quiz_key, _questions = courses[enrolment.course_key][0]
        attempts.append(
            QuizAttempt(
                enrolment=enrolment,
                quiz_key=quiz_key,
                module_key=module_key,
                number=number,
                submitted_at=now,
                correct_count=6,
                question_count=8,
                score_percent=75,
                pass_mark=70,
                passed=True,
                language=enrolment.language,
            )
        )
    QuizAttempt.objects.bulk_create(attempts, batch_size=2000)
    answers = [
        QuizAnswer(
            attempt=attempt, question_key=question, selected=[], is_correct=position % 4 != 0
        )
        for attempt in attempts
        for position, question in enumerate(courses[attempt.enrolment.course_key][0][2])
    ]
    QuizAnswer.objects.bulk_create(answers, batch_size=5000)
    started = time.perf_counter()
    counted = tally_quiz_attempts()
    seconds = time.perf_counter() - started
    assert counted == len(attempts), (counted, len(attempts))
    results.append(
        Result(
            "dashboards quiz tally",
            counted / seconds,
            "attempts/s",
            target=1000,
            target_op=">=",
            details={"answers": len(answers)},
        )
    )


def run(ctx):
    scale = float(os.environ.get("DASHBOARD_BENCH_SCALE", "1"))
    results = []
    started = time.monotonic()
    if seed(scale):
        results.append(Result("dashboards seed (once)", time.monotonic() - started, "s"))
    staff, coordinator, organisation = _staff_and_coordinator()
    client, coordinator_client = Client(), Client()
    client.force_login(staff)
    coordinator_client.force_login(coordinator)
    pages = [
        ("dashboards overview (12 months)", reverse("dashboards_overview")),
        ("dashboards reach (12 months, by week)", reverse("dashboards_reach")),
        ("dashboards reach (12 months, by day)", reverse("dashboards_reach") + "?interval=day"),
        ("dashboards training (12 months)", reverse("dashboards_training")),
    ]
    for name, url in pages:
        _measure(client, url, name, results)
    _measure(
        coordinator_client,
        reverse("dashboards_training"),
        "dashboards training, coordinator (12 months)",
        results,
    )
    csv = reverse("dashboards_csv", args=["reach", "by-country"])
    _measure(client, csv, "dashboards CSV reach by country", results)
    csv = reverse("dashboards_csv", args=["training", "by-organisation"])
    _measure(client, csv, "dashboards CSV training by organisation", results)
    _tally(results)
    return results
