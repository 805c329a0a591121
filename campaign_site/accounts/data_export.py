"""What a learner downloads as "everything the platform holds about me".

Every app that stores personal data registers a section, usually in its AppConfig.ready():

    from campaign_site.accounts.data_export import register_export_section
    register_export_section("courses", courses.selectors.export_for_user)

The function takes the user and returns JSON-serialisable data (dates may be datetime or
date objects: they are written as ISO 8601 strings).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

ExportSection = Callable[[Any], Any]

_sections: dict[str, ExportSection] = {}


def register_export_section(name: str, fn: ExportSection) -> None:
    """Add a named section to every export. Registering the same function twice is harmless;
    a different function under a taken name is a programming error."""
    existing = _sections.get(name)
    if existing is not None and existing is not fn:
        raise ValueError(f"An export section named {name!r} is already registered.")
    _sections[name] = fn


def unregister_export_section(name: str) -> None:
    _sections.pop(name, None)


def registered_sections() -> list[str]:
    return sorted(_sections)


def build_export(user) -> dict:
    """Every registered section for `user`, plus when the export was made."""
    data: dict[str, Any] = {"generated_at": timezone.now(), "format_version": 1}
    for name in sorted(_sections):
        data[name] = _sections[name](user)
    return data


class ExportEncoder(DjangoJSONEncoder):
    """ISO dates, decimals and UUIDs as strings; sets and tuples as lists."""

    def default(self, o):
        if isinstance(o, set | frozenset | tuple):
            return list(o)
        return super().default(o)
