"""Enrolment and progress, keyed by the translation group of each page.

A learner who switches language keeps everything: the keys are the pages'
`translation_key`, shared by every language version.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    """One learner's pass through one course. A refresher is a new round after completion."""

    # Progress records reference no pages or media: keep them out of Wagtail's index.
    wagtail_reference_index_ignore = True

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enrolments",
        verbose_name=_("learner"),
        help_text=_("Empty once the learner's account was deleted."),
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    round = models.PositiveSmallIntegerField(
        _("round"), default=1, help_text=_("2 and above are refreshers.")
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("left at"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)
    progress_percent = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    last_lesson_key = models.UUIDField(_("last lesson opened"), null=True, blank=True)
    language = models.CharField(
        _("language"),
        max_length=10,
        blank=True,
        help_text=_("The language the learner last studied in."),
    )
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key", "round"], name="courses_enrolment_unique_round"
            ),
            # At most one open enrolment per learner and course.
            models.UniqueConstraint(
                fields=["user", "course_key"],
                condition=Q(completed_at__isnull=True, withdrawn_at__isnull=True),
                name="courses_enrolment_one_open",
            ),
            models.CheckConstraint(
                condition=Q(progress_percent__lte=100), name="courses_enrolment_progress_max_100"
            ),
            models.CheckConstraint(condition=Q(round__gte=1), name="courses_enrolment_round_min_1"),
        ]
        indexes = [
            models.Index(fields=["course_key", "completed_at"]),
            models.Index(fields=["last_activity_at"]),
            models.Index(fields=["user", "completed_at"]),
        ]

    def __str__(self):
        return f"{self.user or _('deleted learner')} · {self.course_key} · {self.round}"

    @property
    def is_open(self) -> bool:
        return self.completed_at is None and self.withdrawn_at is None

    @property
    def is_refresher(self) -> bool:
        return self.round > 1


class LessonProgress(models.Model):
    wagtail_reference_index_ignore = True
    enrolment = models.ForeignKey(
        Enrolment,
        on_delete=models.CASCADE,
        related_name="lesson_progress",
        verbose_name=_("enrolment"),
    )
    lesson_key = models.UUIDField(_("lesson"))
    module_key = models.UUIDField(_("module"))
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson_key"], name="courses_lessonprogress_unique"
            )
        ]

    def __str__(self):
        return f"{self.enrolment_id} · {self.lesson_key}"


class ModuleCompletion(models.Model):
    wagtail_reference_index_ignore = True
    enrolment = models.ForeignKey(
        Enrolment,
        on_delete=models.CASCADE,
        related_name="module_completions",
        verbose_name=_("enrolment"),
    )
    module_key = models.UUIDField(_("module"))
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)

    class Meta:
        verbose_name = _("module completion")
        verbose_name_plural = _("module completions")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "module_key"], name="courses_modulecompletion_unique"
            )
        ]

    def __str__(self):
        return f"{self.enrolment_id} · {self.module_key}"
