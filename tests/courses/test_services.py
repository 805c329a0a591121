"""Enrolment, progress, quizzes and completion, decided on the server."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale

from courses import selectors, services
from courses.models import (
    Certificate,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModuleCompletion,
    QuizAttempt,
    QuizPage,
)
from courses.signals import certificate_issued, completion_recorded, enrolment_created

pytestmark = pytest.mark.django_db


def lessons_of(course):
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def quizzes_of(course):
    return list(QuizPage.objects.descendant_of(course).order_by("path"))


def right_answers(quiz):
    return {q.key: sorted(q.correct_keys) for q in selectors.quiz_questions(quiz)}


def wrong_answers(quiz):
    answers = {}
    for question in selectors.quiz_questions(quiz):
        wrong = [o.key for o in question.options if not o.correct]
        answers[question.key] = wrong[:1]
    return answers


def finish(user, course):
    for lesson in lessons_of(course):
        services.complete_lesson(user=user, lesson=lesson)
    for quiz in quizzes_of(course):
        services.submit_quiz(user=user, quiz=quiz, answers=right_answers(quiz))


class Recorder:
    def __init__(self, signal):
        self.calls = []
        signal.connect(self, weak=False)
        self.signal = signal

    def __call__(self, sender, **kwargs):
        self.calls.append(kwargs)

    def close(self):
        self.signal.disconnect(self)


@pytest.fixture
def recorded():
    recorders = {
        name: Recorder(signal)
        for name, signal in [
            ("enrolment", enrolment_created),
            ("completion", completion_recorded),
            ("certificate", certificate_issued),
        ]
    }
    yield recorders
    for recorder in recorders.values():
        recorder.close()


def test_enrol_refuses_anonymous_unverified_and_wrong_role(course, unverified, judge):
    from django.contrib.auth.models import AnonymousUser

    for user, reason in [(AnonymousUser(), "login"), (unverified, "verify"), (judge, "role")]:
        with pytest.raises(services.CourseActionRefused) as refused:
            services.enrol(user=user, course=course)
        assert refused.value.reason == reason
    assert Enrolment.objects.count() == 0


def test_enrol_twice_gives_one_enrolment_and_one_signal(course, police, recorded):
    first = services.enrol(user=police, course=course)
    second = services.enrol(user=police, course=course)
    assert first.pk == second.pk
    assert len(recorded["enrolment"].calls) == 1


def test_open_course_takes_any_signed_in_learner(open_course, unverified):
    enrolment = services.enrol(user=unverified, course=open_course)
    assert enrolment.course_key == open_course.translation_key


def test_lessons_alone_do_not_complete_a_module(course, police, recorded):
    services.enrol(user=police, course=course)
    first_module_lessons = lessons_of(course)[:2]
    for lesson in first_module_lessons:
        assert services.complete_lesson(user=police, lesson=lesson) is True
    # Completing the same lesson again records and sends nothing.
    assert services.complete_lesson(user=police, lesson=first_module_lessons[0]) is False
    assert ModuleCompletion.objects.count() == 0
    kinds = [call["kind"] for call in recorded["completion"].calls]
    assert kinds == ["lesson", "lesson"]
    enrolment = Enrolment.objects.get()
    assert enrolment.progress_percent == 33  # 2 of 6 units (4 lessons + 2 quizzes)


def test_failed_quiz_completes_nothing_and_passed_quiz_completes_module(course, police, recorded):
    services.enrol(user=police, course=course)
    for lesson in lessons_of(course)[:2]:
        services.complete_lesson(user=police, lesson=lesson)
    quiz = quizzes_of(course)[0]
    failed = services.submit_quiz(user=police, quiz=quiz, answers=wrong_answers(quiz))
    assert not failed.passed and failed.score_percent == 0
    assert ModuleCompletion.objects.count() == 0
    passed = services.submit_quiz(user=police, quiz=quiz, answers=right_answers(quiz))
    assert passed.passed and passed.number == 2 and passed.score_percent == 100
    assert ModuleCompletion.objects.count() == 1
    assert [c["kind"] for c in recorded["completion"].calls] == ["lesson", "lesson", "module"]
    with pytest.raises(services.CourseActionRefused):
        services.submit_quiz(user=police, quiz=quiz, answers=right_answers(quiz))


def test_partly_right_multiple_choice_is_wrong(course, police):
    services.enrol(user=police, course=course)
    quiz = quizzes_of(course)[0]
    answers = right_answers(quiz)
    multiple = [q for q in selectors.quiz_questions(quiz) if q.is_multiple][0]
    answers[multiple.key] = answers[multiple.key][:1]
    attempt = services.submit_quiz(user=police, quiz=quiz, answers=answers)
    assert attempt.correct_count == 1 and attempt.score_percent == 50 and not attempt.passed


@pytest.mark.parametrize("tamper", ["unknown option", "two for single", "missing", "empty"])
def test_malformed_answers_record_nothing(course, police, tamper):
    services.enrol(user=police, course=course)
    quiz = quizzes_of(course)[0]
    answers = right_answers(quiz)
    single = [q for q in selectors.quiz_questions(quiz) if not q.is_multiple][0]
    if tamper == "unknown option":
        answers[single.key] = ["<script>"]
    elif tamper == "two for single":
        answers[single.key] = [o.key for o in single.options]
    elif tamper == "missing":
        del answers[single.key]
    else:
        answers = {}
    with pytest.raises(services.QuizSubmissionInvalid):
        services.submit_quiz(user=police, quiz=quiz, answers=answers)
    assert QuizAttempt.objects.count() == 0


def test_attempt_limit_and_cool_down(course, police):
    services.enrol(user=police, course=course)
    quiz = quizzes_of(course)[0]
    quiz.max_attempts = 2
    quiz.cooldown_minutes = 30
    quiz.save()
    services.submit_quiz(user=police, quiz=quiz, answers=wrong_answers(quiz))
    with pytest.raises(services.CourseActionRefused) as refused:
        services.submit_quiz(user=police, quiz=quiz, answers=right_answers(quiz))
    assert refused.value.reason == "wait"
    QuizAttempt.objects.update(submitted_at=timezone.now() - timedelta(minutes=31))
    services.submit_quiz(user=police, quiz=quiz, answers=wrong_answers(quiz))
    QuizAttempt.objects.update(submitted_at=timezone.now() - timedelta(minutes=31))
    with pytest.raises(services.CourseActionRefused) as refused:
        services.submit_quiz(user=police, quiz=quiz, answers=right_answers(quiz))
    assert refused.value.reason == "attempts"
    assert QuizAttempt.objects.count() == 2


def test_course_completion_issues_one_certificate(course, police, recorded):
    services.enrol(user=police, course=course)
    finish(police, course)
    enrolment = Enrolment.objects.get()
    assert enrolment.completed_at is not None and enrolment.progress_percent == 100
    certificate = Certificate.objects.get()
    assert certificate.holder_name == "Ana Example"
    assert certificate.course_title == "Course title"
    assert certificate.status == "valid"
    assert (
        certificate.expires_at.date() == (certificate.issued_at + timedelta(days=731)).date()
        or certificate.expires_at.year == certificate.issued_at.year + 2
    )
    kinds = [c["kind"] for c in recorded["completion"].calls]
    assert kinds.count("course") == 1 and kinds.count("module") == 2
    assert len(recorded["certificate"].calls) == 1
    # Nothing more can be completed in a completed enrolment.
    assert services.record_completion(enrolment=enrolment, kind="course", page=course) is False


def test_certificate_in_the_learners_language(course, organisation):
    from tests.courses.conftest import make_user

    learner = make_user("fr@example.org", organisation=organisation, language="fr")
    services.enrol(user=learner, course=course)
    finish(learner, course)
    certificate = Certificate.objects.get()
    assert certificate.language == "fr"
    assert certificate.course_title == "Course title (fr)"


def test_switching_language_keeps_progress(course, police):
    french = course.get_translation(Locale.objects.get(language_code="fr"))
    services.enrol(user=police, course=course)
    english_lesson = lessons_of(course)[0]
    services.complete_lesson(user=police, lesson=english_lesson)
    french_lessons = lessons_of(french)
    services.complete_lesson(user=police, lesson=french_lessons[1])
    outline = selectors.course_outline(course=french, enrolment=Enrolment.objects.get())
    assert [item.completed for item in outline.modules[0].lessons] == [True, True]
    assert LessonProgress.objects.count() == 2
    french_quiz = quizzes_of(french)[0]
    services.submit_quiz(user=police, quiz=french_quiz, answers=right_answers(french_quiz))
    assert ModuleCompletion.objects.count() == 1


def test_refresher_keeps_the_old_certificate_valid(course, police):
    services.enrol(user=police, course=course)
    finish(police, course)
    first = Certificate.objects.get()
    refresher = services.enrol(user=police, course=course)
    assert refresher.round == 2 and refresher.is_refresher
    first.refresh_from_db()
    assert first.status == "valid"
    finish(police, course)
    assert Certificate.objects.count() == 2
    first.refresh_from_db()
    assert first.status == "valid"


def test_prerequisite_locks_a_module(course, police):
    from courses.models import ModulePage

    first, second = ModulePage.objects.child_of(course).order_by("path")
    second.prerequisites.add(first)
    second.save_revision().publish()
    services.enrol(user=police, course=course)
    with pytest.raises(services.CourseActionRefused) as refused:
        services.complete_lesson(user=police, lesson=lessons_of(course)[2])
    assert refused.value.reason == "locked"


def test_revocation_needs_a_reason(course, police):
    from django.core.exceptions import ValidationError

    services.enrol(user=police, course=course)
    finish(police, course)
    certificate = Certificate.objects.get()
    with pytest.raises(ValidationError):
        services.revoke_certificate(certificate=certificate, revoked_by=None, reason="  ")
    services.revoke_certificate(certificate=certificate, revoked_by=None, reason="Issued in error")
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    with pytest.raises(ValidationError):
        services.revoke_certificate(certificate=certificate, revoked_by=None, reason="again")


def test_expired_certificate(course, police):
    services.enrol(user=police, course=course)
    finish(police, course)
    certificate = Certificate.objects.get()
    assert certificate.status_at(certificate.expires_at + timedelta(seconds=1)) == "expired"


def test_deleting_the_account_anonymises_progress_and_keeps_certificate(course, police):
    from campaign_site.accounts.services import delete_account

    services.enrol(user=police, course=course)
    finish(police, course)
    number = Certificate.objects.get().number
    delete_account(user=police)
    certificate = Certificate.objects.get(number=number)
    assert certificate.user is None and certificate.holder_name == ""
    assert certificate.status == "valid"
    enrolment = Enrolment.objects.get()
    assert enrolment.user is None and enrolment.completed_at is not None


def test_data_export_holds_progress_and_certificates(course, police):
    from campaign_site.accounts.data_export import build_export

    services.enrol(user=police, course=course)
    finish(police, course)
    export = build_export(police)["courses"]
    assert export["enrolments"][0]["progress_percent"] == 100
    assert export["enrolments"][0]["course"] == "Course title"
    assert export["certificates"][0]["status"] == "valid"
