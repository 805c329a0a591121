"""The help directory: where to report and get help, country by country."""

import re

from babel import Locale as BabelLocale
from babel import UnknownLocaleError
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..taxonomy import ServiceKind

PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 ()\-]{1,28}[0-9]$")
LANGUAGE_CODE_PATTERN = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def parse_language_codes(value: str) -> list[str]:
    """ "en, pt-BR" -> ["en", "pt-BR"]; raises ValidationError naming any unknown code."""
    codes, unknown = [], []
    for raw in re.split(r"[,\s]+", value or ""):
        code = raw.strip()
        if not code:
            continue
        try:
            if not LANGUAGE_CODE_PATTERN.match(code):
                raise ValueError(code)
            BabelLocale.parse(code, sep="-")
        except (ValueError, UnknownLocaleError):
            unknown.append(code)
            continue
        if code not in codes:
            codes.append(code)
    if unknown:
        raise ValidationError(
            _("Unknown language codes: %(codes)s. Use codes such as en, fr or pt-BR."),
            params={"codes": ", ".join(unknown)},
        )
    return codes


class SupportService(TranslatableMixin, models.Model):
    """One organisation that takes reports or helps: a hotline, a helpline, the police…

    An empty country makes it an international service, shown in every country as well as to
    visitors whose country has no services listed.
    """

    country = CountryField(
        _("country"),
        blank=True,
        help_text=_("Leave empty for a service that helps people in any country."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ServiceKind.choices)
    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("what it does"), max_length=600, blank=True)
    url = models.URLField(_("website"), max_length=300)
    phone = models.CharField(
        _("phone"),
        max_length=30,
        blank=True,
        help_text=_("Only a number you have checked yourself."),
    )
    hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    languages = models.CharField(
        _("languages"),
        max_length=200,
        blank=True,
        help_text=_("Language codes separated by commas, for example: en, fr, pt-BR."),
    )
    anonymous = models.BooleanField(_("reports can be anonymous"), default=False)
    last_verified = models.DateField(_("last verified"))
    is_example = models.BooleanField(
        _("example entry"),
        default=False,
        help_text=_("Shown as “example, verify before launch” until someone checks it."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        FieldRowPanel([FieldPanel("country"), FieldPanel("kind")]),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("url"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("hours")]),
        FieldRowPanel([FieldPanel("languages"), FieldPanel("anonymous")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("last_verified"), FieldPanel("is_example")]),
                FieldPanel("sort_order"),
            ],
            heading=_("Checks"),
        ),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("hours"),
        SynchronizedField("country"),
        SynchronizedField("kind"),
        SynchronizedField("url", overridable=True),
        SynchronizedField("phone"),
        SynchronizedField("languages"),
        SynchronizedField("anonymous"),
        SynchronizedField("last_verified"),
        SynchronizedField("is_example"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("support service")
        verbose_name_plural = _("support services")
        ordering = ["sort_order", "name"]
        indexes = [models.Index(fields=["locale", "country"], name="home_service_locale_country")]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        errors = {}
        if self.url and not self.url.lower().startswith("https://"):
            errors["url"] = ValidationError(_("Use the service's secure (https://) address."))
        if self.phone and not PHONE_PATTERN.match(self.phone.strip()):
            errors["phone"] = ValidationError(
                _("Enter a phone number with digits, spaces and an optional leading +.")
            )
        try:
            self.languages = ", ".join(parse_language_codes(self.languages))
        except ValidationError as error:
            errors["languages"] = error
        if errors:
            raise ValidationError(errors)

    @property
    def language_codes(self) -> list[str]:
        try:
            return parse_language_codes(self.languages)
        except ValidationError:
            return []

    @property
    def phone_link(self) -> str:
        """The number as a tel: URI (digits and leading +), or "" when there is none."""
        digits = re.sub(r"[^0-9+]", "", self.phone or "")
        return f"tel:{digits}" if digits else ""
