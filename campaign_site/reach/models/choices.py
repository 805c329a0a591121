"""The reach ledger's fixed vocabularies: stable slugs stored in the database, labels translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _

# The audience column of a rollup row holds this for "every audience together", so that
# unique visitors across audiences are counted once, not once per audience.
ALL_AUDIENCES = "*"


class Channel(models.TextChoices):
    DIRECT = "direct", _("Direct")
    SEARCH = "search", _("Search engine")
    SOCIAL = "social", _("Social media")
    REFERRAL = "referral", _("Other website")
    CAMPAIGN = "campaign", _("Campaign link")
    QR = "qr", _("QR code or printed link")
    # Moving from one page of this site to another; not a way of arriving.
    INTERNAL = "internal", _("Within this site")


class DeviceClass(models.TextChoices):
    DESKTOP = "desktop", _("Computer")
    MOBILE = "mobile", _("Smartphone")
    TABLET = "tablet", _("Tablet")
    FEATURE_PHONE = "feature-phone", _("Feature phone")
    OTHER = "other", _("Other device")


class Dimension(models.TextChoices):
    """What one rollup row breaks visits down by; country, locale and audience are columns."""

    TOTAL = "total", _("All pages")
    PAGE = "page", _("Page")
    PAGE_TYPE = "page-type", _("Page type")
    TOPIC = "topic", _("Topic")
    CHANNEL = "channel", _("Channel")
    CAMPAIGN = "campaign", _("Campaign")
    DEVICE = "device", _("Device")
    LINK = "link", _("Short link")


# Page views of help and reporting pages are stored under this page type only.
HELP_PAGE_TYPE = "help"


class EventKind(models.TextChoices):
    PAGE_VIEW = "view", _("Page view")
    LINK_VISIT = "link", _("Short link visit")


class RollupSource(models.IntegerChoices):
    # Each counting path owns its rows, so switching paths mid-day never overwrites counts.
    EVENTS = 1, _("Database events")
    BUFFER = 2, _("Redis buffer")


class OutreachKind(models.TextChoices):
    SCHOOL_TALK = "school-talk", _("School talk")
    WORKSHOP = "workshop", _("Workshop")
    TRAINING = "training", _("Training")
    EVENT = "event", _("Event")
    MEDIA = "media", _("Media")


class OutreachAudience(models.TextChoices):
    """Who took part in an outreach activity; one participant count per audience."""

    PARENTS = "parents", _("Parents and carers")
    TEACHERS = "teachers", _("Teachers")
    YOUNG_PEOPLE = "young-people", _("Young people")
    PROFESSIONALS = "professionals", _("Professionals")
    OTHERS = "others", _("Others")


class LearnerMilestoneKind(models.TextChoices):
    ENROLLED = "enrolled", _("Enrolled")
    COMPLETED = "completed", _("Completed a course")
    CERTIFIED = "certified", _("Certified")


class Indicator(models.TextChoices):
    VISITOR_DAYS = "visitor-days", _("People reached online (visitor-days)")
    PAGE_VIEWS = "page-views", _("Page views")
    LINK_VISITS = "link-visits", _("Short link and QR code visits")
    OUTREACH_PARTICIPANTS = "outreach-participants", _("Participants in outreach activities")
    LEARNERS_ENROLLED = "learners-enrolled", _("Learners enrolled")
    LEARNERS_COMPLETED = "learners-completed", _("Learners who completed a course")
    LEARNERS_CERTIFIED = "learners-certified", _("Learners certified")
