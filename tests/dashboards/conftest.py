"""A known set of reach and training figures, and the people who look at them.

The scenario sits in March and April of last year, so "today" never falls inside it:

Online (daily rollups, monthly rows made by the reach service):
    FR/fr  10 March: 100 views, 40 visitor-days (parents 70/30, no single audience 30/10)
    FR/fr   5 April:  60 views, 25 visitor-days (parents 40/20, no single audience 20/5)
    BR/pt-br 10 March: 50 views, 20 visitor-days (teachers)
    JO/ar  10 March:   3 views,  3 visitor-days (young people): a small cell
    → 213 views, 88 visitor-days
Outreach: FR workshop 35 (30 parents, 5 teachers), BR school talk 120 young people,
    JO event 3 others → 158 participants in 3 activities.
Training (enrolments in March):
    Demo Police (FR, police): 12 enrolled, 10 started, 8 completed, 7 certified
    Demo Court (JO, judges):   6 enrolled,  4 started, 3 completed, 2 certified
    no organisation (BR, prosecutors): 2 enrolled, 2 started
    → 20 enrolled, 16 started, 11 completed, 9 certified; 2 certificates expire within 90 days.
Reminders: 10 police learners reminded (6 back within 7 days), 2 judges (1 back).
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import timezone

from campaign_site.accounts.models import (
    Membership,
    MembershipRole,
    Organisation,
    ProfessionalRole,
    User,
)
from campaign_site.reach import services as reach_services
from campaign_site.reach.models import (
    ALL_AUDIENCES,
    Campaign,
    DailyVisitRollup,
    Dimension,
    Indicator,
    LearnerMilestone,
    LearnerMilestoneKind,
    OutreachActivity,
    RollupSource,
    Target,
)
from courses.demo import build_course, ensure_course_index
from courses.models import Certificate, Enrolment, QuizAnswer, QuizAttempt
from courses.selectors import quiz_questions

YEAR = timezone.localdate().year - 1
MARCH, APRIL = date(YEAR, 3, 1), date(YEAR, 4, 1)
PERIOD = {"start": f"{YEAR}-03-01", "end": f"{YEAR}-04-30"}
PASSWORD = "a-long-test-password"


@pytest.fixture(autouse=True)
def _reset(settings):
    settings.REACH_SMALL_CELL_THRESHOLD = 5
    cache.clear()


def with_mfa(user):
    TOTP.activate(user, generate_totp_secret())
    return user


@pytest.fixture
def organisations(db):
    return {
        "police": Organisation.objects.create(name="Demo Police", country="FR", kind="police"),
        "court": Organisation.objects.create(name="Demo Court", country="JO", kind="judiciary"),
        "other": Organisation.objects.create(name="Other Agency", country="AL", kind="police"),
    }


@pytest.fixture
def campaign_staff(db):
    """Staff in the "Campaign staff" group the migration creates, with an authenticator."""
    user = User.objects.create_user(email="staff@example.org", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Campaign staff"))
    return with_mfa(User.objects.get(pk=user.pk))


@pytest.fixture
def coordinator(organisations):
    user = User.objects.create_user(email="coordinator@example.org", password=PASSWORD)
    Membership.objects.create(
        user=user, organisation=organisations["police"], role=MembershipRole.COORDINATOR
    )
    return with_mfa(user)


@pytest.fixture
def staff_client(client, campaign_staff):
    client.force_login(campaign_staff)
    return client


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


def daily(day, dimension, value, country, locale, audience, visits, visitors):
    return DailyVisitRollup(
        day=day,
        dimension=dimension,
        value=value,
        country=country,
        locale=locale,
        audience=audience,
        source=RollupSource.EVENTS,
        visits=visits,
        visitors=visitors,
    )


@dataclass
class Scenario:
    page_key: str = ""
    course: object = None
    question_texts: dict = field(default_factory=dict)
    enrolments: list = field(default_factory=list)


def seed_reach(page_key: str):
    d1, d2 = date(YEAR, 3, 10), date(YEAR, 4, 5)
    total, star = Dimension.TOTAL, ALL_AUDIENCES
    rows = [
        daily(d1, total, "", "FR", "fr", star, 100, 40),
        daily(d1, total, "", "FR", "fr", "parents", 70, 30),
        daily(d1, total, "", "FR", "fr", "", 30, 10),
        daily(d2, total, "", "FR", "fr", star, 60, 25),
        daily(d2, total, "", "FR", "fr", "parents", 40, 20),
        daily(d2, total, "", "FR", "fr", "", 20, 5),
        daily(d1, total, "", "BR", "pt-br", star, 50, 20),
        daily(d1, total, "", "BR", "pt-br", "teachers", 50, 20),
        daily(d1, total, "", "JO", "ar", star, 3, 3),
        daily(d1, total, "", "JO", "ar", "young-people", 3, 3),
        daily(d1, Dimension.TOPIC, "grooming", "FR", "fr", star, 40, 20),
        daily(d1, Dimension.TOPIC, "sexual-extortion", "FR", "fr", star, 12, 8),
        daily(d1, Dimension.CHANNEL, "search", "FR", "fr", star, 60, 25),
        daily(d1, Dimension.CHANNEL, "direct", "FR", "fr", star, 40, 15),
        daily(d1, Dimension.CHANNEL, "social", "BR", "pt-br", star, 50, 20),
        daily(d1, Dimension.CHANNEL, "qr", "JO", "ar", star, 3, 3),
        daily(d1, Dimension.CAMPAIGN, "spring-launch", "FR", "fr", star, 30, 12),
        daily(d1, Dimension.PAGE, page_key, "FR", "fr", star, 80, 30),
        daily(d1, Dimension.PAGE, "00000000-0000-0000-0000-000000000001", "FR", "fr", star, 20, 10),
        daily(d1, Dimension.PAGE_TYPE, "audiencepage", "FR", "fr", star, 50, 25),
        daily(d1, Dimension.PAGE_TYPE, "guidepage", "FR", "fr", star, 30, 15),
        daily(d1, Dimension.PAGE_TYPE, "help", "FR", "fr", star, 10, 6),
        daily(d1, Dimension.LINK, "poster-1", "FR", "fr", star, 7, 7),
    ]
    DailyVisitRollup.objects.bulk_create(rows)
    reach_services.roll_up_month(month=MARCH)
    reach_services.roll_up_month(month=APRIL)
    Campaign.objects.create(
        slug="spring-launch",
        name="Spring launch",
        starts_on=date(YEAR, 3, 5),
        ends_on=date(YEAR, 3, 20),
    )
    OutreachActivity.objects.create(
        date=date(YEAR, 3, 15),
        kind="workshop",
        title="Parents' evening",
        country="FR",
        language="fr",
        participants_parents=30,
        participants_teachers=5,
    )
    OutreachActivity.objects.create(
        date=date(YEAR, 4, 2),
        kind="school-talk",
        title="Assembly",
        country="BR",
        language="pt-br",
        participants_young_people=120,
    )
    OutreachActivity.objects.create(
        date=date(YEAR, 4, 20),
        kind="event",
        title="Market stand",
        country="JO",
        language="ar",
        participants_others=3,
    )
    Target.objects.create(
        indicator=Indicator.VISITOR_DAYS,
        value=1000,
        starts_on=date(YEAR, 1, 1),
        ends_on=date(YEAR, 12, 31),
    )


def learner(email, *, role, country, organisation=None):
    user = User.objects.create_user(email=email, password=None)
    profile = user.profile
    profile.professional_role = role
    profile.country = country
    profile.organisation = organisation
    profile.save()
    return user


def seed_training(organisations, course) -> list:
    """Enrolments, certificates and milestones as the scenario describes; returns enrolments."""
    now = timezone.now()
    zone = timezone.get_current_timezone()
    groups = [
        # (key, count, role, country, organisation, started, completed, certified)
        ("police", 12, ProfessionalRole.POLICE, "FR", organisations["police"], 10, 8, 7),
        ("judge", 6, ProfessionalRole.JUDGE, "JO", organisations["court"], 4, 3, 2),
        ("prosecutor", 2, ProfessionalRole.PROSECUTOR, "BR", None, 2, 0, 0),
    ]
    durations = [4, 6, 8, 10, 10, 12, 14, 20]  # days to complete of the police learners
    enrolments, expiring = [], 0
    for key, count, role, country, organisation, started, completed, certified in groups:
        for n in range(count):
            user = learner(
                f"{key}{n}@example.org", role=role, country=country, organisation=organisation
            )
            enrolled_at = datetime(YEAR, 3, 2 + n, 9, 0, tzinfo=zone)
            done = None
            if n < completed:
                days = durations[n] if key == "police" else 30
                done = enrolled_at + timedelta(days=days)
            enrolment = Enrolment.objects.create(
                user=user,
                course_key=course.translation_key,
                enrolled_at=enrolled_at,
                started_at=enrolled_at + timedelta(hours=1) if n < started else None,
                completed_at=done,
                progress_percent=100 if done else 0,
                language="fr" if key == "police" else "en",
            )
            enrolments.append(enrolment)
            LearnerMilestone.objects.create(
                kind=LearnerMilestoneKind.ENROLLED,
                source_ref=enrolment.pk,
                day=enrolled_at.date(),
                role=role,
                country=country,
                organisation=organisation,
            )
            if done:
                LearnerMilestone.objects.create(
                    kind=LearnerMilestoneKind.COMPLETED,
                    source_ref=enrolment.pk,
                    day=done.date(),
                    role=role,
                    country=country,
                    organisation=organisation,
                )
            if n < certified:
                # Two of the police certificates lapse within 90 days of today.
                soon = key == "police" and expiring < 2
                expiring += int(soon)
                certificate = Certificate.objects.create(
                    number=f"T-{key}-{n}",
                    enrolment=enrolment,
                    user=user,
                    course_key=course.translation_key,
                    holder_name="",
                    course_title=course.title,
                    language=enrolment.language,
                    issued_at=done,
                    expires_at=now + timedelta(days=30 if soon else 400),
                )
                LearnerMilestone.objects.create(
                    kind=LearnerMilestoneKind.CERTIFIED,
                    source_ref=certificate.pk,
                    day=done.date(),
                    role=role,
                    country=country,
                    organisation=organisation,
                )
    return enrolments


def seed_quizzes(course, enrolments):
    """Every police learner tries the first quiz: question one is always right, question two
    right for half of them; the first attempt passes for half."""
    from courses.models import QuizPage

    quiz = QuizPage.objects.descendant_of(course).filter(locale=course.locale).order_by("path")[0]
    module = quiz.get_parent()
    questions = quiz_questions(quiz)
    zone = timezone.get_current_timezone()
    police = [e for e in enrolments if e.user.email.startswith("police")]
    for n, enrolment in enumerate(police):
        passed = n % 2 == 0
        attempt = QuizAttempt.objects.create(
            enrolment=enrolment,
            quiz_key=quiz.translation_key,
            module_key=module.translation_key,
            number=1,
            submitted_at=datetime(YEAR, 3, 20, 10, 0, tzinfo=zone),
            correct_count=2 if passed else 1,
            question_count=2,
            score_percent=100 if passed else 50,
            pass_mark=100,
            passed=passed,
            language="fr",
        )
        QuizAnswer.objects.create(
            attempt=attempt, question_key=questions[0].key, selected=[], is_correct=True
        )
        QuizAnswer.objects.create(
            attempt=attempt, question_key=questions[1].key, selected=[], is_correct=passed
        )
    return quiz, module, questions


def seed_reminders(enrolments):
    """Ten police learners get an inactivity reminder on 20 March: six are back within three
    days, one after ten. Two judges get a deadline reminder on 2 April: one is back next day."""
    from courses.models import ReminderDelivery, ReminderMessage

    zone = timezone.get_current_timezone()
    people = [
        (e, "inactivity", datetime(YEAR, 3, 20, 8, tzinfo=zone))
        for e in enrolments
        if e.user.email.startswith("police")
    ][:10]
    people += [
        (e, "deadline", datetime(YEAR, 4, 2, 8, tzinfo=zone))
        for e in enrolments
        if e.user.email.startswith("judge")
    ][:2]
    for n, (enrolment, kind, sent) in enumerate(people):
        back = None
        if kind == "inactivity" and n < 6:
            back = sent + timedelta(days=3)
        elif kind == "inactivity" and n == 6:
            back = sent + timedelta(days=10)
        elif kind == "deadline" and n == 10:
            back = sent + timedelta(days=1)
        message = ReminderMessage.objects.create(
            recipient=enrolment.user,
            stream="learner",
            local_date=sent.date(),
            status="sent",
            sent_at=sent,
            returned_at=back,
        )
        ReminderDelivery.objects.create(
            message=message,
            recipient=enrolment.user,
            kind=kind,
            subject=f"enrolment:{enrolment.pk}",
            period="1",
            status="sent",
            enrolment=enrolment,
        )


@pytest.fixture
def course(home_pages):
    from tests.courses.conftest import course_content

    index = ensure_course_index(home=home_pages["en"], content={"title": "Courses", "intro": ""})
    return build_course(
        index=index,
        slug="dashboard-course",
        meta={"roles": [], "restricted": False, "validity_months": 24, "duration_minutes": 60},
        content_by_language={"en": course_content("en", modules=2, lessons=1)},
    )


@pytest.fixture
def scenario(organisations, course, home_pages):
    from campaign_site.dashboards.services import tally_quiz_attempts

    page = home_pages["fr"]
    seed_reach(str(page.translation_key))
    enrolments = seed_training(organisations, course)
    quiz, module, questions = seed_quizzes(course, enrolments)
    tally_quiz_attempts()
    seed_reminders(enrolments)
    return Scenario(
        page_key=str(page.translation_key),
        course=course,
        question_texts={q.key: q.text for q in questions},
        enrolments=enrolments,
    )
