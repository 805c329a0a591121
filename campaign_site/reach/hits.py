"""A counted visit, and the rollup cells it adds to; both counting paths share these rules."""

import uuid
from dataclasses import dataclass
from datetime import date

from .models import ALL_AUDIENCES, HELP_PAGE_TYPE, Dimension, EventKind

CELL_SEPARATOR = "|"


@dataclass(frozen=True)
class Hit:
    day: date
    kind: str
    visitor: str
    locale: str = ""
    country: str = ""
    coarse: bool = False
    page_key: uuid.UUID | None = None
    page_type: str = ""
    audience: str = ""
    topic: str = ""
    channel: str = ""
    campaign: str = ""
    device: str = ""
    link: str = ""
    referrer_domain: str = ""
    utm_source: str = ""
    utm_medium: str = ""
    utm_campaign: str = ""


@dataclass(frozen=True)
class Cell:
    day: date
    dimension: str
    value: str
    country: str
    locale: str
    audience: str

    def key(self) -> str:
        return CELL_SEPARATOR.join(
            (
                self.day.isoformat(),
                self.dimension,
                self.value,
                self.country,
                self.locale,
                self.audience,
            )
        )

    @classmethod
    def from_key(cls, key: str) -> "Cell":
        day, dimension, value, country, locale, audience = key.split(CELL_SEPARATOR)
        return cls(date.fromisoformat(day), dimension, value, country, locale, audience)


def dimension_values(hit: Hit) -> list[tuple[str, str]]:
    """(dimension, value) pairs a hit counts under; help pages only under their page type."""
    if hit.kind == EventKind.LINK_VISIT:
        return [(Dimension.LINK, hit.link)]
    if hit.coarse:
        return [(Dimension.TOTAL, ""), (Dimension.PAGE_TYPE, HELP_PAGE_TYPE)]
    return [
        (Dimension.TOTAL, ""),
        (Dimension.PAGE, str(hit.page_key)),
        (Dimension.PAGE_TYPE, hit.page_type),
        (Dimension.TOPIC, hit.topic),
        (Dimension.CHANNEL, hit.channel),
        (Dimension.CAMPAIGN, hit.campaign),
        (Dimension.DEVICE, hit.device),
    ]


def audience_values(hit: Hit) -> tuple[str, ...]:
    """Every hit counts under "all audiences" and, for page views, under its own audience."""
    if hit.kind == EventKind.LINK_VISIT:
        return (ALL_AUDIENCES,)
    return (ALL_AUDIENCES, hit.audience)


def cells_of(hit: Hit) -> list[Cell]:
    return [
        Cell(hit.day, dimension, value, hit.country, hit.locale, audience)
        for dimension, value in dimension_values(hit)
        for audience in audience_values(hit)
    ]
