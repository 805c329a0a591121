"""Organisations learners belong to, the email domains that vouch for them, and memberships."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

# A domain name as typed by staff: labels of letters, digits and hyphens, no scheme, no "@".
DOMAIN_PATTERN = re.compile(r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")

# Addresses on these domains belong to anyone who signs up for one, so they can never vouch
# for membership of an organisation.
PUBLIC_EMAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "yahoo.com",
        "yahoo.fr",
        "ymail.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "proton.me",
        "protonmail.com",
        "gmx.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "mail.ru",
        "yandex.ru",
        "yandex.com",
        "qq.com",
        "163.com",
        "126.com",
        "zoho.com",
        "mail.com",
        "tutanota.com",
        "fastmail.com",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "uol.com.br",
        "bol.com.br",
        "example.com",
    }
)


def normalise_domain(value: str) -> str:
    return (value or "").strip().lower().lstrip("@").rstrip(".")


def validate_email_domain(value: str) -> None:
    domain = normalise_domain(value)
    if not DOMAIN_PATTERN.match(domain):
        raise ValidationError(
            _("Enter a domain name such as police.example.gov, without “@” or “https://”."),
            code="invalid_domain",
        )
    if domain in PUBLIC_EMAIL_DOMAINS:
        raise ValidationError(
            _(
                "%(domain)s is a public email service: anyone can have an address there, so it "
                "cannot verify membership of an organisation."
            ),
            code="public_domain",
            params={"domain": domain},
        )


class OrganisationKind(models.TextChoices):
    POLICE = "police", _("Police")
    PROSECUTION = "prosecution", _("Prosecution service")
    JUDICIARY = "judiciary", _("Judiciary")
    MINISTRY = "ministry", _("Ministry")
    NGO = "ngo", _("NGO")
    SCHOOL = "school", _("School")
    OTHER = "other", _("Other")


class Organisation(ClusterableModel):
    """A police force, prosecution service, court, ministry or other body learners work for."""

    name = models.CharField(_("name"), max_length=200)
    country = CountryField(_("country"))
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["country", "name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                "country",
                name="accounts_organisation_unique_name_per_country",
                violation_error_message=_(
                    "An organisation with this name already exists in this country."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.country.code})" if self.country else self.name


class OrganisationEmailDomain(models.Model):
    """An email domain only the organisation's staff have addresses on.

    A learner whose confirmed address is on one of these domains is verified for the
    organisation without waiting for a coordinator. One domain belongs to one organisation.
    """

    organisation = ParentalKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="email_domains",
        verbose_name=_("organisation"),
    )
    domain = models.CharField(
        _("email domain"),
        max_length=253,
        validators=[validate_email_domain],
        help_text=_("For example police.example.gov. Never a public email service."),
    )

    class Meta:
        verbose_name = _("verified email domain")
        verbose_name_plural = _("verified email domains")
        ordering = ["domain"]
        constraints = [
            models.UniqueConstraint(
                "domain",
                name="accounts_email_domain_unique",
                violation_error_message=_("This domain already belongs to an organisation."),
            ),
            models.CheckConstraint(
                condition=models.Q(domain=Lower("domain")),
                name="accounts_email_domain_lowercase",
            ),
        ]

    def __str__(self):
        return self.domain

    def save(self, *args, **kwargs):
        self.domain = normalise_domain(self.domain)
        super().save(*args, **kwargs)

    def clean(self):
        self.domain = normalise_domain(self.domain)


class MembershipRole(models.TextChoices):
    LEARNER = "learner", _("Learner")
    COORDINATOR = "coordinator", _("Coordinator")


class Membership(models.Model):
    """A person's role in an organisation: learner, or coordinator who approves learners."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("user"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("organisation"),
    )
    role = models.CharField(
        _("role"), max_length=20, choices=MembershipRole.choices, default=MembershipRole.LEARNER
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["organisation", "role", "user"]
        constraints = [
            models.UniqueConstraint(
                "user",
                "organisation",
                name="accounts_membership_unique_user_organisation",
                violation_error_message=_("This person already belongs to this organisation."),
            ),
            models.CheckConstraint(
                condition=models.Q(role__in=MembershipRole.values),
                name="accounts_membership_role_valid",
            ),
        ]
        indexes = [models.Index(fields=["organisation", "role"])]

    def __str__(self):
        return f"{self.user} · {self.organisation} · {self.get_role_display()}"
