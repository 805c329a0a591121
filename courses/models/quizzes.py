"""Quiz attempts, graded on the server; one answer row per question for the dashboards."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .progress import Enrolment


class QuizAttempt(models.Model):
    # Progress records reference no pages or media: keep them out of Wagtail's index.
    wagtail_reference_index_ignore = True
    enrolment = models.ForeignKey(
        Enrolment,
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
        verbose_name=_("enrolment"),
    )
    quiz_key = models.UUIDField(_("quiz"))
    module_key = models.UUIDField(_("module"))
    number = models.PositiveSmallIntegerField(_("attempt"))
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    correct_count = models.PositiveSmallIntegerField(_("correct answers"))
    question_count = models.PositiveSmallIntegerField(_("questions"))
    score_percent = models.PositiveSmallIntegerField(_("score (%)"))
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"))
    passed = models.BooleanField(_("passed"))
    language = models.CharField(_("language"), max_length=10, blank=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "quiz_key", "number"], name="courses_quizattempt_unique_number"
            ),
            models.CheckConstraint(
                condition=Q(score_percent__lte=100), name="courses_quizattempt_score_max_100"
            ),
            models.CheckConstraint(
                condition=Q(correct_count__lte=models.F("question_count")),
                name="courses_quizattempt_correct_le_questions",
            ),
        ]
        indexes = [models.Index(fields=["quiz_key", "passed"])]

    def __str__(self):
        return f"{self.enrolment_id} · {self.quiz_key} · {self.number}"


class QuizAnswer(models.Model):
    wagtail_reference_index_ignore = True
    attempt = models.ForeignKey(
        QuizAttempt, on_delete=models.CASCADE, related_name="answers", verbose_name=_("attempt")
    )
    question_key = models.CharField(_("question"), max_length=64)
    selected = models.JSONField(_("chosen answers"), default=list)
    is_correct = models.BooleanField(_("correct"))

    class Meta:
        verbose_name = _("quiz answer")
        verbose_name_plural = _("quiz answers")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_key"], name="courses_quizanswer_unique_question"
            )
        ]
        indexes = [models.Index(fields=["question_key", "is_correct"])]

    def __str__(self):
        return f"{self.attempt_id} · {self.question_key}"
