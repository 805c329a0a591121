"""Right-to-left works because stylesheets only use logical properties."""

import re
from pathlib import Path

from django.conf import settings

PHYSICAL = re.compile(
    r"(?<![\w-])(margin|padding|border)-(left|right)\b"
    r"|(?<![\w-])(left|right)\s*:"
    r"|text-align\s*:\s*(left|right)"
    r"|float\s*:\s*(left|right)"
    r"|border-(top|bottom)-(left|right)-radius"
)


def stylesheets():
    base = Path(settings.BASE_DIR)
    for folder in ("campaign_site", "home", "courses"):
        for path in (base / folder).rglob("*.css"):
            if "vendor" not in path.parts:
                yield path


def test_stylesheets_use_logical_properties_only():
    offenders = []
    for path in stylesheets():
        for number, line in enumerate(path.read_text().splitlines(), 1):
            # A third-party stylesheet's physical rule may be undone only where marked.
            if PHYSICAL.search(line.split("/*")[0]) and "rtl-exempt" not in line:
                offenders.append(f"{path.relative_to(settings.BASE_DIR)}:{number}: {line.strip()}")
    assert not offenders, "physical (left/right) CSS breaks right-to-left:\n" + "\n".join(offenders)
