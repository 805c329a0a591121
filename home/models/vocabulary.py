"""Rows for the fixed vocabulary, so guides can point at several audiences, topics and ages.

The rows mirror home.taxonomy (a data migration creates them); their labels come from
gettext, never from the database, so every language shows its own words.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..taxonomy import AgeBand, Audience, Topic


class AudienceTerm(models.Model):
    slug = models.CharField(
        _("audience"), max_length=20, primary_key=True, choices=Audience.choices
    )

    class Meta:
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        ordering = ["slug"]

    def __str__(self):
        return str(Audience(self.slug).label)


class TopicTerm(models.Model):
    slug = models.CharField(_("topic"), max_length=30, primary_key=True, choices=Topic.choices)

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["slug"]

    def __str__(self):
        return str(Topic(self.slug).label)


class AgeBandTerm(models.Model):
    slug = models.CharField(_("age band"), max_length=10, primary_key=True, choices=AgeBand.choices)

    class Meta:
        verbose_name = _("age band")
        verbose_name_plural = _("age bands")
        ordering = ["slug"]

    def __str__(self):
        return str(AgeBand(self.slug).label)
