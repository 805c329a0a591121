"""Reading, compiling and checking the interface catalogues in locale/.

Babel does the parsing and compiling in pure Python, so `make run` works on a machine
without GNU gettext; extracting new strings (makemessages) still needs xgettext.
"""

from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.utils.translation import to_locale


@dataclass
class CatalogueReport:
    path: Path
    translated: int = 0
    untranslated: list[str] = field(default_factory=list)
    fuzzy: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.untranslated and not self.fuzzy


def shipped_locale_names() -> list[str]:
    """gettext directory names (pt_BR, zh_Hans, sr_Latn) of every non-source language."""
    return [to_locale(code) for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def catalogue_paths(locale_dir: Path, domain: str = "django") -> dict[str, Path]:
    return {
        name: locale_dir / name / "LC_MESSAGES" / f"{domain}.po" for name in shipped_locale_names()
    }


def _read(path: Path):
    with path.open("rb") as handle:
        return read_po(handle, abort_invalid=True)


def inspect_catalogue(path: Path) -> CatalogueReport:
    report = CatalogueReport(path=path)
    for message in _read(path):
        if not message.id:
            continue  # the header
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy:
            report.fuzzy.append(msgid)
        elif not all(strings):
            report.untranslated.append(msgid)
        else:
            report.translated += 1
    return report


def compile_catalogue(path: Path) -> Path:
    target = path.with_suffix(".mo")
    catalog = _read(path)
    with target.open("wb") as handle:
        write_mo(handle, catalog, use_fuzzy=False)
    return target
