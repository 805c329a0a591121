"""What a dashboard is made of: panels (a chart, its table and its CSV) built from one set
of filters, and the shared reads several panels of a page use."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from django.utils import timezone
from django.utils.translation import gettext as _

from campaign_site.reach import selectors as reach
from campaign_site.reach.models import Dimension

from .. import queries
from ..access import Viewer
from ..filters import DashboardFilters
from ..tables import Table, percent_text

FIGURES, CHART = "figures", "chart"


def filter_labels() -> dict[str, str]:
    return {
        "country": _("country"),
        "locale": _("language"),
        "audience": _("audience"),
        "role": _("professional role"),
        "organisation": _("organisation"),
    }


def ignored_filters(filters: DashboardFilters, uses: frozenset[str]) -> list[str]:
    labels = filter_labels()
    return [labels[name] for name in labels if name in filters.active() and name not in uses]


def not_limited_note(filters: DashboardFilters, uses: frozenset[str]) -> str:
    """ "Not limited by: language, audience" for the filters set that a figure cannot apply."""
    ignored = ignored_filters(filters, uses)
    if not ignored:
        return ""
    return _("Not limited by: %(filters)s") % {"filters": ", ".join(ignored)}


@dataclass
class Card:
    """A headline figure: the number, what it counts, and its target when it has one."""

    label: str
    value: str
    note: str = ""
    target: "TargetLine | None" = None


@dataclass
class TargetLine:
    text: str
    percent: int | None
    expected: int | None

    @property
    def summary(self) -> str:
        return _("%(reached)s reached; %(expected)s expected by now") % {
            "reached": percent_text(self.percent),
            "expected": percent_text(self.expected),
        }


@dataclass
class Panel:
    key: str
    title: str
    table: Table
    description: str = ""
    figure: dict | None = None
    notes: list[str] = field(default_factory=list)
    kind: str = CHART
    cards: list[Card] = field(default_factory=list)
    wide: bool = False

    @property
    def is_empty(self) -> bool:
        return not self.table.rows

    @property
    def stacked(self) -> bool:
        """Chart above its table: wide charts, and tables too wide to sit beside a chart."""
        return self.wide or len(self.table.columns) > 3


@dataclass(frozen=True)
class PanelSpec:
    key: str
    build: Callable[["DashboardData"], Panel]
    # Shown only when this returns True for the page's data (for example, not to a coordinator).
    shown: Callable[["DashboardData"], bool] = lambda data: True


@dataclass(frozen=True)
class Dashboard:
    key: str
    title: object
    icon: str
    filter_names: tuple[str, ...]
    panels: tuple[PanelSpec, ...]
    for_coordinators: bool = False

    def panel(self, key: str) -> PanelSpec | None:
        return next((spec for spec in self.panels if spec.key == key), None)


class DashboardData:
    """One page's filters and viewer, with the reads several panels share, each done once."""

    def __init__(
        self,
        *,
        filters: DashboardFilters,
        viewer: Viewer,
        today: date | None = None,
        now: datetime | None = None,
    ):
        self.filters = filters
        self.viewer = viewer
        self.now = now or timezone.now()
        self.today = today or timezone.localdate(self.now)

    @cached_property
    def reach_filters(self) -> reach.ReachFilters:
        return self.filters.reach_filters()

    @cached_property
    def training(self) -> queries.TrainingProgress:
        return queries.training_progress(self.filters)

    @cached_property
    def milestones(self) -> queries.MilestoneCounts:
        return queries.milestone_counts(self.filters)

    @cached_property
    def expiring_certificates(self) -> list:
        """Valid certificates lapsing in the next 90 days, per week."""
        return queries.certificates_expiring_by_week(self.filters, days=90, today=self.today)

    @cached_property
    def page_type_visits(self) -> dict:
        """Page views and visitor-days per kind of page (help pages are one kind)."""
        rows = reach.visits_by(self.reach_filters, Dimension.PAGE_TYPE)
        return {row.key: row for row in rows}

    @cached_property
    def organisation_names(self) -> dict[int, str]:
        return queries.organisation_names(self.training.by_organisation)

    @cached_property
    def targets(self) -> list[reach.TargetProgress]:
        on = min(self.filters.end, self.today)
        return reach.target_progress(on=on, country=self.filters.country)

    @property
    def organisation_fixed(self) -> bool:
        """True when the figures are for one organisation (a coordinator, or a filter)."""
        return self.filters.organisation is not None
