"""Small courses built with the demo builder, and learners in each access situation."""

import pytest
from django.core.cache import cache

from campaign_site.accounts.models import Organisation, ProfessionalRole, User
from campaign_site.accounts.services import record_verification
from courses import services
from courses.demo import build_course, ensure_course_index, translate_course_index


def lesson(slug, title, note=""):
    return {
        "slug": slug,
        "title": title,
        "content_note": note,
        "body": [
            ("heading", f"{title}: what to notice"),
            ("paragraph", "<p>Grooming builds trust, then isolates the child.</p>"),
            (
                "key_points",
                {"title": "Key points", "points": ["Believe the child", "Keep evidence"]},
            ),
            (
                "case_scenario",
                {"title": "A fictional case", "text": "<p>A composite scenario.</p>"},
            ),
            ("checklist", {"title": "Steps", "items": ["Record", "Refer"]}),
            (
                "self_check",
                {
                    "question": "Who is responsible?",
                    "options": [
                        {"text": "The offender", "correct": True, "feedback": "Always."},
                        {"text": "The child", "correct": False, "feedback": "Never the child."},
                    ],
                },
            ),
        ],
    }


def quiz(title, language="en"):
    word = {"en": "Question", "fr": "Question", "es": "Pregunta"}[language]
    return {
        "title": title,
        "pass_mark": 100,
        "questions": [
            {
                "text": f"{word} one",
                "kind": "single",
                "options": [
                    {"text": "Right", "correct": True, "feedback": "Yes."},
                    {"text": "Wrong", "correct": False, "feedback": "No."},
                ],
            },
            {
                "text": f"{word} two",
                "kind": "multiple",
                "options": [
                    {"text": "A", "correct": True, "feedback": "A is right."},
                    {"text": "B", "correct": True, "feedback": "B is right."},
                    {"text": "C", "correct": False, "feedback": "C is wrong."},
                ],
            },
        ],
    }


def course_content(language="en", *, modules=2, lessons=2, prefix="Course"):
    label = {"en": "", "fr": " (fr)", "es": " (es)"}[language]
    return {
        "title": f"{prefix} title{label}",
        "summary": f"Summary{label}",
        "outcomes": [f"Outcome one{label}"],
        "wellbeing_text": f"<p>Support for professionals{label}.</p>",
        "modules": [
            {
                "slug": f"module-{m}",
                "title": f"Module {m}{label}",
                "summary": "",
                "lessons": [
                    lesson(
                        f"lesson-{m}-{n}",
                        f"Lesson {m}.{n}{label}",
                        note="Discusses sexual extortion." if n == 1 else "",
                    )
                    for n in range(1, lessons + 1)
                ],
                "quiz": quiz(f"Quiz {m}{label}", language),
            }
            for m in range(1, modules + 1)
        ],
    }


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


@pytest.fixture
def course_index(home_pages):
    index = ensure_course_index(home=home_pages["en"], content={"title": "Courses", "intro": ""})
    translate_course_index(index, language="fr", content={"title": "Formations", "intro": ""})
    return index


@pytest.fixture
def make_course(course_index):
    def make(
        slug="police-course",
        *,
        roles=("police",),
        restricted=True,
        modules=2,
        lessons=2,
        languages=("en", "fr"),
        validity=24,
    ):
        meta = {
            "roles": list(roles),
            "restricted": restricted,
            "validity_months": validity,
            "duration_minutes": 60,
        }
        return build_course(
            index=course_index,
            slug=slug,
            meta=meta,
            content_by_language={
                language: course_content(language, modules=modules, lessons=lessons)
                for language in languages
            },
        )

    return make


@pytest.fixture
def course(make_course):
    return make_course()


@pytest.fixture
def open_course(make_course):
    return make_course("open-course", roles=(), restricted=False)


@pytest.fixture
def organisation(db):
    return Organisation.objects.create(name="Demo Police", country="FR", kind="police")


def make_user(
    email,
    *,
    role=ProfessionalRole.POLICE,
    verified=True,
    organisation=None,
    language="en",
    first_name="Ana",
    last_name="Example",
):
    user = User.objects.create_user(
        email=email, password="a-long-test-password", first_name=first_name, last_name=last_name
    )
    profile = user.profile
    profile.professional_role = role
    profile.preferred_language = language
    profile.organisation = organisation
    profile.save()
    if verified:
        record_verification(user=user, method="approval", organisation=organisation)
    return User.objects.get(pk=user.pk)


@pytest.fixture
def police(db, organisation):
    return make_user("officer@example.org", organisation=organisation)


@pytest.fixture
def judge(db):
    return make_user("judge@example.org", role=ProfessionalRole.JUDGE)


@pytest.fixture
def unverified(db):
    return make_user("new@example.org", verified=False)


@pytest.fixture
def coordinator(db, organisation):
    from campaign_site.accounts.models import Membership, MembershipRole

    user = make_user("coordinator@example.org", organisation=organisation)
    Membership.objects.update_or_create(
        user=user, organisation=organisation, defaults={"role": MembershipRole.COORDINATOR}
    )
    return user


@pytest.fixture
def coordinated_cohort(coordinator, course):
    """A cohort of `course` run by `coordinator`, who has a second factor (reports need it)."""
    from datetime import date

    from allauth.mfa.models import Authenticator

    Authenticator.objects.get_or_create(
        user=coordinator, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "x"}}
    )

    def make(name="Unit A", deadline=date(2099, 1, 1)):
        return services.create_cohort(
            coordinator=coordinator,
            organisation=coordinator.profile.organisation,
            course=course,
            name=name,
            deadline=deadline,
        )

    return make
