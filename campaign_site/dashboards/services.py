"""Writes of the dashboards: counting quiz attempts into the monthly statistics.

Each attempt is counted exactly once: its number goes into TalliedQuizAttempt in the same
transaction as its counts, and a second run (or two runs at once) finds nothing left to do.
"""

import logging
from collections import Counter, defaultdict

from django.db import IntegrityError, connection, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from courses.models import QuizAnswer, QuizAttempt

from .models import (
    CELL_FIELDS,
    NO_ORGANISATION,
    TOTAL_FIELDS,
    QuizModuleMonth,
    QuizModuleMonthTotal,
    QuizQuestionMonth,
    QuizQuestionMonthTotal,
    TalliedQuizAttempt,
)

logger = logging.getLogger(__name__)

TALLY_BATCH = 2000
_ATTEMPT_FIELDS = (
    "pk",
    "number",
    "passed",
    "submitted_at",
    "quiz_key",
    "module_key",
    "language",
    "enrolment__course_key",
    "enrolment__user__profile__country",
    "enrolment__user__profile__professional_role",
    "enrolment__user__profile__organisation_id",
)


def _cell(row) -> tuple:
    """The cell (CELL_FIELDS, in order) an attempt counts into."""
    month = timezone.localtime(row["submitted_at"]).date().replace(day=1)
    return (
        month,
        row["enrolment__course_key"],
        row["module_key"],
        row["quiz_key"],
        str(row["enrolment__user__profile__country"] or "")[:2],
        (row["enrolment__user__profile__professional_role"] or "")[:20],
        row["enrolment__user__profile__organisation_id"] or NO_ORGANISATION,
        (row["language"] or "")[:10],
    )


def _add_counts(model, key_fields: tuple[str, ...], counts: dict[tuple, tuple[int, ...]]):
    """Add counts to cells, creating missing ones, in one statement per batch of cells."""
    if not counts:
        return
    count_fields = [
        f.name
        for f in model._meta.concrete_fields
        if f.name not in key_fields and not f.primary_key
    ]
    table = connection.ops.quote_name(model._meta.db_table)
    columns = [model._meta.get_field(name).column for name in (*key_fields, *count_fields)]
    quoted = [connection.ops.quote_name(column) for column in columns]
    key_quoted = quoted[: len(key_fields)]
    updates = ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in quoted[len(key_fields) :])
    placeholders = "(" + ", ".join(["%s"] * len(columns)) + ")"
    items = list(counts.items())
    fields = [model._meta.get_field(name) for name in (*key_fields, *count_fields)]
    for start in range(0, len(items), 500):
        chunk = items[start : start + 500]
        params = []
        for key, values in chunk:
            for field, value in zip(fields, (*key, *values), strict=True):
                params.append(field.get_db_prep_value(value, connection))
        # Table and column names come from the model; every value is a parameter.
        sql = (
            f"INSERT INTO {table} ({', '.join(quoted)}) VALUES "  # noqa: S608
            + ", ".join([placeholders] * len(chunk))
            + f" ON CONFLICT ({', '.join(key_quoted)}) DO UPDATE SET {updates}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)


def _tally_batch(batch_size: int) -> int:
    counted = TalliedQuizAttempt.objects.filter(attempt_id=OuterRef("pk"))
    rows = list(
        QuizAttempt.objects.filter(~Exists(counted))
        .order_by("pk")
        .values(*_ATTEMPT_FIELDS)[:batch_size]
    )
    if not rows:
        return 0
    cells = {row["pk"]: _cell(row) for row in rows}
    modules: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in rows:
        totals = modules[cells[row["pk"]]]
        totals[0] += 1
        totals[1] += int(row["passed"])
        if row["number"] == 1:
            totals[2] += 1
            totals[3] += int(row["passed"])
    questions: Counter = Counter()
    correct: Counter = Counter()
    answers = QuizAnswer.objects.filter(attempt_id__in=list(cells)).values_list(
        "attempt_id", "question_key", "is_correct"
    )
    for attempt_id, question_key, is_correct in answers:
        key = (*cells[attempt_id], question_key[:64])
        questions[key] += 1
        correct[key] += int(is_correct)
    # The markers first: a run that counted these attempts meanwhile makes this one fail here.
    TalliedQuizAttempt.objects.bulk_create(
        [TalliedQuizAttempt(attempt_id=row["pk"]) for row in rows]
    )
    _add_counts(QuizModuleMonth, CELL_FIELDS, {k: tuple(v) for k, v in modules.items()})
    _add_counts(
        QuizQuestionMonth,
        (*CELL_FIELDS, "question_key"),
        {key: (n, correct[key]) for key, n in questions.items()},
    )
    # The same counts for every learner together (the first four cell fields).
    width = len(TOTAL_FIELDS)
    module_totals: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for key, counts in modules.items():
        total = module_totals[key[:width]]
        for position, value in enumerate(counts):
            total[position] += value
    question_totals: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for key, n in questions.items():
        total = question_totals[(*key[:width], key[-1])]
        total[0] += n
        total[1] += correct[key]
    _add_counts(QuizModuleMonthTotal, TOTAL_FIELDS, {k: tuple(v) for k, v in module_totals.items()})
    _add_counts(
        QuizQuestionMonthTotal,
        (*TOTAL_FIELDS, "question_key"),
        {k: tuple(v) for k, v in question_totals.items()},
    )
    return len(rows)


def tally_quiz_attempts(*, batch_size: int = TALLY_BATCH) -> int:
    """Count every quiz attempt not counted yet into the monthly statistics; returns how many.

    Safe to run twice or at the same time as another run.
    """
    total = 0
    while True:
        try:
            with transaction.atomic():
                done = _tally_batch(batch_size)
        except IntegrityError:
            logger.info("dashboards: another run is counting the same quiz attempts")
            return total
        total += done
        if done < batch_size:
            return total
