from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReachConfig(AppConfig):
    name = "campaign_site.reach"
    label = "reach"
    verbose_name = _("Reach")

    def ready(self):
        from . import receivers  # noqa: F401 - connects the courses' signals
