"""Raw reach events (database path only, kept briefly) and the daily salt of visitor hashes."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import EventKind


class VisitEvent(models.Model):
    """One counted page view or short-link visit, as the embedded database path stores it.

    Holds no IP address, no user agent, no time of day and no cookie: `visitor` is a hash
    that can only be matched against other events of the same day, because the salt it was
    made with is deleted once the day is over. Rolled up, then purged after the retention
    period (REACH_EVENT_RETENTION_DAYS).
    """

    day = models.DateField(_("day"))
    kind = models.CharField(_("kind"), max_length=8, choices=EventKind.choices)
    coarse = models.BooleanField(_("counted coarsely"), default=False)
    page_key = models.UUIDField(_("page translation group"), null=True, blank=True)
    page_type = models.CharField(_("page type"), max_length=40, blank=True)
    locale = models.CharField(_("language"), max_length=16, blank=True)
    audience = models.CharField(_("audience"), max_length=32, blank=True)
    topic = models.CharField(_("topic"), max_length=40, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    channel = models.CharField(_("channel"), max_length=16, blank=True)
    campaign = models.CharField(_("campaign"), max_length=64, blank=True)
    device = models.CharField(_("device"), max_length=16, blank=True)
    link = models.CharField(_("short link"), max_length=32, blank=True)
    referrer_domain = models.CharField(_("referring domain"), max_length=253, blank=True)
    utm_source = models.CharField(_("UTM source"), max_length=64, blank=True)
    utm_medium = models.CharField(_("UTM medium"), max_length=64, blank=True)
    utm_campaign = models.CharField(_("UTM campaign"), max_length=64, blank=True)
    visitor = models.CharField(_("visitor hash of the day"), max_length=32)

    class Meta:
        verbose_name = _("visit event")
        verbose_name_plural = _("visit events")
        indexes = [models.Index(fields=["day", "kind"], name="reach_event_day_kind")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=EventKind.values), name="reach_event_kind_valid"
            ),
            # Help and reporting pages keep nothing but day, language and country.
            models.CheckConstraint(
                condition=models.Q(coarse=False)
                | models.Q(
                    page_key__isnull=True,
                    audience="",
                    topic="",
                    channel="",
                    campaign="",
                    device="",
                    referrer_domain="",
                    utm_source="",
                    utm_medium="",
                    utm_campaign="",
                ),
                name="reach_event_coarse_keeps_little",
            ),
        ]

    def __str__(self):
        return f"{self.day} {self.kind} {self.page_key or self.link or self.page_type}"


class DailySalt(models.Model):
    """The secret mixed into the day's visitor hashes; deleted after its day by the purge."""

    day = models.DateField(_("day"), unique=True)
    salt = models.CharField(_("salt"), max_length=64)

    class Meta:
        verbose_name = _("daily salt")
        verbose_name_plural = _("daily salts")

    def __str__(self):
        return str(self.day)


class BufferFlush(models.Model):
    """A batch of Redis counters already added to the rollups, so a retried flush adds nothing."""

    batch = models.CharField(_("batch"), max_length=64, unique=True)
    flushed_at = models.DateTimeField(_("flushed at"), auto_now_add=True)
    visits = models.PositiveBigIntegerField(_("visits"), default=0)

    class Meta:
        verbose_name = _("buffer flush")
        verbose_name_plural = _("buffer flushes")

    def __str__(self):
        return self.batch
