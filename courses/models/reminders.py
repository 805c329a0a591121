"""Reminders and digests: what is due, the emails that carry them, and who opted out.

Every reminder is a `ReminderDelivery` row, unique per (recipient, kind, subject, period)
and written before any email goes out, so two beat ticks, two workers or a retried task can
never send the same reminder twice. Deliveries due for one person on one day travel together
in one `ReminderMessage` (one email), which keeps the state of sending: queued, sending,
waiting to retry, sent, failed or no longer needed.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ReminderKind(models.TextChoices):
    INACTIVITY = "inactivity", _("Reminders to continue a course")
    DEADLINE = "deadline", _("Cohort deadlines")
    CERTIFICATE_EXPIRY = "certificate_expiry", _("Certificate expiry")
    COORDINATOR_DIGEST = "coordinator_digest", _("Weekly cohort digest")
    CONTENT_REVIEW = "content_review", _("Guides due for review")


class ReminderStream(models.TextChoices):
    """Who an email is for. A person gets at most one email per stream and day."""

    LEARNER = "learner", _("Learner reminders")
    COORDINATOR = "coordinator", _("Coordinator digest")
    EDITOR = "editor", _("Editor review list")


STREAM_OF_KIND = {
    ReminderKind.INACTIVITY: ReminderStream.LEARNER,
    ReminderKind.DEADLINE: ReminderStream.LEARNER,
    ReminderKind.CERTIFICATE_EXPIRY: ReminderStream.LEARNER,
    ReminderKind.COORDINATOR_DIGEST: ReminderStream.COORDINATOR,
    ReminderKind.CONTENT_REVIEW: ReminderStream.EDITOR,
}


class MessageStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENDING = "sending", _("Sending")
    RETRYING = "retrying", _("Waiting to retry")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Not needed any more")


# A message in one of these states may still go out.
PENDING_MESSAGE_STATUSES = (MessageStatus.QUEUED, MessageStatus.RETRYING)


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Not sent")


class CancelReason(models.TextChoices):
    COMPLETED = "completed", _("The course was completed")
    LEFT = "left", _("The learner left the course")
    RETURNED = "returned", _("The learner continued before the email went out")
    OPTED_OUT = "opted_out", _("The recipient turned these emails off")
    NO_ACCOUNT = "no_account", _("The account was deleted or deactivated")
    NOT_DUE = "not_due", _("No longer due")


class FailureKind(models.TextChoices):
    TEMPORARY = "temporary", _("Temporary")
    PERMANENT = "permanent", _("Permanent")


class ReminderMessage(models.Model):
    """One email to one person, carrying the reminders due for them that day."""

    wagtail_reference_index_ignore = True

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reminder_messages",
        verbose_name=_("recipient"),
        help_text=_("Empty once the recipient's account was deleted."),
    )
    stream = models.CharField(_("kind of email"), max_length=20, choices=ReminderStream.choices)
    local_date = models.DateField(_("day (recipient's time)"))
    status = models.CharField(
        _("status"), max_length=20, choices=MessageStatus.choices, default=MessageStatus.QUEUED
    )
    to_email = models.EmailField(_("sent to"), blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True)
    subject = models.CharField(_("subject line"), max_length=300, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    claimed_by = models.CharField(_("sending process"), max_length=200, blank=True)
    lease_until = models.DateTimeField(_("sending claim valid until"), null=True, blank=True)
    failure_kind = models.CharField(
        _("kind of failure"), max_length=20, choices=FailureKind.choices, blank=True
    )
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    returned_at = models.DateTimeField(
        _("learner active again at"),
        null=True,
        blank=True,
        help_text=_("The first course activity seen after a learner reminder."),
    )
    resent_at = models.DateTimeField(_("queued again at"), null=True, blank=True)
    resent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("queued again by"),
    )

    class Meta:
        verbose_name = _("reminder email")
        verbose_name_plural = _("reminder emails")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One email per person, stream and day: several due reminders travel together.
            models.UniqueConstraint(
                fields=["recipient", "stream", "local_date"], name="courses_remindermessage_daily"
            ),
            models.CheckConstraint(
                condition=Q(status__in=MessageStatus.values),
                name="courses_remindermessage_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status=MessageStatus.SENT) | Q(sent_at__isnull=False),
                name="courses_remindermessage_sent_has_time",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"]),
            models.Index(fields=["recipient", "stream", "status"]),
            models.Index(fields=["sent_at", "stream"]),
        ]

    def __str__(self):
        return f"{self.to_email or self.recipient or _('deleted account')} · {self.local_date}"

    @property
    def can_be_resent(self) -> bool:
        return self.status in {MessageStatus.FAILED, MessageStatus.CANCELLED}


class ReminderDelivery(models.Model):
    """One reminder, recorded once and for ever: (recipient, kind, subject, period).

    `subject` names what the reminder is about ("enrolment:12", "certificate:7",
    "cohorts", "guides"); `period` says which occurrence (the third reminder since the last
    activity, the 7-day notice before a deadline, an ISO week for digests).
    """

    wagtail_reference_index_ignore = True

    message = models.ForeignKey(
        ReminderMessage,
        on_delete=models.CASCADE,
        related_name="items",
        verbose_name=_("email"),
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reminder_deliveries",
        verbose_name=_("recipient"),
    )
    kind = models.CharField(_("kind"), max_length=30, choices=ReminderKind.choices)
    subject = models.CharField(_("about"), max_length=100)
    period = models.CharField(_("occurrence"), max_length=80)
    sequence = models.PositiveSmallIntegerField(
        _("number"), default=1, help_text=_("Which reminder of a series, or days of notice.")
    )
    reference_at = models.DateTimeField(
        _("reference time"),
        null=True,
        blank=True,
        help_text=_("Last activity for inactivity reminders; the expiry for certificates."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    cancel_reason = models.CharField(
        _("why it was not sent"), max_length=20, choices=CancelReason.choices, blank=True
    )
    enrolment = models.ForeignKey(
        "courses.Enrolment",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("enrolment"),
    )
    cohort = models.ForeignKey(
        "courses.Cohort",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("cohort"),
    )
    certificate = models.ForeignKey(
        "courses.Certificate",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("certificate"),
    )
    created_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        ordering = ["message", "kind", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "kind", "subject", "period"],
                name="courses_reminderdelivery_once",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=ReminderKind.values),
                name="courses_reminderdelivery_kind_valid",
            ),
            models.CheckConstraint(
                condition=Q(status=DeliveryStatus.CANCELLED) | Q(cancel_reason=""),
                name="courses_reminderdelivery_reason_only_when_cancelled",
            ),
        ]
        indexes = [
            models.Index(fields=["enrolment", "kind"]),
            models.Index(fields=["kind", "status"]),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.subject} · {self.period}"

    @property
    def stream(self) -> str:
        return STREAM_OF_KIND[self.kind]


class ReminderOptOut(models.Model):
    """A person turned one kind of reminder email off (from a link or their preferences)."""

    class Source(models.TextChoices):
        ONE_CLICK = "one_click", _("One-click unsubscribe in the mail program")
        LINK = "link", _("Link in an email")
        PREFERENCES = "preferences", _("Email preferences page")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reminder_opt_outs",
        verbose_name=_("user"),
    )
    kind = models.CharField(_("kind"), max_length=30, choices=ReminderKind.choices)
    source = models.CharField(_("how"), max_length=20, choices=Source.choices)
    created_at = models.DateTimeField(_("turned off at"), default=timezone.now)

    class Meta:
        verbose_name = _("reminder opt-out")
        verbose_name_plural = _("reminder opt-outs")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="courses_reminderoptout_once"),
            models.CheckConstraint(
                condition=Q(kind__in=ReminderKind.values),
                name="courses_reminderoptout_kind_valid",
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.get_kind_display()}"


class CourseReminderSettings(models.Model):
    """Inactivity reminders of one course (every language version), when not the default."""

    course_key = models.UUIDField(_("course"), unique=True)
    inactivity_reminders = models.BooleanField(
        _("remind inactive learners"),
        default=True,
        help_text=_("Untick to send no inactivity reminders for this course."),
    )
    inactivity_days = models.PositiveSmallIntegerField(
        _("days without progress"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_("Empty: the platform default."),
    )
    max_inactivity_reminders = models.PositiveSmallIntegerField(
        _("reminders at most"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_(
            "How many reminders a learner gets in a row while not progressing. "
            "Empty: the platform default."
        ),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("course reminder settings")
        verbose_name_plural = _("course reminder settings")
        constraints = [
            models.CheckConstraint(
                condition=Q(inactivity_days__isnull=True)
                | Q(inactivity_days__gte=1, inactivity_days__lte=365),
                name="courses_coursereminder_days_range",
            ),
            models.CheckConstraint(
                condition=Q(max_inactivity_reminders__isnull=True)
                | Q(max_inactivity_reminders__gte=1, max_inactivity_reminders__lte=10),
                name="courses_coursereminder_max_range",
            ),
        ]

    def __str__(self):
        from ..selectors import course_titles

        return course_titles([self.course_key]).get(self.course_key) or str(self.course_key)
