"""Quiz attempts are counted into monthly cells exactly once, whatever happens."""

from datetime import datetime
from unittest import mock

import pytest
from django.db import IntegrityError
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from campaign_site.dashboards import services, tasks
from campaign_site.dashboards.models import (
    NO_ORGANISATION,
    QuizModuleMonth,
    QuizModuleMonthTotal,
    QuizQuestionMonth,
    QuizQuestionMonthTotal,
    TalliedQuizAttempt,
)
from courses.models import Enrolment, QuizAnswer, QuizAttempt

from .conftest import MARCH, YEAR, seed_quizzes, seed_training

pytestmark = pytest.mark.django_db


@pytest.fixture
def attempts(organisations, course):
    enrolments = seed_training(organisations, course)
    quiz, module, questions = seed_quizzes(course, enrolments)
    return quiz, module, questions, enrolments


def _attempt(enrolment, quiz, module, questions, *, number, day, right, language):
    """An attempt in March with every answer right, or every answer wrong."""
    attempt = QuizAttempt.objects.create(
        enrolment=enrolment,
        quiz_key=quiz.translation_key,
        module_key=module.translation_key,
        number=number,
        submitted_at=datetime(YEAR, 3, day, tzinfo=timezone.get_current_timezone()),
        correct_count=len(questions) if right else 0,
        question_count=len(questions),
        score_percent=100 if right else 0,
        pass_mark=100,
        passed=right,
        language=language,
    )
    for question in questions:
        QuizAnswer.objects.create(
            attempt=attempt, question_key=question.key, selected=[], is_correct=right
        )
    return attempt


def _totals():
    modules = list(
        QuizModuleMonth.objects.values_list("attempts", "passed", "first_attempts", "first_passed")
    )
    questions = dict(QuizQuestionMonth.objects.values_list("question_key", "answers"))
    return modules, questions


def test_each_attempt_is_counted_once(attempts, organisations):
    quiz, module, questions, _enrolments = attempts
    assert services.tally_quiz_attempts() == 12
    cell = QuizModuleMonth.objects.get()
    assert (cell.attempts, cell.passed, cell.first_attempts, cell.first_passed) == (12, 6, 12, 6)
    assert cell.month == MARCH
    assert (cell.country, cell.role, cell.organisation_id, cell.language) == (
        "FR",
        "police",
        organisations["police"].pk,
        "fr",
    )
    assert cell.quiz_key == quiz.translation_key and cell.module_key == module.translation_key
    by_question = {c.question_key: (c.answers, c.correct) for c in QuizQuestionMonth.objects.all()}
    assert by_question == {questions[0].key: (12, 12), questions[1].key: (12, 6)}
    assert TalliedQuizAttempt.objects.count() == 12
    before = _totals()
    assert services.tally_quiz_attempts() == 0
    assert _totals() == before


def test_later_attempts_add_to_the_same_cells(attempts):
    quiz, module, questions, enrolments = attempts
    services.tally_quiz_attempts()
    enrolment = next(e for e in enrolments if e.user.email == "police1@example.org")
    _attempt(enrolment, quiz, module, questions, number=2, day=25, right=True, language="fr")
    assert services.tally_quiz_attempts() == 1
    cell = QuizModuleMonth.objects.get()
    assert (cell.attempts, cell.passed, cell.first_attempts, cell.first_passed) == (13, 7, 12, 6)
    assert QuizQuestionMonth.objects.get(question_key=questions[1].key).correct == 7


def test_totals_of_every_learner_add_up_the_cells(attempts, organisations):
    from courses.models import Enrolment

    # A judge's attempt makes a second cell in the same month.
    quiz, module, questions, enrolments = attempts
    judge = next(e for e in enrolments if e.user.email == "judge0@example.org")
    _attempt(judge, quiz, module, questions, number=1, day=28, right=False, language="en")
    services.tally_quiz_attempts()
    assert QuizModuleMonth.objects.count() == 2
    total = QuizModuleMonthTotal.objects.get()
    assert (total.attempts, total.passed, total.first_attempts, total.first_passed) == (
        13,
        6,
        13,
        6,
    )
    assert {
        q.question_key: (q.answers, q.correct) for q in QuizQuestionMonthTotal.objects.all()
    } == {
        questions[0].key: (13, 12),
        questions[1].key: (13, 6),
    }
    assert Enrolment.objects.count() == 20


def test_small_batches_count_everything(attempts):
    assert services.tally_quiz_attempts(batch_size=5) == 12
    assert QuizModuleMonth.objects.get().attempts == 12


def test_a_run_that_loses_a_race_counts_nothing_and_the_next_one_does(attempts):
    with mock.patch.object(
        TalliedQuizAttempt.objects, "bulk_create", side_effect=IntegrityError("duplicate")
    ):
        assert services.tally_quiz_attempts() == 0
    assert not QuizModuleMonth.objects.exists()
    assert services.tally_quiz_attempts() == 12


def test_a_deleted_learner_still_counts_without_their_details(attempts):
    Enrolment.objects.filter(user__email__startswith="police").update(user=None)
    services.tally_quiz_attempts()
    cell = QuizModuleMonth.objects.get()
    assert (cell.country, cell.role, cell.organisation_id) == ("", "", NO_ORGANISATION)
    assert cell.attempts == 12


def test_counts_stay_when_attempts_are_deleted(attempts):
    services.tally_quiz_attempts()
    QuizAttempt.objects.all().delete()
    assert services.tally_quiz_attempts() == 0
    assert QuizModuleMonth.objects.get().attempts == 12


def test_the_task_runs_the_service_and_is_scheduled(attempts):
    assert tasks.tally_quiz_attempts() == 12
    schedule = PeriodicTask.objects.get(task="dashboards.tally_quiz_attempts")
    assert schedule.enabled and schedule.interval.every == 600
