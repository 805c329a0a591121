from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "campaign_site.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from . import export_sections, receivers  # noqa: F401 - connects receivers, sections
