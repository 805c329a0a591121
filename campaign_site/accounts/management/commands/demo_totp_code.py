"""Print the current two-factor code of the demo staff and coordinator accounts."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from campaign_site.accounts.demo import DEMO_TOTP_SECRET, TOTP_PERIOD, totp_code


class Command(BaseCommand):
    help = "Print the current authenticator code of the demo accounts (development only)."

    def handle(self, *args, **options):
        if not settings.DEMO_ACCOUNTS_ENABLED:
            raise CommandError("Demo accounts exist in development only.")
        import time

        remaining = TOTP_PERIOD - int(time.time()) % TOTP_PERIOD
        self.stdout.write(
            f"{totp_code()}  (valid for {remaining} more seconds; secret {DEMO_TOTP_SECRET})"
        )
