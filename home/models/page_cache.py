from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class PublishedContentVersion(models.Model):
    """One row whose number goes up whenever published content changes.

    Cached pages are stored under the number current when they were rendered, so a publish
    makes every earlier copy unreachable in every web process at once (each process may keep
    its own local-memory cache, but all of them read this row).
    """

    id = models.PositiveSmallIntegerField(primary_key=True, default=1, editable=False)
    version = models.PositiveBigIntegerField(_("version"), default=0)
    changed_at = models.DateTimeField(_("changed at"), auto_now=True)

    class Meta:
        verbose_name = _("published content version")
        constraints = [
            models.CheckConstraint(condition=Q(id=1), name="home_single_content_version"),
        ]

    def __str__(self):
        return str(self.version)
