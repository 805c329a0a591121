"""The fixed vocabulary of the awareness site: audiences, topics, age bands, service kinds.

Other apps (reach, dashboards, reminders) import these slugs; they are stable identifiers and
never translated. Labels go through gettext, so every shipped language shows its own words.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    PARENTS = "parents", _("Parents and carers")
    TEACHERS = "teachers", _("Teachers")
    YOUNG_PEOPLE = "young-people", _("Young people")


class Topic(models.TextChoices):
    # In order of how the site presents them; "reporting" comes last on purpose.
    GROOMING = "grooming", _("Grooming")
    SEXUAL_EXTORTION = "sexual-extortion", _("Sexual extortion")
    SELF_GENERATED_IMAGES = "self-generated-images", _("Self-generated sexual images")
    LIVE_STREAMED_ABUSE = "live-streamed-abuse", _("Live-streamed child sexual abuse")
    GAMING_AND_CHAT = "gaming-and-chat", _("Gaming and chat")
    REPORTING = "reporting", _("Reporting")


class AgeBand(models.TextChoices):
    AGE_8_10 = "8-10", _("Ages 8 to 10")
    AGE_11_13 = "11-13", _("Ages 11 to 13")
    AGE_14_17 = "14-17", _("Ages 14 to 17")


class ServiceKind(models.TextChoices):
    HOTLINE = "hotline", _("Report child sexual abuse material")
    HELPLINE = "helpline", _("Child helpline")
    POLICE = "police", _("Police")
    REMOVAL = "removal", _("Get images removed")
    PERPETRATOR_HELP = "perpetrator-help", _("Help for people worried about their own thoughts")


AUDIENCE_SLUGS = tuple(Audience.values)
TOPIC_SLUGS = tuple(Topic.values)
AGE_BAND_SLUGS = tuple(AgeBand.values)
SERVICE_KIND_SLUGS = tuple(ServiceKind.values)

# Topics whose pages are counted coarsely by the reach ledger (day, locale, country only).
COARSE_TOPICS = frozenset({Topic.REPORTING.value})


def reach_dimensions(*, audience: str = "", topic: str = "", coarse: bool = False) -> dict:
    """The reach beacon's dimensions for one page; unknown slugs are dropped, never passed on."""
    return {
        "audience": audience if audience in AUDIENCE_SLUGS else "",
        "topic": topic if topic in TOPIC_SLUGS else "",
        "coarse": bool(coarse or topic in COARSE_TOPICS),
    }
