"""Training: enrolled → started → completed → certified, by role, country and organisation;
completion rate and time to complete; quiz pass rates and the hardest questions;
certificates about to lapse. Coordinators see it for their own organisation only."""

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from campaign_site.reach.suppression import small_cell_threshold
from courses.models import CoursePage, ModulePage, ReminderKind
from courses.reminders import selectors as reminders

from .. import charts, queries
from ..tables import COUNT, DATE, NUMBER, PERCENT, Column, Table, Typed, rate
from . import labels
from .base import FIGURES, Card, Dashboard, DashboardData, Panel, PanelSpec, not_limited_note

TRAINING = frozenset({"country", "locale", "role", "organisation"})
EXPIRY_DAYS = 90
RETURN_DAYS = 7
CHART_ROWS = 10


def _notes(data: DashboardData) -> list[str]:
    note = not_limited_note(data.filters, TRAINING)
    return [note] if note else []


def _cohort_note(data: DashboardData) -> str:
    f = data.filters
    return _("Enrolments made from %(start)s to %(end)s, and how far they had got by today.") % {
        "start": formats.date_format(f.start, "SHORT_DATE_FORMAT"),
        "end": formats.date_format(f.end, "SHORT_DATE_FORMAT"),
    }


def _median(days) -> float | None:
    """The median days to complete, unless fewer people than the threshold completed."""
    if not days or sum(days.values()) < small_cell_threshold():
        return None
    middle = queries.median_days(days)
    return int(middle) if float(middle).is_integer() else float(middle)


def _expiring(data: DashboardData) -> list:
    return data.expiring_certificates


def headlines(data: DashboardData) -> Panel:
    total = data.training.total
    expiring = sum(n for _week, n in _expiring(data))
    rows = [
        (_("Enrolments"), Typed(total.enrolled, COUNT)),
        (_("Completion rate"), Typed(rate(total.completed, total.enrolled), PERCENT)),
        (
            _("Median days to complete"),
            Typed(_median(data.training.days_to_complete[""]), NUMBER),
        ),
        (
            _("Valid certificates today"),
            Typed(queries.valid_certificates(data.filters, now=data.now), COUNT),
        ),
        (
            _("Certificates expiring in the next %(days)s days") % {"days": EXPIRY_DAYS},
            Typed(expiring, COUNT),
        ),
    ]
    table = Table(
        columns=[Column("measure", _("Measure")), Column("value", _("Figure"), COUNT)],
        rows=[[str(label), value] for label, value in rows],
        caption=_("Training at a glance"),
    )
    cards = [
        Card(label=row[0], value=shown)
        for row, shown in zip(table.rows, table.shown_values("value"), strict=True)
    ]
    return Panel(
        key="headlines",
        title=_("At a glance"),
        description=_cohort_note(data)
        + " "
        + _("Certificates are counted today, whatever the period."),
        table=table,
        kind=FIGURES,
        cards=cards,
        notes=_notes(data),
    )


STEPS = (
    ("enrolled", gettext_lazy("Enrolled")),
    ("started", gettext_lazy("Started")),
    ("completed", gettext_lazy("Completed")),
    ("certified", gettext_lazy("Certified")),
)


def funnel(data: DashboardData) -> Panel:
    total = data.training.total
    table = Table(
        columns=[
            Column("step", _("Step")),
            Column("enrolments", _("Enrolments"), COUNT),
            Column("share", _("Share of enrolments"), PERCENT),
        ],
        caption=_("From enrolment to certificate"),
    )
    if total.enrolled:
        for key, label in STEPS:
            value = getattr(total, key)
            table.rows.append([str(label), value, rate(value, total.enrolled)])
    figure = (
        charts.funnel_chart(table, label_key="step", value_key="enrolments", share_key="share")
        if table.rows
        else None
    )
    return Panel(
        key="funnel",
        title=_("From enrolment to certificate"),
        description=_cohort_note(data),
        table=table,
        figure=figure,
        notes=_notes(data),
    )


def _progress_columns(first: Column) -> list[Column]:
    return [
        first,
        Column("enrolled", _("Enrolled"), COUNT),
        Column("started", _("Started"), COUNT),
        Column("completed", _("Completed"), COUNT),
        Column("certified", _("Certified"), COUNT),
        Column("rate", _("Completion rate"), PERCENT),
    ]


def _progress_row(label, progress) -> list:
    return [
        label,
        progress.enrolled,
        progress.started,
        progress.completed,
        progress.certified,
        rate(progress.completed, progress.enrolled),
    ]


def _progress_panel(
    data: DashboardData, *, key: str, title: str, table: Table, description: str = ""
) -> Panel:
    table.rows.sort(key=lambda row: (-row[1], -row[3], str(row[0])))
    figure = None
    if table.rows:
        figure = charts.bar_chart(
            table,
            label_key=table.columns[0].key,
            value_keys=["enrolled", "started", "completed", "certified"],
            limit=CHART_ROWS,
            bar_height=12,
        )
    if len(table.rows) > CHART_ROWS:
        description = " ".join(
            filter(
                None,
                [
                    description,
                    _("The chart shows the %(n)s largest; the table lists all %(total)s.")
                    % {"n": CHART_ROWS, "total": len(table.rows)},
                ],
            )
        )
    return Panel(
        key=key,
        title=title,
        description=description or _cohort_note(data),
        table=table,
        figure=figure,
        notes=_notes(data),
    )


def by_role(data: DashboardData) -> Panel:
    training = data.training
    table = Table(
        columns=[
            *_progress_columns(Column("role", _("Professional role"))),
            Column("median", _("Median days to complete"), NUMBER),
        ],
        caption=_("By professional role"),
    )
    for role, progress in training.by_role.items():
        row = _progress_row(labels.role_name(role), progress)
        row.append(_median(training.days_to_complete.get(role or "")))
        table.rows.append(row)
    return _progress_panel(data, key="by-role", title=_("By professional role"), table=table)


def by_country(data: DashboardData) -> Panel:
    table = Table(
        columns=_progress_columns(Column("country", _("Country"))), caption=_("By country")
    )
    table.rows = [
        _progress_row(labels.country_name(code), progress)
        for code, progress in data.training.by_country.items()
    ]
    return _progress_panel(data, key="by-country", title=_("By country"), table=table)


def by_organisation(data: DashboardData) -> Panel:
    names = data.organisation_names
    table = Table(
        columns=_progress_columns(Column("organisation", _("Organisation"))),
        caption=_("By organisation"),
    )
    table.rows = [
        _progress_row(labels.organisation_label(organisation_id, names), progress)
        for organisation_id, progress in data.training.by_organisation.items()
    ]
    return _progress_panel(data, key="by-organisation", title=_("By organisation"), table=table)


def _quiz_note(data: DashboardData) -> str:
    first, last = queries.quiz_months(data.filters)
    return _("Quiz results are counted by calendar month: attempts from %(start)s to %(end)s.") % {
        "start": formats.date_format(first, "SHORT_DATE_FORMAT"),
        "end": formats.date_format(last, "SHORT_DATE_FORMAT"),
    }


def module_pass_rates(data: DashboardData) -> Panel:
    results = queries.module_results(data.filters)
    modules = queries.page_titles_by_key(ModulePage, [r.module_key for r in results])
    courses = queries.page_titles_by_key(CoursePage, [r.course_key for r in results])
    table = Table(
        columns=[
            Column("module", _("Module")),
            Column("course", _("Course")),
            Column("attempts", _("Attempts"), COUNT),
            Column("pass_rate", _("Pass rate"), PERCENT),
            Column("first_pass_rate", _("Passed at the first attempt"), PERCENT),
        ],
        caption=_("Pass rate per module"),
    )
    for result in results:
        table.rows.append(
            [
                modules.get(str(result.module_key)) or _("Module no longer on the site"),
                courses.get(str(result.course_key)) or _("Course no longer on the site"),
                result.attempts,
                rate(result.passed, result.attempts),
                rate(result.first_passed, result.first_attempts),
            ]
        )
    # Hardest first; rates not shown (small groups) go last.
    table.rows.sort(key=lambda row: (row[3] is None, row[3] or 0, str(row[0])))
    figure = (
        charts.bar_chart(table, label_key="module", value_keys=["pass_rate", "first_pass_rate"])
        if table.rows
        else None
    )
    return Panel(
        key="module-pass-rates",
        title=_("Pass rate per module"),
        description=_("Share of quiz attempts that reached the pass mark, lowest first.")
        + " "
        + _quiz_note(data),
        table=table,
        figure=figure,
        notes=_notes(data),
    )


def hardest_questions(data: DashboardData) -> Panel:
    results = queries.hardest_questions(data.filters, limit=10, min_answers=small_cell_threshold())
    texts = queries.question_texts({r.quiz_key for r in results})
    modules = queries.page_titles_by_key(ModulePage, [r.module_key for r in results])
    table = Table(
        columns=[
            Column("question", _("Question")),
            Column("module", _("Module")),
            Column("answers", _("Answers"), COUNT),
            Column("correct", _("Answered correctly"), PERCENT),
        ],
        caption=_("The hardest questions"),
    )
    for result in results:
        table.rows.append(
            [
                texts.get((str(result.quiz_key), result.question_key))
                or _("Question no longer in the quiz"),
                modules.get(str(result.module_key)) or _("Module no longer on the site"),
                result.answers,
                rate(result.correct, result.answers),
            ]
        )
    figure = (
        charts.bar_chart(table, label_key="question", value_keys=["correct"])
        if table.rows
        else None
    )
    return Panel(
        key="hardest-questions",
        title=_("The hardest questions"),
        description=_(
            "The 10 questions answered correctly least often, among those answered at least "
            "%(n)s times."
        )
        % {"n": small_cell_threshold()}
        + " "
        + _quiz_note(data),
        table=table,
        figure=figure,
        notes=_notes(data),
    )


def expiring_certificates(data: DashboardData) -> Panel:
    weeks = _expiring(data)
    table = Table(
        columns=[
            Column("week", _("Week starting"), DATE),
            Column("certificates", _("Certificates expiring"), COUNT),
        ],
        rows=[[week, n] for week, n in weeks],
        caption=_("Certificates expiring in the next 90 days"),
    )
    if not any(n for _week, n in weeks):
        table.rows = []
    figure = charts.week_bars(table, x_key="week", value_key="certificates") if table.rows else None
    return Panel(
        key="expiring-certificates",
        title=_("Certificates expiring in the next 90 days"),
        description=_(
            "Valid certificates by the week they lapse, from today. Learners are reminded "
            "to take the refresher course before then."
        ),
        table=table,
        figure=figure,
        notes=_notes(data),
    )


REMINDERS = frozenset({"organisation"})


def _reminder_notes(data: DashboardData) -> list[str]:
    note = not_limited_note(data.filters, REMINDERS)
    return [note] if note else []


def after_reminders(data: DashboardData) -> Panel:
    f = data.filters
    figures = reminders.learners_returned_after_reminder(
        start=f.start, end=f.end, within_days=RETURN_DAYS, organisation=f.organisation
    )
    rows = [
        (_("Learners sent a reminder"), Typed(figures.learners_reminded, COUNT)),
        (
            _("Learners active again within %(days)s days") % {"days": RETURN_DAYS},
            Typed(figures.learners_returned, COUNT),
        ),
        (
            _("Share who came back"),
            Typed(rate(figures.learners_returned, figures.learners_reminded), PERCENT),
        ),
    ]
    table = Table(
        columns=[Column("measure", _("Measure")), Column("value", _("Figure"), COUNT)],
        rows=[[str(label), value] for label, value in rows],
        caption=_("Learners who came back after a reminder"),
    )
    return Panel(
        key="after-reminders",
        title=_("Learners who came back after a reminder"),
        description=_(
            "Learners emailed a reminder to continue a course, meet a deadline or renew a "
            "certificate during the period, and those active in a course again within "
            "%(days)s days of the email."
        )
        % {"days": RETURN_DAYS},
        table=table,
        kind=FIGURES,
        cards=[
            Card(label=row[0], value=shown)
            for row, shown in zip(table.rows, table.shown_values("value"), strict=True)
        ],
        notes=_reminder_notes(data),
    )


def reminders_by_kind(data: DashboardData) -> Panel:
    f = data.filters
    sent = reminders.reminders_sent_by_kind(start=f.start, end=f.end, organisation=f.organisation)
    table = Table(
        columns=[
            Column("kind", _("Reminder")),
            Column("sent", _("Reminders sent"), COUNT),
        ],
        caption=_("Reminders sent to learners, by kind"),
    )
    labels_by_kind = dict(ReminderKind.choices)
    for kind in reminders.RETURN_KINDS:
        table.rows.append([str(labels_by_kind[kind]), sent.get(kind, 0)])
    if not any(row[1] for row in table.rows):
        table.rows = []
    figure = charts.bar_chart(table, label_key="kind", value_keys=["sent"]) if table.rows else None
    return Panel(
        key="reminders-by-kind",
        title=_("Reminders sent to learners, by kind"),
        description=_("A combined email carrying two reminders counts twice."),
        table=table,
        figure=figure,
        notes=_reminder_notes(data),
    )


def _not_one_organisation(data: DashboardData) -> bool:
    return not data.organisation_fixed


TRAINING_DASHBOARD = Dashboard(
    key="training",
    title=gettext_lazy("Training"),
    icon="tasks",
    filter_names=("start", "end", "country", "locale", "role", "organisation"),
    panels=(
        PanelSpec("headlines", headlines),
        PanelSpec("funnel", funnel),
        PanelSpec("by-role", by_role),
        PanelSpec("by-country", by_country),
        PanelSpec("by-organisation", by_organisation, shown=_not_one_organisation),
        PanelSpec("module-pass-rates", module_pass_rates),
        PanelSpec("hardest-questions", hardest_questions),
        PanelSpec("expiring-certificates", expiring_certificates),
        PanelSpec("after-reminders", after_reminders),
        PanelSpec("reminders-by-kind", reminders_by_kind),
    ),
    for_coordinators=True,
)
