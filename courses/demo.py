"""Demo courses from courses/demo_data/, in English, French and Spanish, plus demo learners
with progress, a cohort with a deadline and a certificate. Idempotent.

The same builder (`build_course`) makes the small courses the tests use, so the tests
exercise exactly what the demo loads.
"""

from __future__ import annotations

import importlib
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from .models import CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage

DEMO_LANGUAGES = ["en", "fr", "es"]
# Stable block ids: every language version of a quiz shares its question and answer ids,
# so answers are graded the same whichever language the learner is reading.
BLOCK_NAMESPACE = uuid.UUID("6f1d7c43-3a8e-4c1e-9d55-0c7f5f2b9a10")
ROLE_ALIASES = {
    "other-justice": "justice_other",
    "other_justice": "justice_other",
    "social-worker": "social_worker",
}


def block_id(*parts) -> str:
    return str(uuid.uuid5(BLOCK_NAMESPACE, "/".join(str(part) for part in parts)))


def normalise_roles(roles) -> list[str]:
    from campaign_site.accounts.models import ProfessionalRole

    normalised = []
    for role in roles or []:
        value = ROLE_ALIASES.get(role, role.replace("-", "_"))
        if value not in ProfessionalRole.values:
            raise ValueError(f"unknown professional role {role!r}")
        if value not in normalised:
            normalised.append(value)
    return normalised


def _items(values, *prefix):
    return [
        {"type": "item", "value": value, "id": block_id(*prefix, index)}
        for index, value in enumerate(values)
    ]


def _options(options, *prefix):
    return [
        {
            "type": "item",
            "id": block_id(*prefix, "o", index),
            "value": {
                "text": option["text"],
                "correct": bool(option.get("correct")),
                "feedback": option.get("feedback", ""),
            },
        }
        for index, option in enumerate(options)
    ]


def lesson_stream(blocks, *prefix) -> list[dict]:
    stream = []
    for index, (kind, value) in enumerate(blocks):
        ident = block_id(*prefix, "b", index)
        if kind in {"heading", "paragraph"}:
            data = value
        elif kind == "key_points":
            data = {"title": value["title"], "points": _items(value["points"], ident)}
        elif kind == "case_scenario":
            data = {"title": value["title"], "text": value["text"]}
        elif kind == "checklist":
            data = {"title": value["title"], "items": _items(value["items"], ident)}
        elif kind == "self_check":
            data = {"question": value["question"], "options": _options(value["options"], ident)}
        else:
            raise ValueError(f"unknown lesson block {kind!r}")
        stream.append({"type": kind, "value": data, "id": ident})
    return stream


def quiz_stream(questions, *prefix) -> list[dict]:
    return [
        {
            "type": "question",
            "id": block_id(*prefix, "q", index),
            "value": {
                "text": question["text"],
                "kind": question.get("kind", "single"),
                "options": _options(question["options"], *prefix, "q", index),
            },
        }
        for index, question in enumerate(questions)
    ]


def outcome_stream(outcomes, *prefix) -> list[dict]:
    return [
        {"type": "outcome", "value": text, "id": block_id(*prefix, "outcome", index)}
        for index, text in enumerate(outcomes)
    ]


def _publish(page):
    page.save_revision().publish()
    return page


def _fill_course(page, content, meta, slug):
    page.title = content["title"]
    page.summary = content["summary"]
    page.learning_outcomes = outcome_stream(content.get("outcomes", []), slug)
    page.wellbeing_text = _paragraphs(content.get("wellbeing_text", ""))
    page.audience_roles = normalise_roles(meta.get("roles", []))
    page.is_restricted = bool(meta.get("restricted", True))
    page.certificate_validity_months = int(meta.get("validity_months", 24))
    page.estimated_duration_minutes = int(meta.get("duration_minutes", 60))


def _paragraphs(text: str) -> str:
    text = (text or "").strip()
    if not text or text.startswith("<"):
        return text
    from django.utils.html import escape

    return "".join(f"<p>{escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip())


def _fill_lesson(page, lesson, *prefix):
    page.title = lesson["title"]
    page.content_note = lesson.get("content_note", "")
    page.body = lesson_stream(lesson.get("body", []), *prefix)
    page.estimated_minutes = int(lesson.get("minutes", 10))


def _fill_quiz(page, quiz, *prefix):
    page.title = quiz["title"]
    page.intro = quiz.get("intro", "")
    page.pass_mark = int(quiz.get("pass_mark", 80))
    page.questions = quiz_stream(quiz["questions"], *prefix)
    page.max_attempts = int(quiz.get("max_attempts", 0))
    page.cooldown_minutes = int(quiz.get("cooldown_minutes", 0))


def build_course(
    *, index: CourseIndexPage, slug: str, meta: dict, content_by_language: dict[str, dict]
) -> CoursePage:
    """Create (or leave as is) the course under `index` and its translations.

    `index` is the source-language catalogue; the first language in `content_by_language`
    must be its language. Pages already present are left unchanged.
    """
    source_language = index.locale.language_code
    source = content_by_language[source_language]
    course = CoursePage.objects.child_of(index).filter(slug=slug).first()
    if course is None:
        course = CoursePage(slug=slug, locale=index.locale)
        _fill_course(course, source, meta, slug)
        index.add_child(instance=course)
        _publish(course)
        for module in source["modules"]:
            module_page = ModulePage(
                title=module["title"],
                slug=module["slug"],
                summary=module.get("summary", ""),
                locale=index.locale,
            )
            course.add_child(instance=module_page)
            _publish(module_page)
            for lesson in module["lessons"]:
                lesson_page = LessonPage(slug=lesson["slug"], locale=index.locale)
                _fill_lesson(lesson_page, lesson, slug, module["slug"], lesson["slug"])
                module_page.add_child(instance=lesson_page)
                _publish(lesson_page)
            if module.get("quiz"):
                quiz_page = QuizPage(slug=f"{module['slug']}-quiz", locale=index.locale)
                _fill_quiz(quiz_page, module["quiz"], slug, module["slug"])
                module_page.add_child(instance=quiz_page)
                _publish(quiz_page)
    for language, content in content_by_language.items():
        if language == source_language:
            continue
        _translate_course(course, language=language, content=content, meta=meta, slug=slug)
    return course


def _translation(page, locale):
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing, False
    return page.copy_for_translation(locale), True


def _translate_course(course, *, language, content, meta, slug):
    locale = Locale.objects.get(language_code=language)
    translated, created = _translation(course, locale)
    if created:
        _fill_course(translated, content, meta, slug)
        _publish(translated)
    source_modules = list(ModulePage.objects.child_of(course).order_by("path"))
    for module_page, module in zip(source_modules, content["modules"], strict=False):
        translated_module, created = _translation(module_page, locale)
        if created:
            translated_module.title = module["title"]
            translated_module.summary = module.get("summary", "")
            _publish(translated_module)
        lessons = list(LessonPage.objects.child_of(module_page).order_by("path"))
        for lesson_page, lesson in zip(lessons, module["lessons"], strict=False):
            translated_lesson, created = _translation(lesson_page, locale)
            if created:
                _fill_lesson(translated_lesson, lesson, slug, module_page.slug, lesson_page.slug)
                _publish(translated_lesson)
        quiz_page = QuizPage.objects.child_of(module_page).first()
        if quiz_page is not None and module.get("quiz"):
            translated_quiz, created = _translation(quiz_page, locale)
            if created:
                _fill_quiz(translated_quiz, module["quiz"], slug, module_page.slug)
                _publish(translated_quiz)


def ensure_course_index(*, home, content: dict) -> CourseIndexPage:
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = CourseIndexPage(
            title=content["title"],
            intro=content.get("intro", ""),
            slug="courses",
            locale=home.locale,
        )
        home.add_child(instance=index)
        _publish(index)
    return index


def translate_course_index(index: CourseIndexPage, *, language: str, content: dict):
    locale = Locale.objects.get(language_code=language)
    translated, created = _translation(index, locale)
    if created:
        translated.title = content["title"]
        translated.intro = content.get("intro", "")
        _publish(translated)
    return translated


def _content_modules():
    loaded = {}
    for language in DEMO_LANGUAGES:
        try:
            loaded[language] = importlib.import_module(f"courses.demo_data.content_{language}")
        except ImportError:
            continue
    return loaded


def load(*, stdout):
    from home.models import HomePage

    try:
        structure = importlib.import_module("courses.demo_data.structure")
    except ImportError:
        stdout.write("Course demo data missing; no courses loaded.")
        return
    contents = _content_modules()
    if settings.LANGUAGE_CODE not in contents:
        stdout.write("English course demo content missing; no courses loaded.")
        return
    source = contents[settings.LANGUAGE_CODE]
    home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if home is None:
        return
    index = ensure_course_index(home=home, content=source.COURSE_INDEX)
    for language, module in contents.items():
        if language != settings.LANGUAGE_CODE:
            translate_course_index(index, language=language, content=module.COURSE_INDEX)
    ordered = sorted(structure.COURSE_META.items(), key=lambda item: item[1].get("order", 0))
    for slug, meta in ordered:
        if slug not in source.COURSES:
            continue
        by_language = {settings.LANGUAGE_CODE: source.COURSES[slug]}
        for language, module in contents.items():
            if language != settings.LANGUAGE_CODE and slug in getattr(module, "COURSES", {}):
                by_language[language] = module.COURSES[slug]
        build_course(index=index, slug=slug, meta=meta, content_by_language=by_language)
    if settings.DEMO_ACCOUNTS_ENABLED:
        load_demo_learners(stdout=stdout)


# ---------------------------------------------------------------------------------------
# Demo learners, cohort and certificate


def _complete_everything(enrolment, course):
    """Complete a course as a learner would: every lesson, then every quiz passed."""
    from . import selectors, services

    outline = selectors.course_outline(course=course, enrolment=enrolment)
    for module in outline.modules:
        for lesson in module.lessons:
            services.record_completion(enrolment=enrolment, kind="lesson", page=lesson.page)
        if module.quiz is not None:
            quiz = QuizPage.objects.get(pk=module.quiz.page.pk)
            answers = {q.key: sorted(q.correct_keys) for q in selectors.quiz_questions(quiz)}
            services.submit_quiz(user=enrolment.user, quiz=quiz, answers=answers)


def load_demo_learners(*, stdout):
    from campaign_site.accounts import demo as accounts_demo
    from campaign_site.accounts.models import Organisation, User

    from . import selectors, services
    from .models import Cohort, Enrolment

    english = {
        course.slug: course
        for course in CoursePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    if not english:
        return
    organisations = {org.key: org for org in accounts_demo.DEMO_ORGANISATIONS}

    def learner(key):
        return User.objects.filter(
            email=accounts_demo.verified_learner_email(organisations[key])
        ).first()

    with transaction.atomic():
        # A French police officer: core course complete with a certificate, police course
        # half-way, in a cohort with a deadline.
        officer = learner("fr-police")
        core = english.get("understanding-ocsea")
        police = english.get("police-investigation")
        if (
            officer is not None
            and core is not None
            and not Enrolment.objects.filter(user=officer, course_key=core.translation_key).exists()
        ):
            enrolment = services.enrol(user=officer, course=core)
            _complete_everything(enrolment, core)
        if officer is not None and police is not None:
            organisation = Organisation.objects.filter(name=organisations["fr-police"].name).first()
            coordinator = User.objects.filter(
                email=accounts_demo.coordinator_email(organisations["fr-police"])
            ).first()
            cohort = Cohort.objects.filter(
                organisation=organisation, course_key=police.translation_key
            ).first()
            if organisation is not None and cohort is None:
                cohort = Cohort.objects.create(
                    organisation=organisation,
                    course_key=police.translation_key,
                    name="Cybercrime unit, demo intake",
                    deadline=timezone.localdate() + timedelta(days=30),
                    created_by=coordinator,
                )
            if cohort is not None and not cohort.memberships.filter(user=officer).exists():
                enrolment = services.join_cohort(user=officer, cohort=cohort)
                outline = selectors.course_outline(course=police, enrolment=enrolment)
                if outline.modules:
                    first = outline.modules[0]
                    for lesson in first.lessons:
                        services.record_completion(
                            enrolment=enrolment, kind="lesson", page=lesson.page
                        )
                    if len(outline.modules) > 1 and outline.modules[1].lessons:
                        services.record_lesson_visit(
                            enrolment=enrolment, lesson=outline.modules[1].lessons[0].page
                        )
        # A Kenyan judge has started the core course.
        judge = learner("ke-judiciary")
        if (
            judge is not None
            and core is not None
            and not Enrolment.objects.filter(user=judge, course_key=core.translation_key).exists()
        ):
            enrolment = services.enrol(user=judge, course=core)
            outline = selectors.course_outline(course=core, enrolment=enrolment)
            if outline.modules and outline.modules[0].lessons:
                lesson = outline.modules[0].lessons[0].page
                services.record_completion(enrolment=enrolment, kind="lesson", page=lesson)
