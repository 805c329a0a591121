"""The names the dashboards show for the ledger's stored values, in the admin's language."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django_countries import countries

from campaign_site.accounts.models import ProfessionalRole
from campaign_site.reach.models import Channel, LearnerMilestoneKind, OutreachKind
from home.taxonomy import Topic

from ..filters import audience_choices


def country_name(code) -> str:
    code = str(code or "")
    if not code:
        return _("Country not known")
    return str(countries.name(code)) or code


def language_name(code) -> str:
    code = str(code or "")
    if not code:
        return _("Language not known")
    try:
        return str(translation.get_language_info(code)["name_translated"])
    except KeyError:
        return dict(settings.LANGUAGES).get(code, code)


def audience_name(value) -> str:
    if not value:
        return _("No single audience")
    return str(dict(audience_choices()).get(value, value))


def topic_name(value) -> str:
    if not value:
        return _("No topic")
    return str(dict(Topic.choices).get(value, value))


def channel_name(value) -> str:
    if not value:
        return _("Not known")
    return str(dict(Channel.choices).get(value, value))


def role_name(value) -> str:
    if not value:
        return _("No role given")
    return str(dict(ProfessionalRole.choices).get(value, value))


def outreach_kind_name(value) -> str:
    return str(dict(OutreachKind.choices).get(value, value))


def milestone_name(value) -> str:
    return str(dict(LearnerMilestoneKind.choices).get(value, value))


def organisation_label(organisation_id, names: dict[int, str]) -> str:
    if not organisation_id:
        return _("No organisation")
    return names.get(organisation_id) or _("Organisation no longer listed")
