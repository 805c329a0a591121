"""Reach: visits and visitor-days over time with campaign launches, where they came from,
who they were for, what they read, and the outreach done offline."""

from datetime import timedelta

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from campaign_site.reach import selectors as reach
from campaign_site.reach.models import HELP_PAGE_TYPE, Dimension, Indicator

from .. import charts, queries
from ..tables import COUNT, DATE, MONTH, PERCENT, Column, Table, rate
from . import labels
from .base import FIGURES, Card, Dashboard, DashboardData, Panel, PanelSpec, not_limited_note

ONLINE = frozenset({"country", "locale", "audience"})
CHART_ROWS = 15
FUNNEL_STEPS = (
    ("audiencepage", gettext_lazy("Audience pages")),
    ("guidepage", gettext_lazy("Guides")),
    (HELP_PAGE_TYPE, gettext_lazy("Help and reporting pages")),
)


def _notes(data: DashboardData, uses=ONLINE) -> list[str]:
    note = not_limited_note(data.filters, uses)
    return [note] if note else []


def _visit_columns(first: Column) -> list[Column]:
    return [
        first,
        Column("visits", str(reach.VISITS_LABEL), COUNT),
        Column("visitors", str(reach.VISITOR_DAYS_LABEL), COUNT),
    ]


def _page_type(data: DashboardData, slug: str) -> reach.Count2:
    return data.page_type_visits.get(slug) or reach.Count2(slug, 0, 0)


def headlines(data: DashboardData) -> Panel:
    rf = data.reach_filters
    totals = reach.reach_totals(rf)
    outreach = reach.outreach_participants(rf)
    measures = [
        (reach.VISITOR_DAYS_LABEL, totals.visitors, ONLINE),
        (reach.VISITS_LABEL, totals.visits, ONLINE),
        (
            _("Visitor-days on help and reporting pages"),
            _page_type(data, HELP_PAGE_TYPE).visitors,
            frozenset({"country", "locale"}),
        ),
        (
            Indicator.LINK_VISITS.label,
            reach.indicator_actual(Indicator.LINK_VISITS, rf),
            ONLINE,
        ),
        (Indicator.OUTREACH_PARTICIPANTS.label, outreach["total"], ONLINE),
        (_("Outreach activities"), outreach["activities"], frozenset({"country", "locale"})),
    ]
    table = Table(
        columns=[
            Column("measure", _("Measure")),
            Column("value", _("Figure"), COUNT),
            Column("note", _("Filters not applied")),
        ],
        caption=_("Reach at a glance"),
    )
    cards = []
    for label, value, uses in measures:
        note = not_limited_note(data.filters, uses)
        table.rows.append([str(label), value, note])
        cards.append(Card(label=str(label), value=table.shown_values("value")[-1], note=note))
    return Panel(
        key="headlines",
        title=_("At a glance"),
        description=_(
            "A visitor-day is one visitor on one day: the same person on three days counts "
            "three times. Help and reporting pages are counted by day, language and country "
            "only."
        ),
        table=table,
        kind=FIGURES,
        cards=cards,
    )


def _bucket_end(start, interval: str):
    if interval == "day":
        return start
    if interval == "week":
        return start + timedelta(days=6)
    return queries.next_month(start) - timedelta(days=1)


def visits_over_time(data: DashboardData) -> Panel:
    f = data.filters
    interval = f.time_interval
    points = reach.visits_over_time(data.reach_filters, interval=interval)
    campaigns = reach.campaigns_between(f.start, f.end)
    first_label = {
        "day": _("Day"),
        "week": _("Week starting"),
        "month": _("Month"),
    }[interval]
    table = Table(
        columns=[
            *_visit_columns(Column("period", first_label, MONTH if interval == "month" else DATE)),
            Column("campaigns", _("Campaigns running")),
        ],
        caption=_("Visits over time"),
    )
    for point in points:
        end = _bucket_end(point.key, interval)
        running = [
            campaign.name
            for campaign in campaigns
            if campaign.starts_on <= end and (campaign.ends_on or end) >= point.key
        ]
        table.rows.append([point.key, point.visits, point.visitors, ", ".join(running)])
    figure = charts.line_chart(
        table,
        x_key="period",
        value_keys=["visits", "visitors"],
        campaigns=campaigns,
        first=f.start,
        last=f.end,
    )
    return Panel(
        key="visits-over-time",
        title=_("Visits over time"),
        description={
            "day": _("Page views and visitor-days per day. Shaded spans are campaigns."),
            "week": _("Page views and visitor-days per week. Shaded spans are campaigns."),
            "month": _("Page views and visitor-days per month. Shaded spans are campaigns."),
        }[interval],
        table=table,
        figure=figure,
        notes=_notes(data),
        wide=True,
    )


def _breakdown(
    data: DashboardData, *, key: str, breakdown: str, title: str, first: str, name
) -> Panel:
    rows = reach.visits_by(data.reach_filters, breakdown)
    table = Table(columns=_visit_columns(Column("label", first)), caption=title)
    table.rows = [[name(row.key), row.visits, row.visitors] for row in rows]
    figure = (
        charts.bar_chart(
            table, label_key="label", value_keys=["visits", "visitors"], limit=CHART_ROWS
        )
        if table.rows
        else None
    )
    description = ""
    if len(table.rows) > CHART_ROWS:
        description = _("The chart shows the %(n)s largest; the table lists all %(total)s.") % {
            "n": CHART_ROWS,
            "total": len(table.rows),
        }
    return Panel(
        key=key,
        title=title,
        description=description,
        table=table,
        figure=figure,
        notes=_notes(data),
    )


def by_locale(data):
    return _breakdown(
        data,
        key="by-language",
        breakdown="locale",
        title=_("By language"),
        first=_("Language"),
        name=labels.language_name,
    )


def by_country(data):
    return _breakdown(
        data,
        key="by-country",
        breakdown="country",
        title=_("By country"),
        first=_("Country"),
        name=labels.country_name,
    )


def by_audience(data):
    panel = _breakdown(
        data,
        key="by-audience",
        breakdown="audience",
        title=_("By audience"),
        first=_("Audience"),
        name=labels.audience_name,
    )
    panel.description = " ".join(
        filter(
            None,
            [
                _(
                    "Pages written for one audience; guides for several audiences and "
                    "general pages are under “No single audience”."
                ),
                panel.description,
            ],
        )
    )
    return panel


def by_topic(data):
    panel = _breakdown(
        data,
        key="by-topic",
        breakdown=Dimension.TOPIC,
        title=_("By topic"),
        first=_("Topic"),
        name=labels.topic_name,
    )
    panel.description = " ".join(
        filter(
            None,
            [
                _(
                    "A visitor reading two topics on one day is a visitor-day under each, so "
                    "topics can add up to more than the total."
                ),
                panel.description,
            ],
        )
    )
    return panel


def by_channel(data):
    return _breakdown(
        data,
        key="by-channel",
        breakdown=Dimension.CHANNEL,
        title=_("By channel"),
        first=_("Channel"),
        name=labels.channel_name,
    )


def by_campaign(data):
    rows = reach.visits_by(data.reach_filters, Dimension.CAMPAIGN)
    names = queries.campaign_names(row.key for row in rows)

    def name(slug):
        if not slug:
            return _("No campaign")
        return names.get(slug, slug)

    return _breakdown(
        data,
        key="by-campaign",
        breakdown=Dimension.CAMPAIGN,
        title=_("By campaign"),
        first=_("Campaign"),
        name=name,
    )


def top_pages(data: DashboardData) -> Panel:
    rows = reach.top_pages(data.reach_filters, limit=20)
    titles = reach.page_titles(
        [row.key for row in rows if row.key], language=queries.admin_language()
    )
    table = Table(columns=_visit_columns(Column("page", _("Page"))), caption=_("Top pages"))
    table.rows = [
        [titles.get(str(row.key)) or _("Page no longer on the site"), row.visits, row.visitors]
        for row in rows
    ]
    figure = (
        charts.bar_chart(table, label_key="page", value_keys=["visits", "visitors"])
        if table.rows
        else None
    )
    return Panel(
        key="top-pages",
        title=_("Top pages"),
        description=_(
            "The 20 most viewed pages, every language version together. Help and reporting "
            "pages are not counted page by page."
        ),
        table=table,
        figure=figure,
        notes=_notes(data),
    )


def funnel(data: DashboardData) -> Panel:
    steps = [_page_type(data, slug) for slug, _label in FUNNEL_STEPS]
    table = Table(
        columns=[
            Column("step", _("Step")),
            Column("visitors", str(reach.VISITOR_DAYS_LABEL), COUNT),
            Column("share", _("Share of the first step"), PERCENT),
        ],
        caption=_("From audience page to guide to help"),
    )
    first = steps[0].visitors if steps else 0
    for (_slug, label), step in zip(FUNNEL_STEPS, steps, strict=True):
        table.rows.append([str(label), step.visitors, rate(step.visitors, first)])
    empty = not any(step.visitors for step in steps)
    return Panel(
        key="funnel",
        title=_("From audience page to guide to help"),
        description=_(
            "Visitor-days on each kind of page. The ledger keeps no paths, so this compares "
            "how many reached each kind of page, not the same people moving on."
        ),
        table=Table(columns=table.columns, rows=[] if empty else table.rows, caption=table.caption),
        figure=None
        if empty
        else charts.funnel_chart(table, label_key="step", value_key="visitors", share_key="share"),
        notes=_notes(data),
    )


def outreach_by_kind(data: DashboardData) -> Panel:
    rows = reach.outreach_by(data.reach_filters, "kind")
    table = Table(
        columns=[
            Column("kind", _("Kind of activity")),
            Column("activities", _("Activities"), COUNT),
            Column("participants", str(Indicator.OUTREACH_PARTICIPANTS.label), COUNT),
        ],
        rows=[[labels.outreach_kind_name(k), n, people] for k, n, people in rows],
        caption=_("Outreach by kind of activity"),
    )
    figure = (
        charts.side_by_side_bars(table, label_key="kind", value_keys=["activities", "participants"])
        if table.rows
        else None
    )
    return Panel(
        key="outreach-by-kind",
        title=_("Outreach by kind of activity"),
        description=_("School talks, workshops, trainings, events and media recorded by staff."),
        table=table,
        figure=figure,
        notes=_notes(data),
    )


REACH = Dashboard(
    key="reach",
    title=gettext_lazy("Reach"),
    icon="globe",
    filter_names=("start", "end", "country", "locale", "audience", "interval"),
    panels=(
        PanelSpec("headlines", headlines),
        PanelSpec("visits-over-time", visits_over_time),
        PanelSpec("by-language", by_locale),
        PanelSpec("by-country", by_country),
        PanelSpec("by-audience", by_audience),
        PanelSpec("by-topic", by_topic),
        PanelSpec("by-channel", by_channel),
        PanelSpec("by-campaign", by_campaign),
        PanelSpec("top-pages", top_pages),
        PanelSpec("funnel", funnel),
        PanelSpec("outreach-by-kind", outreach_by_kind),
    ),
)
