"""Fail when a shipped language misses a catalogue, a translation, or a new string."""

import os
import shutil
import subprocess
import tempfile
from contextlib import chdir
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
        parser.add_argument(
            "--no-extract",
            action="store_true",
            help="Check the catalogues as they are, without extracting.",
        )

    def handle(self, *args, no_extract=False, **options):
        locale_dir = Path(settings.LOCALE_PATHS[0])
        with tempfile.TemporaryDirectory() as scratch:
            checked_dir = locale_dir
            if not no_extract:
                if shutil.which("xgettext") is None:
                    self.stderr.write(
                        "xgettext not found: checking catalogues without "
                        "extracting new strings (install gettext)."
                    )
                else:
                    checked_dir = self._extract_into_scratch(Path(scratch), locale_dir)
            problems = self._check(checked_dir)
        if problems:
            raise CommandError("Catalogue check failed:\n" + "\n".join(problems))
        self.stdout.write(self.style.SUCCESS("Catalogues complete: nothing untranslated or fuzzy."))

    def _extract_into_scratch(self, scratch: Path, locale_dir: Path) -> Path:
        """Extract into a copy of the catalogues, leaving the real ones untouched.

        makemessages writes next to the source it scans, so it runs in a scratch folder
        holding links to the source folders and a copy of locale/.
        """
        source_root = Path.cwd()
        for entry in source_root.iterdir():
            if (
                entry.is_dir()
                and entry.name not in EXTRACT_IGNORE
                and entry.name != "locale"
                and not entry.name.startswith(".")
            ):
                os.symlink(entry, scratch / entry.name)
        target = scratch / "locale"
        shutil.copytree(locale_dir, target)
        with chdir(scratch), override_settings(LOCALE_PATHS=[target]):
            for domain in ("django", "djangojs"):
                call_command(
                    "makemessages",
                    all=True,
                    domain=domain,
                    no_obsolete=True,
                    symlinks=True,
                    ignore_patterns=EXTRACT_IGNORE,
                    add_location="file",
                    verbosity=0,
                )
        return target

    def _msgfmt_problems(self, name: str, path: Path) -> list[str]:
        """GNU msgfmt's checks (duplicates, placeholders kept in translations), if installed."""
        if shutil.which("msgfmt") is None:
            return []
        result = subprocess.run(  # noqa: S603 - fixed program, our own file path
            ["msgfmt", "--check", "-o", os.devnull, str(path)],  # noqa: S607
            capture_output=True,
            text=True,
        )
        if result.returncode == 0:
            return []
        return [f"{name}: {line}" for line in result.stderr.strip().splitlines()[:10]]

    def _check(self, locale_dir: Path) -> list[str]:
        problems = []
        for name, path in catalogue_paths(locale_dir).items():
            if not path.exists():
                problems.append(f"{name}: no catalogue at {path.relative_to(locale_dir.parent)}")
                continue
            problems.extend(self._msgfmt_problems(name, path))
            try:
                report = inspect_catalogue(path)
            except Exception as exc:  # noqa: BLE001 - Babel raises several parse errors
                problems.append(f"{name}: unreadable catalogue: {exc}")
                continue
            for label, items in (("untranslated", report.untranslated), ("fuzzy", report.fuzzy)):
                if items:
                    shown = "; ".join(repr(i) for i in items[:5])
                    more = f" and {len(items) - 5} more" if len(items) > 5 else ""
                    problems.append(f"{name}: {len(items)} {label}: {shown}{more}")
        return problems
