"""Targets per indicator and period, optionally for one country and one audience or role."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .choices import Indicator, OutreachAudience


def audiences_for(indicator: str) -> list[tuple[str, str]]:
    """The audiences (or professional roles) a target of this indicator can be limited to."""
    if indicator in (Indicator.VISITOR_DAYS, Indicator.PAGE_VIEWS):
        from home.taxonomy import Audience

        return list(Audience.choices)
    if indicator == Indicator.OUTREACH_PARTICIPANTS:
        return list(OutreachAudience.choices)
    if indicator in (
        Indicator.LEARNERS_ENROLLED,
        Indicator.LEARNERS_COMPLETED,
        Indicator.LEARNERS_CERTIFIED,
    ):
        from campaign_site.accounts.models import ProfessionalRole

        return list(ProfessionalRole.choices)
    return []


def all_target_audiences() -> list[tuple[str, str]]:
    seen, choices = set(), []
    for indicator in Indicator.values:
        for value, label in audiences_for(indicator):
            if value not in seen:
                seen.add(value)
                choices.append((value, label))
    return choices


class Target(models.Model):
    indicator = models.CharField(_("indicator"), max_length=32, choices=Indicator.choices)
    value = models.PositiveBigIntegerField(_("target"))
    starts_on = models.DateField(_("period starts on"))
    ends_on = models.DateField(_("period ends on"))
    country = CountryField(_("country"), blank=True, help_text=_("Empty: every country."))
    audience = models.CharField(
        _("audience or role"),
        max_length=32,
        blank=True,
        choices=all_target_audiences,
        help_text=_(
            "Empty: everyone. Audiences for online and outreach indicators, "
            "professional roles for learner indicators."
        ),
    )
    notes = models.TextField(_("notes"), blank=True, help_text=_("For example the funder."))

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["-starts_on", "indicator"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="reach_target_period_valid",
                violation_error_message=_("The period cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=models.Q(value__gt=0),
                name="reach_target_positive",
                violation_error_message=_("A target must be more than zero."),
            ),
            models.CheckConstraint(
                condition=models.Q(indicator__in=Indicator.values),
                name="reach_target_indicator_valid",
            ),
            models.UniqueConstraint(
                fields=["indicator", "country", "audience", "starts_on", "ends_on"],
                name="reach_target_unique",
                violation_error_message=_("This target already exists for this period."),
            ),
        ]

    def __str__(self):
        return f"{self.get_indicator_display()} {self.starts_on}–{self.ends_on}: {self.value}"

    def clean(self):
        super().clean()
        allowed = {value for value, _label in audiences_for(self.indicator)}
        if self.audience and self.audience not in allowed:
            raise ValidationError(
                {"audience": _("This indicator cannot be limited to that audience or role.")}
            )
