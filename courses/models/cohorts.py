"""Cohorts: a coordinator's group of learners taking one course by a deadline."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# No 0/O or 1/I/L: codes are read aloud and typed from paper.
INVITATION_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
INVITATION_CODE_LENGTH = 10


def new_invitation_code() -> str:
    return "".join(secrets.choice(INVITATION_ALPHABET) for _ in range(INVITATION_CODE_LENGTH))


class Cohort(models.Model):
    # Progress records reference no pages or media: keep them out of Wagtail's index.
    wagtail_reference_index_ignore = True
    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.CASCADE,
        related_name="cohorts",
        verbose_name=_("organisation"),
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    name = models.CharField(_("name"), max_length=200)
    deadline = models.DateField(_("deadline"))
    invitation_code = models.CharField(
        _("invitation code"), max_length=32, unique=True, default=new_invitation_code
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    closed_at = models.DateTimeField(
        _("closed at"), null=True, blank=True, help_text=_("A closed cohort takes no new learners.")
    )

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["deadline", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "name"], name="courses_cohort_unique_name"
            )
        ]

    def __str__(self):
        return self.name

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class CohortMembership(models.Model):
    wagtail_reference_index_ignore = True
    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("cohort")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="cohort_memberships",
        verbose_name=_("learner"),
    )
    joined_at = models.DateTimeField(_("joined at"), default=timezone.now)

    class Meta:
        verbose_name = _("cohort member")
        verbose_name_plural = _("cohort members")
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "user"], name="courses_cohortmembership_unique"
            )
        ]

    def __str__(self):
        return f"{self.cohort} · {self.user}"


class CohortInvitation(models.Model):
    """An invitation emailed to one address; it shows on that learner's dashboard."""

    wagtail_reference_index_ignore = True

    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("cohort")
    )
    email = models.EmailField(_("email address"))
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("invited at"), default=timezone.now)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("cohort invitation")
        verbose_name_plural = _("cohort invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "email"], name="courses_cohortinvitation_unique"
            )
        ]
        indexes = [models.Index(fields=["email", "accepted_at"])]

    def __str__(self):
        return f"{self.cohort} · {self.email}"
