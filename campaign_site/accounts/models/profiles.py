"""A learner's professional profile and the verification status restricted courses check."""

import zoneinfo
from functools import cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .organisations import Organisation


@cache
def time_zone_names() -> tuple[str, ...]:
    # "localtime" and "Factory" are artefacts of the tz database, not places people live.
    return tuple(sorted(zoneinfo.available_timezones() - {"localtime", "Factory"}))


def validate_time_zone(value: str) -> None:
    if value not in time_zone_names():
        raise ValidationError(
            _("Choose a time zone from the list, for example Europe/Paris."),
            code="invalid_time_zone",
        )


class ProfessionalRole(models.TextChoices):
    POLICE = "police", _("Police officer")
    PROSECUTOR = "prosecutor", _("Prosecutor")
    JUDGE = "judge", _("Judge")
    JUSTICE_OTHER = "justice_other", _("Other justice professional")
    EDUCATOR = "educator", _("Educator")
    SOCIAL_WORKER = "social_worker", _("Social worker")
    OTHER = "other", _("Other")


class VerificationStatus(models.TextChoices):
    # No organisation chosen yet, so nobody can vouch for the learner.
    UNVERIFIED = "unverified", _("Not verified")
    PENDING = "pending", _("Waiting for approval")
    VERIFIED = "verified", _("Verified")
    REJECTED = "rejected", _("Not approved")


class Profile(models.Model):
    """Created with every user (see signals); learners complete it after signing up."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="profile",
        verbose_name=_("user"),
    )
    professional_role = models.CharField(
        _("professional role"), max_length=20, choices=ProfessionalRole.choices, blank=True
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="profiles",
        verbose_name=_("organisation"),
    )
    country = CountryField(_("country"), blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Emails and reminders are sent in this language."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_("Deadlines and reminders are shown in this time zone."),
    )
    verification_status = models.CharField(
        _("verification status"),
        max_length=20,
        choices=VerificationStatus.choices,
        default=VerificationStatus.UNVERIFIED,
        editable=False,
    )
    verification_requested_at = models.DateTimeField(
        _("verification requested at"), null=True, blank=True, editable=False
    )
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True, editable=False)
    coordinators_notified_at = models.DateTimeField(
        _("coordinators emailed at"), null=True, blank=True, editable=False
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        permissions = [("decide_verification", _("Can approve or turn down learners"))]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(verification_status__in=VerificationStatus.values),
                name="accounts_profile_status_valid",
            ),
            # A verified learner always has the moment they were verified on record.
            models.CheckConstraint(
                condition=~models.Q(verification_status=VerificationStatus.VERIFIED)
                | models.Q(verified_at__isnull=False),
                name="accounts_profile_verified_has_time",
            ),
        ]
        indexes = [models.Index(fields=["organisation", "verification_status"])]

    def __str__(self):
        return str(self.user)

    @property
    def is_verified(self) -> bool:
        return self.verification_status == VerificationStatus.VERIFIED
