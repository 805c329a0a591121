"""The dashboards' permission, and the monthly quiz statistics the training views read.

Quiz answers grow with every attempt (millions a year at 100,000 learners), so the training
dashboard never reads them directly: each attempt is counted once into monthly cells by
`services.tally_quiz_attempts`, and the dashboard adds up cells.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

# The organisation column holds 0 for "no organisation": a NULL would let two rows of the same
# cell exist side by side, since NULLs never collide in a unique constraint.
NO_ORGANISATION = 0


class DashboardAccess(models.Model):
    """Carries the permission campaign staff need; it has no table and no rows."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            (
                "view_reach_dashboards",
                _("Can view the reach and training dashboards of every organisation"),
            )
        ]
        verbose_name = _("dashboard access")
        verbose_name_plural = _("dashboard access")

    def __str__(self):
        return str(self._meta.verbose_name)


class QuizCellFields(models.Model):
    """One cell: a quiz of a module of a course, in a month, for one kind of learner.

    Role, country and organisation are the learner's at the time the attempt was counted;
    nothing here points to a person.
    """

    month = models.DateField(_("month"))
    course_key = models.UUIDField(_("course translation group"))
    module_key = models.UUIDField(_("module translation group"))
    quiz_key = models.UUIDField(_("quiz translation group"))
    country = models.CharField(_("country"), max_length=2, blank=True)
    role = models.CharField(_("professional role"), max_length=20, blank=True)
    organisation_id = models.PositiveBigIntegerField(
        _("organisation number"), default=NO_ORGANISATION, help_text=_("0: no organisation.")
    )
    language = models.CharField(_("language"), max_length=10, blank=True)

    class Meta:
        abstract = True


CELL_FIELDS = (
    "month",
    "course_key",
    "module_key",
    "quiz_key",
    "country",
    "role",
    "organisation_id",
    "language",
)


class QuizModuleMonth(QuizCellFields):
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    passed = models.PositiveIntegerField(_("passed attempts"), default=0)
    first_attempts = models.PositiveIntegerField(_("first attempts"), default=0)
    first_passed = models.PositiveIntegerField(_("first attempts passed"), default=0)

    class Meta:
        verbose_name = _("monthly quiz result")
        verbose_name_plural = _("monthly quiz results")
        constraints = [
            models.UniqueConstraint(fields=CELL_FIELDS, name="dashboards_quiz_module_cell"),
            models.CheckConstraint(
                condition=models.Q(month__day=1), name="dashboards_quiz_module_first_of_month"
            ),
            models.CheckConstraint(
                condition=models.Q(passed__lte=models.F("attempts"))
                & models.Q(first_attempts__lte=models.F("attempts"))
                & models.Q(first_passed__lte=models.F("first_attempts")),
                name="dashboards_quiz_module_counts_consistent",
            ),
        ]
        indexes = [
            models.Index(fields=["organisation_id", "month"], name="dashboards_quiz_module_org"),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.module_key} {self.passed}/{self.attempts}"


class QuizQuestionMonth(QuizCellFields):
    question_key = models.CharField(_("question"), max_length=64)
    answers = models.PositiveIntegerField(_("answers"), default=0)
    correct = models.PositiveIntegerField(_("correct answers"), default=0)

    class Meta:
        verbose_name = _("monthly question result")
        verbose_name_plural = _("monthly question results")
        constraints = [
            models.UniqueConstraint(
                fields=[*CELL_FIELDS, "question_key"], name="dashboards_quiz_question_cell"
            ),
            models.CheckConstraint(
                condition=models.Q(month__day=1), name="dashboards_quiz_question_first_of_month"
            ),
            models.CheckConstraint(
                condition=models.Q(correct__lte=models.F("answers")),
                name="dashboards_quiz_question_correct_le_answers",
            ),
        ]
        indexes = [
            models.Index(fields=["organisation_id", "month"], name="dashboards_quiz_question_org"),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.question_key} {self.correct}/{self.answers}"


class QuizTotalFields(models.Model):
    """A quiz of a module of a course, in a month, for every learner together: what the
    dashboard reads when it is not limited to a country, role, organisation or language."""

    month = models.DateField(_("month"))
    course_key = models.UUIDField(_("course translation group"))
    module_key = models.UUIDField(_("module translation group"))
    quiz_key = models.UUIDField(_("quiz translation group"))

    class Meta:
        abstract = True


TOTAL_FIELDS = ("month", "course_key", "module_key", "quiz_key")


class QuizModuleMonthTotal(QuizTotalFields):
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    passed = models.PositiveIntegerField(_("passed attempts"), default=0)
    first_attempts = models.PositiveIntegerField(_("first attempts"), default=0)
    first_passed = models.PositiveIntegerField(_("first attempts passed"), default=0)

    class Meta:
        verbose_name = _("monthly quiz result of every learner")
        verbose_name_plural = _("monthly quiz results of every learner")
        constraints = [
            models.UniqueConstraint(fields=TOTAL_FIELDS, name="dashboards_quiz_module_total"),
            models.CheckConstraint(
                condition=models.Q(passed__lte=models.F("attempts"))
                & models.Q(first_passed__lte=models.F("first_attempts")),
                name="dashboards_quiz_module_total_consistent",
            ),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.module_key} {self.passed}/{self.attempts}"


class QuizQuestionMonthTotal(QuizTotalFields):
    question_key = models.CharField(_("question"), max_length=64)
    answers = models.PositiveIntegerField(_("answers"), default=0)
    correct = models.PositiveIntegerField(_("correct answers"), default=0)

    class Meta:
        verbose_name = _("monthly question result of every learner")
        verbose_name_plural = _("monthly question results of every learner")
        constraints = [
            models.UniqueConstraint(
                fields=[*TOTAL_FIELDS, "question_key"], name="dashboards_quiz_question_total"
            ),
            models.CheckConstraint(
                condition=models.Q(correct__lte=models.F("answers")),
                name="dashboards_quiz_question_total_consistent",
            ),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.question_key} {self.correct}/{self.answers}"


class TalliedQuizAttempt(models.Model):
    """A quiz attempt already counted into the monthly cells, so it is never counted twice.

    Holds the attempt's number only (not a link): the count stays when the attempt goes.
    """

    attempt_id = models.PositiveBigIntegerField(_("attempt number"), primary_key=True)
    tallied_at = models.DateTimeField(_("counted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("counted quiz attempt")
        verbose_name_plural = _("counted quiz attempts")

    def __str__(self):
        return str(self.attempt_id)
