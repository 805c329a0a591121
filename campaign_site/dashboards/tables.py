"""The data behind every chart: one table that the chart draws, the page shows and the CSV
export writes, so all three always hold the same numbers.

Counts under the small-cell threshold become "<5" here, before anything is drawn, shown or
exported: the true figure never reaches the browser. Rates and medians worked out from such
small groups are not shown either ("–").
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from django.utils import formats
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from campaign_site.reach.suppression import display_count, is_small_cell, small_cell_threshold

TEXT, COUNT, PERCENT, NUMBER, DATE, MONTH = "text", "count", "percent", "number", "date", "month"
NOT_SHOWN = "–"


def percent_text(value) -> str:
    """A percentage as the admin language writes it: "45%" in English, "45 %" in French."""
    number = formats.number_format(value, use_l10n=True)
    return pgettext("a percentage", "%(number)s%%") % {"number": number}


def percent_suffix() -> str:
    """What follows the number in a percentage, for chart axes."""
    return pgettext("a percentage", "%(number)s%%") % {"number": ""}


def not_shown_note() -> str:
    return _("– not shown: worked out from fewer than %(n)s people.") % {
        "n": small_cell_threshold()
    }


class Typed(NamedTuple):
    """A value whose kind differs from its column's, as in a table of headline figures."""

    value: object
    kind: str


def _split(value, kind: str) -> tuple[object, str]:
    if isinstance(value, Typed):
        return value.value, value.kind
    return value, kind


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = TEXT

    @property
    def is_numeric(self) -> bool:
        return self.kind in (COUNT, PERCENT, NUMBER)


def _plain(value, kind: str) -> str:
    """The value as the CSV holds it: digits without grouping, ISO dates, "<5", "–"."""
    value, kind = _split(value, kind)
    if value is None:
        return NOT_SHOWN if kind in (PERCENT, NUMBER) else ""
    if kind == COUNT:
        return display_count(int(value))
    if kind == PERCENT:
        return f"{value:.0f}"
    if kind == NUMBER:
        return f"{value:g}" if isinstance(value, int) else f"{value:.1f}"
    if kind == DATE:
        return value.isoformat() if isinstance(value, date) else str(value)
    if kind == MONTH:
        return value.strftime("%Y-%m") if isinstance(value, date) else str(value)
    return str(value)


def _localised(value, kind: str) -> str:
    """The value as the page shows it, with the admin language's digit grouping."""
    value, kind = _split(value, kind)
    if value is None:
        return NOT_SHOWN if kind in (PERCENT, NUMBER) else ""
    if kind == COUNT:
        if is_small_cell(int(value)):
            return display_count(int(value))
        return formats.number_format(int(value), use_l10n=True, force_grouping=True)
    if kind == PERCENT:
        return percent_text(round(value))
    if kind == NUMBER:
        places = 0 if isinstance(value, int) else 1
        return formats.number_format(value, decimal_pos=places, use_l10n=True)
    if kind == DATE:
        return formats.date_format(value, "SHORT_DATE_FORMAT") if isinstance(value, date) else ""
    if kind == MONTH:
        return formats.date_format(value, "YEAR_MONTH_FORMAT") if isinstance(value, date) else ""
    return str(value)


def chart_value(value, kind: str):
    """The value a chart may draw: nothing for a suppressed count or a hidden rate."""
    value, kind = _split(value, kind)
    if value is None:
        return None
    if kind == COUNT and is_small_cell(int(value)):
        return None
    return value


def rate(part: int, whole: int) -> float | None:
    """part / whole as a percentage, or None when either is a small group (or whole is 0)."""
    if not whole or is_small_cell(whole) or is_small_cell(part):
        return None
    return 100 * part / whole


@dataclass
class Table:
    columns: list[Column]
    rows: list[list] = field(default_factory=list)
    caption: str = ""

    def column(self, key: str) -> Column:
        return next(column for column in self.columns if column.key == key)

    def index(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.key == key)

    def values(self, key: str) -> list:
        position = self.index(key)
        return [row[position] for row in self.rows]

    def chart_values(self, key: str) -> list:
        kind = self.column(key).kind
        return [chart_value(value, kind) for value in self.values(key)]

    def shown_values(self, key: str) -> list[str]:
        kind = self.column(key).kind
        return [_localised(value, kind) for value in self.values(key)]

    def display_rows(self) -> list[list[tuple[str, bool]]]:
        """(text, numeric) per cell, as the page shows them."""
        return [
            [
                (_localised(value, column.kind), column.is_numeric)
                for value, column in zip(row, self.columns, strict=True)
            ]
            for row in self.rows
        ]

    def csv_rows(self) -> list[list[str]]:
        return [
            [_plain(value, column.kind) for value, column in zip(row, self.columns, strict=True)]
            for row in self.rows
        ]

    def _cells(self):
        for row in self.rows:
            for value, column in zip(row, self.columns, strict=True):
                yield _split(value, column.kind)

    @property
    def has_hidden_values(self) -> bool:
        return any(value is None and kind in (PERCENT, NUMBER) for value, kind in self._cells())

    @property
    def has_small_cells(self) -> bool:
        return any(
            kind == COUNT and value is not None and is_small_cell(int(value))
            for value, kind in self._cells()
        )


def spreadsheet_safe(value: str) -> str:
    # A cell starting with = + - @ is run as a formula by spreadsheets: neutralise it.
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def csv_header(column: Column) -> str:
    """The CSV holds percentages as plain numbers: their header says so."""
    if column.kind == PERCENT:
        return pgettext("CSV column of percentages", "%(label)s (%%)") % {"label": column.label}
    return str(column.label)


def table_csv(table: Table) -> str:
    """The table as CSV text: a header row of column labels, then the rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([spreadsheet_safe(csv_header(column)) for column in table.columns])
    for row in table.csv_rows():
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return buffer.getvalue()
