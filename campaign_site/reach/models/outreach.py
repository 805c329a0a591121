"""Offline reach: talks, workshops, trainings, events and media, entered or imported by staff."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .choices import OutreachAudience, OutreachKind

# Participant count fields, one per OutreachAudience value, in the same order.
PARTICIPANT_FIELDS = {
    OutreachAudience.PARENTS: "participants_parents",
    OutreachAudience.TEACHERS: "participants_teachers",
    OutreachAudience.YOUNG_PEOPLE: "participants_young_people",
    OutreachAudience.PROFESSIONALS: "participants_professionals",
    OutreachAudience.OTHERS: "participants_others",
}
MAX_PARTICIPANTS = 1_000_000


class OutreachImport(models.Model):
    """One CSV file imported whole: its rows point back here, so an import can be traced."""

    file_name = models.CharField(_("file name"), max_length=255)
    rows = models.PositiveIntegerField(_("rows"))
    imported_at = models.DateTimeField(_("imported at"), auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("imported by"),
    )

    class Meta:
        verbose_name = _("outreach import")
        verbose_name_plural = _("outreach imports")
        ordering = ["-imported_at"]

    def __str__(self):
        return f"{self.file_name} ({self.rows})"


class OutreachActivity(models.Model):
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=16, choices=OutreachKind.choices)
    title = models.CharField(_("title"), max_length=200)
    country = CountryField(_("country"))
    language = models.CharField(_("language"), max_length=16, choices=settings.LANGUAGES)
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("Who ran the activity, for example a school or a partner organisation."),
    )
    campaign = models.ForeignKey(
        "reach.Campaign",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="outreach_activities",
        verbose_name=_("campaign"),
    )
    participants_parents = models.PositiveIntegerField(_("parents and carers"), default=0)
    participants_teachers = models.PositiveIntegerField(_("teachers"), default=0)
    participants_young_people = models.PositiveIntegerField(_("young people"), default=0)
    participants_professionals = models.PositiveIntegerField(_("professionals"), default=0)
    participants_others = models.PositiveIntegerField(_("others"), default=0)
    notes = models.TextField(
        _("notes"),
        blank=True,
        help_text=_("No names or details of children or of anyone who disclosed harm."),
    )
    evidence = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("evidence document"),
        help_text=_("An attendance sheet, agenda or report (no photographs of children)."),
    )
    imported_from = models.ForeignKey(
        OutreachImport,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="activities",
        verbose_name=_("imported from"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("outreach activity")
        verbose_name_plural = _("outreach activities")
        ordering = ["-date", "title"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(participants_parents__gt=0)
                | models.Q(participants_teachers__gt=0)
                | models.Q(participants_young_people__gt=0)
                | models.Q(participants_professionals__gt=0)
                | models.Q(participants_others__gt=0),
                name="reach_outreach_has_participants",
                violation_error_message=_(
                    "Enter the number of participants for at least one audience."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=OutreachKind.values),
                name="reach_outreach_kind_valid",
            ),
        ]
        indexes = [models.Index(fields=["date", "country"], name="reach_outreach_date_country")]

    def __str__(self):
        return f"{self.date} · {self.title}"

    @property
    def total_participants(self) -> int:
        return sum(getattr(self, field) for field in PARTICIPANT_FIELDS.values())

    def clean(self):
        super().clean()
        errors = {}
        if self.date and self.date > timezone.localdate():
            errors["date"] = _("Record activities once they have taken place.")
        for field in PARTICIPANT_FIELDS.values():
            if (getattr(self, field) or 0) > MAX_PARTICIPANTS:
                errors[field] = _("At most %(max)s participants.") % {"max": MAX_PARTICIPANTS}
        if errors:
            raise ValidationError(errors)
