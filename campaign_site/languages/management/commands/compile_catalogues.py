from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from ...catalogues import compile_catalogue


class Command(BaseCommand):
    help = "Compile every locale/*/LC_MESSAGES/*.po into .mo (pure Python, no gettext needed)."

    def handle(self, *args, **options):
        count = 0
        for locale_dir in map(Path, settings.LOCALE_PATHS):
            for po in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
                compile_catalogue(po)
                count += 1
        self.stdout.write(f"Compiled {count} catalogues.")
