"""The overview: how many people the campaign reached, online and offline, how many
professionals it trained, and where it stands against each target."""

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from campaign_site.reach import selectors as reach
from campaign_site.reach.models import Indicator, LearnerMilestoneKind
from campaign_site.reach.models.targets import all_target_audiences

from .. import charts, queries
from ..tables import COUNT, MONTH, PERCENT, Column, Table, rate
from . import labels
from .base import FIGURES, Card, Dashboard, DashboardData, Panel, PanelSpec, TargetLine
from .base import not_limited_note as note_for

ONLINE = frozenset({"country", "locale", "audience"})
OUTREACH = frozenset({"country", "locale", "audience"})
LEARNERS = frozenset({"country", "role", "organisation"})
CERTIFICATES = frozenset({"country", "locale", "role", "organisation"})


def _period(start, end) -> str:
    return f"{formats.date_format(start, 'SHORT_DATE_FORMAT')} – " + formats.date_format(
        end, "SHORT_DATE_FORMAT"
    )


def _expected_percent(progress: reach.TargetProgress, on) -> int:
    target = progress.target
    total = (target.ends_on - target.starts_on).days + 1
    elapsed = (min(on, target.ends_on) - target.starts_on).days + 1
    return max(0, min(100, round(100 * elapsed / total)))


def _target_scope(progress: reach.TargetProgress) -> str:
    target = progress.target
    parts = [labels.country_name(target.country.code) if target.country else _("All countries")]
    if target.audience:
        parts.append(str(dict(all_target_audiences()).get(target.audience, target.audience)))
    return " · ".join(parts)


def _headline_target(data: DashboardData, indicator: str) -> TargetLine | None:
    """The target of an indicator for everyone in the country filtered on (or everywhere)."""
    wanted = data.filters.country
    for progress in data.targets:
        target = progress.target
        if target.indicator != indicator or target.audience:
            continue
        if str(target.country or "") != wanted:
            continue
        percent = rate(progress.actual, target.value)
        on = min(data.filters.end, data.today)
        text = _("Target %(target)s for %(period)s") % {
            "target": formats.number_format(target.value, use_l10n=True, force_grouping=True),
            "period": _period(target.starts_on, target.ends_on),
        }
        return TargetLine(
            text=text,
            percent=None if percent is None else round(percent),
            expected=_expected_percent(progress, on),
        )
    return None


def headlines(data: DashboardData) -> Panel:
    f, rf = data.filters, data.reach_filters
    measures = [
        (
            Indicator.VISITOR_DAYS.label,
            reach.reach_totals(rf).visitors,
            ONLINE,
            Indicator.VISITOR_DAYS,
        ),
        (
            Indicator.OUTREACH_PARTICIPANTS.label,
            reach.outreach_participants(rf)["total"],
            OUTREACH,
            Indicator.OUTREACH_PARTICIPANTS,
        ),
        (
            Indicator.LEARNERS_COMPLETED.label,
            data.milestones.by_kind[LearnerMilestoneKind.COMPLETED],
            LEARNERS,
            Indicator.LEARNERS_COMPLETED,
        ),
        (
            _("Valid certificates today"),
            queries.valid_certificates(f, now=data.now),
            CERTIFICATES,
            Indicator.LEARNERS_CERTIFIED,
        ),
    ]
    table = Table(
        columns=[
            Column("measure", _("Measure")),
            Column("value", _("Figure"), COUNT),
            Column("note", _("Filters not applied")),
        ],
        caption=_("Headline figures"),
    )
    cards = []
    for label, value, uses, indicator in measures:
        note = note_for(f, uses)
        table.rows.append([str(label), value, note])
        cards.append(
            Card(
                label=str(label),
                value=table.shown_values("value")[-1],
                note=note,
                target=_headline_target(data, indicator),
            )
        )
    return Panel(
        key="headlines",
        title=_("At a glance"),
        description=_(
            "People reached online are counted as visitor-days: one person visiting on three "
            "days counts three times. Certificates are those valid today."
        ),
        table=table,
        kind=FIGURES,
        cards=cards,
    )


def targets(data: DashboardData) -> Panel:
    on = min(data.filters.end, data.today)
    table = Table(
        columns=[
            Column("indicator", _("Indicator")),
            Column("scope", _("For")),
            Column("period", _("Period")),
            Column("target", _("Target"), COUNT),
            Column("actual", _("So far"), COUNT),
            Column("percent", _("Share of the target"), PERCENT),
            Column("expected", _("Share expected by now at a steady pace"), PERCENT),
        ],
        caption=_("Progress against targets"),
    )
    for progress in data.targets:
        target = progress.target
        percent = rate(progress.actual, target.value)
        table.rows.append(
            [
                target.get_indicator_display(),
                _target_scope(progress),
                _period(target.starts_on, target.ends_on),
                target.value,
                progress.actual,
                percent,
                _expected_percent(progress, on),
            ]
        )
    figure = None
    if table.rows:
        table_for_chart = Table(
            columns=[Column("label", _("Target")), *table.columns[5:]],
            rows=[
                [row[0] if row[1] == _("All countries") else f"{row[0]} · {row[1]}", *row[5:]]
                for row in table.rows
            ],
        )
        figure = charts.target_chart(
            table_for_chart,
            label_key="label",
            percent_key="percent",
            expected_key="expected",
            expected_label=_("Expected by now"),
        )
    return Panel(
        key="targets",
        title=_("Progress against targets"),
        description=_(
            "Targets running on %(day)s, each counted over its own period up to that day."
        )
        % {"day": formats.date_format(on, "DATE_FORMAT")},
        table=table,
        figure=figure,
        notes=[n for n in [note_for(data.filters, frozenset({"country"}))] if n],
    )


TREND_MEASURES = (
    ("online", Indicator.VISITOR_DAYS.label, ONLINE),
    ("outreach", Indicator.OUTREACH_PARTICIPANTS.label, OUTREACH),
    ("trained", Indicator.LEARNERS_COMPLETED.label, LEARNERS),
    ("certified", gettext_lazy("Certificates issued"), LEARNERS),
)


def trend(data: DashboardData) -> Panel:
    f = data.filters
    online = {
        point.key: point.visitors
        for point in reach.visits_over_time(data.reach_filters, interval="month")
    }
    outreach = queries.outreach_by_month(f)
    trained = data.milestones.by_month[LearnerMilestoneKind.COMPLETED]
    certified = data.milestones.by_month[LearnerMilestoneKind.CERTIFIED]
    table = Table(
        columns=[
            Column("month", _("Month"), MONTH),
            *[Column(key, str(label), COUNT) for key, label, _uses in TREND_MEASURES],
        ],
        caption=_("Trend by month"),
    )
    for month in queries.months_between(f.start, f.end):
        table.rows.append(
            [
                month,
                online.get(month, 0),
                outreach.get(month, 0),
                trained.get(month, 0),
                certified.get(month, 0),
            ]
        )
    figure = charts.stacked_trend(
        table, x_key="month", value_keys=[key for key, _label, _uses in TREND_MEASURES]
    )
    notes = []
    for _key, label, uses in TREND_MEASURES:
        ignored = note_for(f, uses)
        if ignored:
            notes.append(f"{label}. {ignored}")
    return Panel(
        key="trend",
        title=_("Trend by month"),
        description=_("The first and last months count only the days inside the period."),
        table=table,
        figure=figure,
        notes=notes,
        wide=True,
    )


def trained_by_role(data: DashboardData) -> Panel:
    counts = data.milestones.by_role
    roles = set().union(*[set(counts[kind]) for kind in LearnerMilestoneKind.values])
    table = Table(
        columns=[
            Column("role", _("Professional role")),
            Column("enrolled", _("Enrolled"), COUNT),
            Column("completed", _("Completed a course"), COUNT),
            Column("certified", _("Certified"), COUNT),
        ],
        caption=_("Professionals trained, by role"),
    )
    rows = [
        [
            labels.role_name(role),
            counts[LearnerMilestoneKind.ENROLLED].get(role, 0),
            counts[LearnerMilestoneKind.COMPLETED].get(role, 0),
            counts[LearnerMilestoneKind.CERTIFIED].get(role, 0),
        ]
        for role in roles
    ]
    table.rows = sorted(rows, key=lambda row: (-row[2], -row[1], row[0]))
    figure = (
        charts.bar_chart(table, label_key="role", value_keys=["enrolled", "completed", "certified"])
        if table.rows
        else None
    )
    return Panel(
        key="trained-by-role",
        title=_("Professionals trained, by role"),
        description=_(
            "Enrolments, course completions and certificates recorded in the period, by the "
            "learner's role at the time."
        ),
        table=table,
        figure=figure,
        notes=[n for n in [note_for(data.filters, LEARNERS)] if n],
    )


def by_country(data: DashboardData) -> Panel:
    rf = data.reach_filters
    online = {row.key: row.visitors for row in reach.visits_by(rf, "country")}
    outreach = {code: people for code, _n, people in reach.outreach_by(rf, "country")}
    trained = data.milestones.by_country[LearnerMilestoneKind.COMPLETED]
    codes = set(online) | set(outreach) | set(trained)
    rows = [
        [
            labels.country_name(code),
            online.get(code, 0),
            outreach.get(code, 0),
            trained.get(code, 0),
        ]
        for code in codes
    ]
    table = Table(
        columns=[
            Column("country", _("Country")),
            Column("online", str(Indicator.VISITOR_DAYS.label), COUNT),
            Column("outreach", str(Indicator.OUTREACH_PARTICIPANTS.label), COUNT),
            Column("trained", str(Indicator.LEARNERS_COMPLETED.label), COUNT),
        ],
        rows=sorted(rows, key=lambda row: (-row[1], -row[2], -row[3], row[0])),
        caption=_("Where: reach by country"),
    )
    figure = (
        charts.side_by_side_bars(
            table, label_key="country", value_keys=["online", "outreach", "trained"], limit=15
        )
        if table.rows
        else None
    )
    notes = []
    for key, label, uses in TREND_MEASURES[:3]:
        ignored = note_for(data.filters, uses)
        if ignored and key:
            notes.append(f"{label}. {ignored}")
    return Panel(
        key="by-country",
        title=_("Where: reach by country"),
        description=_(
            "The chart shows the 15 countries with most visitor-days; the table lists all."
        ),
        table=table,
        figure=figure,
        notes=notes,
        wide=True,
    )


OVERVIEW = Dashboard(
    key="overview",
    title=gettext_lazy("Overview"),
    icon="dashboards-chart",
    filter_names=("start", "end", "country", "locale", "audience", "role", "organisation"),
    panels=(
        PanelSpec("headlines", headlines),
        PanelSpec("targets", targets),
        PanelSpec("trend", trend),
        PanelSpec("trained-by-role", trained_by_role),
        PanelSpec("by-country", by_country),
    ),
)
