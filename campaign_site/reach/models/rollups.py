"""Rollups the dashboards read: their size grows with days times dimensions, never with visits."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import Dimension, LearnerMilestoneKind, RollupSource


class VisitRollupFields(models.Model):
    """Counts of one cell: a dimension value within a country, a language and an audience.

    `visitors` is the number of distinct visitors of the cell that day (for the monthly
    table, the sum of the daily figures): summed over days it gives visitor-days. Summed
    over countries it stays exact (a visitor has one country a day); over pages or topics
    it would count a visitor once per page, which is why those are dimensions of their own.
    """

    dimension = models.CharField(_("dimension"), max_length=16, choices=Dimension.choices)
    value = models.CharField(_("value"), max_length=64, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    locale = models.CharField(_("language"), max_length=16, blank=True)
    audience = models.CharField(_("audience"), max_length=32, blank=True)
    visits = models.PositiveBigIntegerField(_("visits"), default=0)
    visitors = models.PositiveBigIntegerField(_("unique visitors (visitor-days)"), default=0)

    class Meta:
        abstract = True


class DailyVisitRollup(VisitRollupFields):
    day = models.DateField(_("day"))
    source = models.PositiveSmallIntegerField(_("counted by"), choices=RollupSource.choices)

    class Meta:
        verbose_name = _("daily visit rollup")
        verbose_name_plural = _("daily visit rollups")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "dimension", "value", "country", "locale", "audience", "source"],
                name="reach_daily_rollup_unique_cell",
            ),
            models.CheckConstraint(
                condition=models.Q(dimension__in=Dimension.values),
                name="reach_daily_rollup_dimension_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["dimension", "audience", "day"], name="reach_daily_dim_aud_day"),
            models.Index(fields=["dimension", "country", "day"], name="reach_daily_dim_cty_day"),
        ]

    def __str__(self):
        return f"{self.day} {self.dimension}={self.value} {self.country}/{self.locale}"


class MonthlyVisitRollup(VisitRollupFields):
    """The daily rows of one calendar month added up, so a year is read in twelve steps."""

    month = models.DateField(_("month"))

    class Meta:
        verbose_name = _("monthly visit rollup")
        verbose_name_plural = _("monthly visit rollups")
        constraints = [
            models.UniqueConstraint(
                fields=["month", "dimension", "value", "country", "locale", "audience"],
                name="reach_monthly_rollup_unique_cell",
            ),
            models.CheckConstraint(
                condition=models.Q(month__day=1), name="reach_monthly_rollup_first_of_month"
            ),
        ]
        indexes = [
            models.Index(
                fields=["dimension", "audience", "month"], name="reach_monthly_dim_aud_month"
            ),
            models.Index(
                fields=["dimension", "country", "month"], name="reach_monthly_dim_cty_month"
            ),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.dimension}={self.value} {self.country}/{self.locale}"


class LearnerMilestone(models.Model):
    """A learner enrolled, completed a course or was certified: counted, never named.

    `source_ref` is the id of the enrolment or certificate that caused it, kept only so the
    same milestone is never counted twice; it is not a link to the person, and the row stays
    when the learner deletes their account, because the training still took place.
    """

    kind = models.CharField(_("milestone"), max_length=16, choices=LearnerMilestoneKind.choices)
    source_ref = models.PositiveBigIntegerField(_("enrolment or certificate number"))
    day = models.DateField(_("day"))
    role = models.CharField(_("professional role"), max_length=20, blank=True)
    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisation"),
    )
    country = models.CharField(_("country"), max_length=2, blank=True)
    course_key = models.UUIDField(_("course translation group"), null=True, blank=True)

    class Meta:
        verbose_name = _("learner milestone")
        verbose_name_plural = _("learner milestones")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "source_ref"], name="reach_learner_milestone_once"
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=LearnerMilestoneKind.values),
                name="reach_learner_milestone_kind_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["kind", "day"], name="reach_milestone_kind_day"),
            models.Index(fields=["organisation", "kind", "day"], name="reach_milestone_org"),
        ]

    def __str__(self):
        return f"{self.day} {self.kind} {self.role} {self.country}"
