"""The record of every verification decision: who decided, when, how and why."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .organisations import Organisation


class VerificationMethod(models.TextChoices):
    DOMAIN = "domain", _("Email address on the organisation's domain")
    INVITATION = "invitation", _("Cohort invitation code")
    APPROVAL = "approval", _("Approved")
    REJECTION = "rejection", _("Rejected")


class VerificationDecision(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="verification_decisions",
        verbose_name=_("learner"),
    )
    method = models.CharField(_("method"), max_length=20, choices=VerificationMethod.choices)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="verification_decisions_made",
        verbose_name=_("decided by"),
        help_text=_("Empty when the platform decided (email domain or invitation code)."),
    )
    decided_at = models.DateTimeField(_("decided at"), default=timezone.now, db_index=True)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="verification_decisions",
        verbose_name=_("organisation"),
    )
    reason = models.CharField(_("reason"), max_length=1000, blank=True)
    learner_notified_at = models.DateTimeField(
        _("learner emailed at"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("verification decision")
        verbose_name_plural = _("verification decisions")
        ordering = ["-decided_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(method__in=VerificationMethod.values),
                name="accounts_decision_method_valid",
            ),
            # A learner who is turned down is always told why.
            models.CheckConstraint(
                condition=~models.Q(method=VerificationMethod.REJECTION) | ~models.Q(reason=""),
                name="accounts_decision_rejection_has_reason",
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.get_method_display()} · {self.decided_at:%Y-%m-%d}"

    @property
    def verifies(self) -> bool:
        return self.method != VerificationMethod.REJECTION
