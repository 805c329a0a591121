"""Certificates: a unique number, an expiry from the course's validity, revocation by staff.

The holder's name and the course title are copied at issue, so a certificate stays
verifiable (anonymised) after the learner deletes their account or the page changes.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .progress import Enrolment


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")


class Certificate(models.Model):
    # Progress records reference no pages or media: keep them out of Wagtail's index.
    wagtail_reference_index_ignore = True
    number = models.CharField(_("number"), max_length=32, unique=True)
    enrolment = models.OneToOneField(
        Enrolment, on_delete=models.PROTECT, related_name="certificate", verbose_name=_("enrolment")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
        verbose_name=_("holder"),
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    holder_name = models.CharField(_("holder's name"), max_length=300, blank=True)
    course_title = models.CharField(_("course title at issue"), max_length=255)
    language = models.CharField(_("language"), max_length=10)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), db_index=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )
    pdf_file = models.CharField(_("stored PDF"), max_length=255, blank=True, editable=False)
    emailed_at = models.DateTimeField(_("emailed at"), null=True, blank=True, editable=False)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_at__gt=models.F("issued_at")),
                name="courses_certificate_expires_after_issue",
            ),
            # A revoked certificate always says why.
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revocation_reason=""),
                name="courses_certificate_revocation_has_reason",
            ),
        ]

    def __str__(self):
        return self.number

    def status_at(self, moment=None) -> str:
        moment = moment or timezone.now()
        if self.revoked_at is not None:
            return CertificateStatus.REVOKED
        if self.expires_at <= moment:
            return CertificateStatus.EXPIRED
        return CertificateStatus.VALID

    @property
    def status(self) -> str:
        return self.status_at()

    def get_status_display(self) -> str:
        return CertificateStatus(self.status).label
