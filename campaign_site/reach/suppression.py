"""Small cells: any breakdown figure under the threshold is shown and exported as "<5".

A count of one or two people in a country, an organisation or a role can point at a
person; showing "<5" instead keeps the figure honest without naming anyone.
"""

from django.conf import settings


def small_cell_threshold() -> int:
    return max(1, settings.REACH_SMALL_CELL_THRESHOLD)


def is_small_cell(value) -> bool:
    return isinstance(value, int) and 0 < value < small_cell_threshold()


def display_count(value) -> str:
    """The figure to show or export: "<5" for 1 to 4 (with the default threshold)."""
    if value is None:
        return ""
    if is_small_cell(value):
        return f"<{small_cell_threshold()}"
    return str(value)


def suppress_rows(rows: list[dict], columns: tuple[str, ...]) -> list[dict]:
    """A copy of table rows with the given count columns suppressed, for CSV exports."""
    return [{**row, **{c: display_count(row[c]) for c in columns if c in row}} for row in rows]
