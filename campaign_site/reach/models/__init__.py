"""The reach ledger: raw events, rollups, campaigns and links, outreach, learners, targets."""

from .campaigns import Campaign, TrackedLink
from .choices import (
    ALL_AUDIENCES,
    HELP_PAGE_TYPE,
    Channel,
    DeviceClass,
    Dimension,
    EventKind,
    Indicator,
    LearnerMilestoneKind,
    OutreachAudience,
    OutreachKind,
    RollupSource,
)
from .events import BufferFlush, DailySalt, VisitEvent
from .outreach import MAX_PARTICIPANTS, PARTICIPANT_FIELDS, OutreachActivity, OutreachImport
from .rollups import DailyVisitRollup, LearnerMilestone, MonthlyVisitRollup
from .targets import Target, audiences_for

__all__ = [
    "ALL_AUDIENCES",
    "HELP_PAGE_TYPE",
    "MAX_PARTICIPANTS",
    "PARTICIPANT_FIELDS",
    "BufferFlush",
    "Campaign",
    "Channel",
    "DailySalt",
    "DailyVisitRollup",
    "DeviceClass",
    "Dimension",
    "EventKind",
    "Indicator",
    "LearnerMilestone",
    "LearnerMilestoneKind",
    "MonthlyVisitRollup",
    "OutreachActivity",
    "OutreachAudience",
    "OutreachImport",
    "OutreachKind",
    "RollupSource",
    "Target",
    "TrackedLink",
    "VisitEvent",
    "audiences_for",
]
