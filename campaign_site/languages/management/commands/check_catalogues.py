"""Fail when a shipped language misses a catalogue, a translation, or a new string."""

import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from ...catalogues import catalogue_paths, inspect_catalogue

EXTRACT_IGNORE = [".venv", "var", "tests", "media", "node_modules"]


class Command(BaseCommand):
    help = (
        "Check that every shipped language has a catalogue with every interface string "
        "translated and none fuzzy. With gettext installed, strings are first extracted "
        "from the code into a scratch copy, so a string added without translations fails."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-extract", action="store_true",
                            help="Check the catalogues as they are, without extracting.")

    def handle(self, *args, no_extract=False, **options):
        locale_dir = Path(settings.LOCALE_PATHS[0])
        with tempfile.TemporaryDirectory() as scratch:
            checked_dir = locale_dir
            if not no_extract:
                if shutil.which("xgettext") is None:
                    self.stderr.write("xgettext not found: checking catalogues without "
                                      "extracting new strings (install gettext).")
                else:
                    checked_dir = Path(scratch) / "locale"
                    shutil.copytree(locale_dir, checked_dir)
                    self._extract_into(checked_dir)
            problems = self._check(checked_dir)
        if problems:
            raise CommandError("Catalogue check failed:\n" + "\n".join(problems))
        self.stdout.write(self.style.SUCCESS("Catalogues complete: nothing untranslated or fuzzy."))

    def _extract_into(self, target: Path):
        with override_settings(LOCALE_PATHS=[target]):
            for domain in ("django", "djangojs"):
                call_command("makemessages", all=True, domain=domain, no_obsolete=True,
                             ignore_patterns=EXTRACT_IGNORE, add_location="file", verbosity=0)

    def _check(self, locale_dir: Path) -> list[str]:
        problems = []
        for name, path in catalogue_paths(locale_dir).items():
            if not path.exists():
                problems.append(f"{name}: no catalogue at {path.relative_to(locale_dir.parent)}")
                continue
            report = inspect_catalogue(path)
            for label, items in (("untranslated", report.untranslated),
                                 ("fuzzy", report.fuzzy)):
                if items:
                    shown = "; ".join(repr(i) for i in items[:5])
                    more = f" and {len(items) - 5} more" if len(items) > 5 else ""
                    problems.append(f"{name}: {len(items)} {label}: {shown}{more}")
        return problems
