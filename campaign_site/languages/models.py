from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class DiscouragedTerm(models.Model):
    """A term the terminology guidelines advise against, and what to write instead.

    `term` may end words with `*` to match any ending (for inflected languages),
    e.g. "детск* порнограф*".
    """

    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    term = models.CharField(_("discouraged term"), max_length=120)
    replacement = models.CharField(_("write instead"), max_length=200)
    note = models.CharField(_("why"), max_length=300, blank=True)

    panels = [
        FieldPanel("language"),
        FieldPanel("term"),
        FieldPanel("replacement"),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = _("discouraged term")
        verbose_name_plural = _("terminology glossary")
        ordering = ["language", "term"]
        constraints = [
            models.UniqueConstraint(fields=["language", "term"], name="unique_term_per_language"),
        ]

    def __str__(self):
        return f"{self.term} → {self.replacement}"

    def clean(self):
        words = self.term.replace("*", "").split()
        if not words:
            raise ValidationError({"term": _("Enter at least one word.")})
        if "*" in self.term.replace("* ", " ").rstrip("*"):
            raise ValidationError({"term": _("Use * only at the end of a word.")})
