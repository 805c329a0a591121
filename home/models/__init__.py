"""Models of the awareness site, split by concept."""

from .directory import SupportService
from .guides import GuidePage, ResourcePage, TopicPage
from .page_cache import PublishedContentVersion
from .pages import (
    AgeBandPage,
    AudiencePage,
    GuideIndexPage,
    HelpPage,
    HomePage,
    TopicIndexPage,
)
from .vocabulary import AgeBandTerm, AudienceTerm, TopicTerm

__all__ = [
    "AgeBandPage",
    "AgeBandTerm",
    "AudiencePage",
    "AudienceTerm",
    "GuideIndexPage",
    "GuidePage",
    "HelpPage",
    "HomePage",
    "PublishedContentVersion",
    "ResourcePage",
    "SupportService",
    "TopicIndexPage",
    "TopicPage",
    "TopicTerm",
]
