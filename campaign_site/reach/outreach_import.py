"""Importing outreach activities from CSV: all rows or none, every problem listed by row."""

import csv
import io
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _
from django_countries import countries

from .forms import MAX_IMPORT_ROWS, OutreachRowForm
from .models import OutreachActivity, OutreachImport, OutreachKind

REQUIRED_COLUMNS = ("date", "kind", "title", "country", "language")
COLUMNS = tuple(OutreachRowForm._meta.fields)


@dataclass(frozen=True)
class RowProblem:
    row: int  # the line in the file (the header is line 1)
    column: str
    message: str


@dataclass
class ImportResult:
    problems: list[RowProblem] = field(default_factory=list)
    created: int = 0
    batch: OutreachImport | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def _normalise(column: str, value: str) -> str:
    value = value.strip()
    if column == "country" and len(value) > 2:
        return countries.by_name(value) or value
    if column == "country":
        return value.upper()
    if column == "kind":
        lowered = value.lower()
        for slug, label in OutreachKind.choices:
            if lowered in (slug, str(label).lower(), slug.replace("-", " ")):
                return slug
    if column == "language":
        return value.lower().replace("_", "-")
    if column.startswith("participants_") and value == "":
        return "0"
    return value


def _identity(data) -> tuple:
    return (
        data["date"],
        data["kind"],
        data["title"].strip().lower(),
        str(data["country"]),
        data["language"],
        data["organisation"].strip().lower(),
    )


def _decode(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def check_rows(raw: bytes) -> tuple[list[OutreachActivity], list[RowProblem]]:
    text = _decode(raw)
    if text is None:
        return [], [RowProblem(1, "", _("The file is not UTF-8 text. Save it as CSV UTF-8."))]
    if "\x00" in text:
        return [], [RowProblem(1, "", _("The file is not a CSV file."))]
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = [name.strip().lower() for name in (reader.fieldnames or [])]
    except csv.Error:
        header = []
    reader.fieldnames = header
    if not header:
        return [], [RowProblem(1, "", _("The file is empty."))]
    problems = []
    unknown = [name for name in header if name not in COLUMNS]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if unknown:
        problems.append(RowProblem(1, ", ".join(unknown), _("Unknown column.")))
    if missing:
        problems.append(RowProblem(1, ", ".join(missing), _("Required column missing.")))
    if len(set(header)) != len(header):
        problems.append(RowProblem(1, "", _("A column appears twice.")))
    if problems:
        return [], problems

    existing = {
        _identity(row)
        for row in OutreachActivity.objects.values(
            "date", "kind", "title", "country", "language", "organisation"
        )
    }
    seen: dict[tuple, int] = {}
    activities = []
    line = 1
    try:
        for line, row in enumerate(reader, start=2):
            if line - 1 > MAX_IMPORT_ROWS:
                return [], [
                    RowProblem(
                        line,
                        "",
                        _("More than %(max)s rows; split the file.")
                        % {"max": f"{MAX_IMPORT_ROWS:,}"},
                    )
                ]
            if None in row or any(value is None for value in row.values()):
                problems.append(
                    RowProblem(
                        line,
                        "",
                        _("This row does not have as many values as the header has columns."),
                    )
                )
                continue
            if not any(value.strip() for value in row.values()):
                continue  # blank line
            form = OutreachRowForm(data={c: _normalise(c, row.get(c, "")) for c in COLUMNS})
            if not form.is_valid():
                for column, errors in form.errors.items():
                    for error in errors:
                        problems.append(
                            RowProblem(line, "" if column == "__all__" else column, str(error))
                        )
                continue
            instance = form.save(commit=False)
            identity = _identity(form.cleaned_data)
            if identity in existing:
                problems.append(RowProblem(line, "", _("This activity is already recorded.")))
            elif identity in seen:
                problems.append(
                    RowProblem(
                        line, "", _("Same activity as row %(row)s.") % {"row": seen[identity]}
                    )
                )
            else:
                seen[identity] = line
                activities.append(instance)
    except csv.Error as error:
        problems.append(
            RowProblem(line + 1, "", _("The CSV is malformed: %(error)s") % {"error": error})
        )
    if not problems and not activities:
        problems.append(RowProblem(1, "", _("The file has no rows to import.")))
    return activities, problems


def import_outreach(*, raw: bytes, file_name: str, user) -> ImportResult:
    activities, problems = check_rows(raw)
    if problems:
        return ImportResult(problems=problems)
    with transaction.atomic():
        batch = OutreachImport.objects.create(
            file_name=file_name[:255], rows=len(activities), imported_by=user
        )
        for activity in activities:
            activity.imported_from = batch
            activity.created_by = user
        OutreachActivity.objects.bulk_create(activities)
    return ImportResult(created=len(activities), batch=batch)


def template_csv() -> str:
    """A CSV with the header and one example row, for staff to fill in."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerow(
        [
            "2026-03-14",
            "school-talk",
            "Online safety talk for year 8",
            "KE",
            "en",
            "Example Secondary School",
            "",
            "0",
            "2",
            "85",
            "0",
            "0",
            "Talk and questions; no disclosures made in class.",
        ]
    )
    return buffer.getvalue()
