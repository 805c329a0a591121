"""Campaigns (launch annotations, UTM names) and the short tracked links of posters and QR codes."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import Channel

short_code_validator = RegexValidator(
    r"^[a-z0-9][a-z0-9-]{1,31}$",
    _("Use 2 to 32 lowercase letters, digits and hyphens, starting with a letter or digit."),
)


class Campaign(models.Model):
    """A named campaign: links and UTM parameters carry its slug; dashboards mark its dates."""

    slug = models.SlugField(
        _("short name"),
        max_length=64,
        unique=True,
        help_text=_("Used in links as utm_campaign; keep it once the campaign has started."),
    )
    name = models.CharField(_("name"), max_length=200)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["-starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="reach_campaign_ends_after_start",
                violation_error_message=_("A campaign cannot end before it starts."),
            )
        ]

    def __str__(self):
        return self.name


class TrackedLink(models.Model):
    """A short link (/go/<code>) printed on posters or behind a QR code; a visit is counted."""

    code = models.CharField(
        _("short code"),
        max_length=32,
        unique=True,
        validators=[short_code_validator],
        help_text=_("The link becomes /go/<code>. Lowercase letters, digits and hyphens."),
    )
    label = models.CharField(_("label"), max_length=200, help_text=_("Where it is printed."))
    target_page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("page on this site"),
    )
    target_url = models.URLField(
        _("address on another website"),
        blank=True,
        help_text=_("Only when the link leads away from this site, for example to a hotline."),
    )
    campaign = models.ForeignKey(
        Campaign,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="links",
        verbose_name=_("campaign"),
    )
    channel = models.CharField(
        _("channel"),
        max_length=16,
        choices=[
            (Channel.QR.value, Channel.QR.label),
            (Channel.CAMPAIGN.value, Channel.CAMPAIGN.label),
        ],
        default=Channel.QR,
    )
    locale = models.CharField(
        _("language"),
        max_length=16,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The language of the poster; taken from the page when it leads to one."),
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive links lead to the home page.")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("short link")
        verbose_name_plural = _("short links")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(target_page__isnull=True) | models.Q(target_url=""),
                name="reach_link_one_target",
                violation_error_message=_(
                    "Choose a page on this site or another address, not both."
                ),
            ),
        ]

    def __str__(self):
        # Isolated left-to-right, so right-to-left screens do not show "go/code/".
        return f"\u2066/go/{self.code}\u2069"

    def clean(self):
        super().clean()
        self.code = (self.code or "").strip().lower()
        if self.target_page_id and self.target_url:
            raise ValidationError(_("Choose a page on this site or another address, not both."))
        if not self.target_page_id and not self.target_url:
            raise ValidationError(_("Choose a page on this site or another address."))
        if self.target_url and not self.target_url.lower().startswith("https://"):
            raise ValidationError({"target_url": _("Use an https:// address.")})
