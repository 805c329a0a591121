"""Plotly figures drawn from dashboard tables, returned as JSON-ready dicts.

A figure is built from the same Table the page shows and the CSV holds, so it cannot draw a
number the table does not have. Suppressed counts ("<5") are drawn as an empty bar labelled
"<5" (or a gap in a line): the figure's JSON never carries the true value. Colours come from
the Okabe–Ito palette, which stays distinguishable for colour-blind readers.
"""

from datetime import date, timedelta

import plotly.graph_objects as go

from .tables import PERCENT, Table, percent_suffix

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000")
FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif'
LABEL_MAX = 42
ROW_HEIGHT = 22


def _short(label: str) -> str:
    label = str(label)
    return label if len(label) <= LABEL_MAX else label[: LABEL_MAX - 1] + "…"


def _base_layout(**extra) -> dict:
    layout = {
        "margin": {"l": 8, "r": 24, "t": 32, "b": 8},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "font": {"family": FONT, "size": 13},
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
        "hoverlabel": {"font": {"family": FONT}},
        "hovermode": "closest",
        "uniformtext": {"minsize": 10, "mode": "show"},
    }
    layout.update(extra)
    return layout


def _figure(data, layout) -> dict:
    return go.Figure(data=data, layout=layout).to_plotly_json()


def _bar_values(table: Table, key: str, rows: int) -> tuple[list, list[str]]:
    """Values to draw (0 for what is not shown, so its label still appears) and labels."""
    values = [0 if value is None else value for value in table.chart_values(key)[:rows]]
    return values, table.shown_values(key)[:rows]


def bar_chart(
    table: Table,
    *,
    label_key: str,
    value_keys: list[str],
    limit: int | None = None,
    axis_title: str = "",
    bar_height: int = ROW_HEIGHT,
) -> dict:
    """Horizontal bars, one group per row in table order (largest first), one bar per value."""
    rows = len(table.rows) if limit is None else min(limit, len(table.rows))
    labels = [_short(label) for label in table.values(label_key)[:rows]]
    data = []
    for position, key in enumerate(value_keys):
        column = table.column(key)
        values, shown = _bar_values(table, key, rows)
        data.append(
            go.Bar(
                name=str(column.label),
                y=labels,
                x=values,
                orientation="h",
                text=shown,
                textposition="outside",
                cliponaxis=False,
                marker={"color": PALETTE[position % len(PALETTE)]},
                hovertemplate="%{y}<br>%{fullData.name}: %{text}<extra></extra>",
            )
        )
    percent = all(table.column(key).kind == PERCENT for key in value_keys)
    height = 72 + rows * (bar_height * len(value_keys) + 10)
    return _figure(
        data,
        _base_layout(
            height=max(180, height),
            barmode="group",
            showlegend=len(value_keys) > 1,
            yaxis={"autorange": "reversed", "automargin": True, "type": "category"},
            xaxis={
                "automargin": True,
                "rangemode": "tozero",
                "title": {"text": str(axis_title)},
                **({"ticksuffix": percent_suffix(), "range": [0, 105]} if percent else {}),
            },
        ),
    )


def side_by_side_bars(
    table: Table, *, label_key: str, value_keys: list[str], limit: int | None = None
) -> dict:
    """One bar chart per measure, side by side, sharing the rows: measures whose sizes differ
    by thousands (visitor-days and people trained) each keep a readable scale."""
    rows = len(table.rows) if limit is None else min(limit, len(table.rows))
    labels = [_short(label) for label in table.values(label_key)[:rows]]
    count = len(value_keys)
    gap = 0.05
    band = (1 - gap * (count - 1)) / count
    data, layout = [], {}
    for position, key in enumerate(value_keys):
        axis = "" if position == 0 else str(position + 1)
        left = position * (band + gap)
        column = table.column(key)
        values, shown = _bar_values(table, key, rows)
        largest = max([value for value in values if value] or [1])
        data.append(
            go.Bar(
                name=str(column.label),
                y=labels,
                x=values,
                orientation="h",
                text=shown,
                # Short bars (and "<5") carry their label outside, so it can be read.
                textposition=["inside" if v > largest / 4 else "outside" for v in values],
                cliponaxis=False,
                marker={"color": PALETTE[position % len(PALETTE)]},
                xaxis=f"x{axis}",
                yaxis="y",
                hovertemplate="%{y}<br>%{fullData.name}: %{text}<extra></extra>",
            )
        )
        layout[f"xaxis{axis}"] = {
            "domain": [left, min(1, left + band)],
            "rangemode": "tozero",
            "automargin": True,
            "nticks": 4,
            "title": {"text": _short(column.label), "font": {"size": 12}},
        }
    return _figure(
        data,
        _base_layout(
            height=max(200, 90 + rows * (ROW_HEIGHT + 6)),
            showlegend=False,
            yaxis={"autorange": "reversed", "automargin": True, "type": "category"},
            margin={"l": 8, "r": 16, "t": 8, "b": 8},
            **layout,
        ),
    )


def _periods(campaigns, first: date, last: date) -> tuple[list[dict], list[dict]]:
    """Shaded spans and labels for campaigns running during the chart's period."""
    shapes, annotations = [], []
    for position, campaign in enumerate(campaigns):
        start = max(campaign.starts_on, first)
        end = min(campaign.ends_on or last, last) + timedelta(days=1)
        shapes.append(
            {
                "type": "rect",
                "xref": "x",
                "yref": "paper",
                "x0": start.isoformat(),
                "x1": end.isoformat(),
                "y0": 0,
                "y1": 1,
                "fillcolor": PALETTE[(position + 2) % len(PALETTE)],
                "opacity": 0.12,
                "line": {"width": 0},
                "layer": "below",
            }
        )
        annotations.append(
            {
                "x": start.isoformat(),
                "xref": "x",
                "xanchor": "left",
                "y": 1 - 0.08 * (position % 4),
                "yref": "paper",
                "yanchor": "top",
                "text": _short(campaign.name),
                "showarrow": False,
                "font": {"size": 11},
            }
        )
    return shapes, annotations


def line_chart(
    table: Table,
    *,
    x_key: str,
    value_keys: list[str],
    campaigns=(),
    first: date | None = None,
    last: date | None = None,
) -> dict:
    """Lines over time; counts not shown leave a gap. Campaign periods are shaded."""
    xs = [value.isoformat() for value in table.values(x_key)]
    data = []
    for position, key in enumerate(value_keys):
        column = table.column(key)
        data.append(
            go.Scatter(
                name=str(column.label),
                x=xs,
                y=table.chart_values(key),
                text=table.shown_values(key),
                mode="lines+markers" if len(xs) <= 60 else "lines",
                line={"color": PALETTE[position % len(PALETTE)], "width": 2},
                connectgaps=False,
                hovertemplate="%{x}<br>%{fullData.name}: %{text}<extra></extra>",
            )
        )
    shapes, annotations = ([], [])
    if campaigns and first and last:
        shapes, annotations = _periods(campaigns, first, last)
    return _figure(
        data,
        _base_layout(
            height=360,
            hovermode="x unified",
            xaxis={"type": "date", "automargin": True},
            yaxis={"rangemode": "tozero", "automargin": True},
            shapes=shapes,
            annotations=annotations,
        ),
    )


def stacked_trend(table: Table, *, x_key: str, value_keys: list[str]) -> dict:
    """One small chart per measure, stacked, sharing the time axis: measures whose sizes
    differ by thousands stay readable."""
    xs = [value.isoformat() for value in table.values(x_key)]
    count = len(value_keys)
    gap = 0.06
    band = (1 - gap * (count - 1)) / count
    data, layout, annotations = [], {}, []
    for position, key in enumerate(value_keys):
        axis = "" if position == 0 else str(position + 1)
        top = 1 - position * (band + gap)
        column = table.column(key)
        data.append(
            go.Bar(
                name=str(column.label),
                x=xs,
                y=table.chart_values(key),
                text=table.shown_values(key),
                textposition="none",
                marker={"color": PALETTE[position % len(PALETTE)]},
                xaxis="x",
                yaxis=f"y{axis}",
                hovertemplate="%{x|%b %Y}<br>%{fullData.name}: %{text}<extra></extra>",
            )
        )
        layout[f"yaxis{axis}"] = {
            "domain": [max(0, top - band), top],
            "rangemode": "tozero",
            "automargin": True,
            "nticks": 4,
        }
        annotations.append(
            {
                "text": str(column.label),
                "x": 0,
                "xref": "paper",
                "xanchor": "left",
                "y": top,
                "yref": "paper",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 12},
            }
        )
    return _figure(
        data,
        _base_layout(
            height=150 * count + 40,
            showlegend=False,
            xaxis={
                "type": "date",
                "automargin": True,
                "dtick": "M1",
                "tickformat": "%b %Y",
                "anchor": f"y{count if count > 1 else ''}",
            },
            annotations=annotations,
            margin={"l": 8, "r": 24, "t": 24, "b": 8},
            **layout,
        ),
    )


def funnel_chart(table: Table, *, label_key: str, value_key: str, share_key: str) -> dict:
    """Steps from the widest to the narrowest, each labelled with its count and share."""
    values, shown = _bar_values(table, value_key, len(table.rows))
    shares = table.shown_values(share_key)
    text = [
        f"{count} · {share}" if share else count for count, share in zip(shown, shares, strict=True)
    ]
    return _figure(
        [
            go.Funnel(
                y=[_short(label) for label in table.values(label_key)],
                x=values,
                text=text,
                textinfo="text",
                marker={"color": PALETTE[0]},
                connector={"line": {"width": 0}},
                hovertemplate="%{y}: %{text}<extra></extra>",
            )
        ],
        _base_layout(
            height=90 + 56 * len(table.rows),
            showlegend=False,
            yaxis={"automargin": True},
            margin={"l": 8, "r": 8, "t": 8, "b": 8},
        ),
    )


def target_chart(
    table: Table, *, label_key: str, percent_key: str, expected_key: str, expected_label: str
) -> dict:
    """Progress towards each target as a share of it, with where a steady pace would be."""
    labels = [_short(label) for label in table.values(label_key)]
    values, shown = _bar_values(table, percent_key, len(table.rows))
    expected = table.values(expected_key)
    shown_expected = table.shown_values(expected_key)
    top = max([100, *[v for v in values if v], *[v for v in expected if v]]) * 1.1
    return _figure(
        [
            go.Bar(
                name=str(table.column(percent_key).label),
                y=labels,
                x=[min(value, top) for value in values],
                orientation="h",
                text=shown,
                textposition="outside",
                cliponaxis=False,
                marker={"color": PALETTE[2]},
                hovertemplate="%{y}<br>%{fullData.name}: %{text}<extra></extra>",
            ),
            go.Scatter(
                name=str(expected_label),
                y=labels,
                x=expected,
                text=shown_expected,
                mode="markers",
                marker={
                    "symbol": "line-ns-open",
                    "size": 22,
                    "color": PALETTE[6],
                    "line": {"width": 3},
                },
                hovertemplate="%{y}<br>%{fullData.name}: %{text}<extra></extra>",
            ),
        ],
        _base_layout(
            height=max(180, 80 + 42 * len(labels)),
            yaxis={"autorange": "reversed", "automargin": True, "type": "category"},
            xaxis={"range": [0, top], "ticksuffix": percent_suffix(), "automargin": True},
            shapes=[
                {
                    "type": "line",
                    "xref": "x",
                    "yref": "paper",
                    "x0": 100,
                    "x1": 100,
                    "y0": 0,
                    "y1": 1,
                    "line": {"color": PALETTE[6], "width": 1, "dash": "dot"},
                }
            ],
        ),
    )


def week_bars(table: Table, *, x_key: str, value_key: str) -> dict:
    """Vertical bars per week (a count per week starting Monday)."""
    values, shown = _bar_values(table, value_key, len(table.rows))
    column = table.column(value_key)
    return _figure(
        [
            go.Bar(
                name=str(column.label),
                x=[value.isoformat() for value in table.values(x_key)],
                y=values,
                text=shown,
                textposition="outside",
                cliponaxis=False,
                marker={"color": PALETTE[1]},
                hovertemplate="%{x}<br>%{fullData.name}: %{text}<extra></extra>",
            )
        ],
        _base_layout(
            height=300,
            showlegend=False,
            xaxis={"type": "date", "automargin": True},
            yaxis={"rangemode": "tozero", "automargin": True},
        ),
    )
