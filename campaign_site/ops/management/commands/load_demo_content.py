"""Load the demo content of every app. Idempotent: running it twice changes nothing."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import import_string

from campaign_site.ops.bulk_loading import deferred_indexing

# Each module has load(*, stdout) -> None and may have logins() -> list of lines to show
# the person running `make run`. Later apps append theirs; locales and pages come first.
DEMO_MODULES = [
    "home.demo",
    "campaign_site.accounts.demo",
    # After accounts: the demo staff member becomes the editor responsible for guide reviews.
    "home.demo_reviews",
    "courses.demo",
    "campaign_site.reach.demo",
    # Last: give every locale an alias of each page that is not translated yet.
    "campaign_site.languages.demo",
]


class Command(BaseCommand):
    help = "Create demo locales, pages and (development only) demo accounts."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Load nothing when the database already has home pages.",
        )

    def handle(self, *args, if_empty=False, **options):
        from home.models import HomePage

        if not settings.DEMO_ACCOUNTS_ENABLED:
            raise CommandError("Demo content is for development only (DEMO_ACCOUNTS_ENABLED).")
        modules = [import_string(f"{dotted}.load").__module__ for dotted in DEMO_MODULES]
        if if_empty and HomePage.objects.exists():
            self.stdout.write("Demo content already present; nothing loaded.")
        else:
            with deferred_indexing():
                for dotted in DEMO_MODULES:
                    with transaction.atomic():
                        import_string(f"{dotted}.load")(stdout=self.stdout)
            self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        for module in modules:
            try:
                logins = import_string(f"{module}.logins")
            except ImportError:
                continue
            for line in logins():
                self.stdout.write(self.style.SUCCESS(line))
