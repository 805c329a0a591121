"""The filters every dashboard keeps in its URL, so a view can be shared as a link.

    ?start=2026-01-01&end=2026-06-30&country=FR&locale=fr&audience=parents&role=judge
    &organisation=3&interval=week

Every parameter is optional. Bad values are reported next to the field and nothing is
counted until they are corrected.
"""

from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from campaign_site.accounts.models import Organisation, ProfessionalRole
from campaign_site.reach.models import OutreachAudience
from campaign_site.reach.selectors import ReachFilters
from home.taxonomy import Audience

EARLIEST_DAY = date(2000, 1, 1)
MAX_PERIOD_DAYS = 5 * 366
INTERVALS = ("day", "week", "month")
FILTER_NAMES = ("start", "end", "country", "locale", "audience", "role", "organisation")


def audience_choices() -> list[tuple[str, str]]:
    """The audiences of the awareness pages, then those only outreach activities have."""
    choices = list(Audience.choices)
    seen = {value for value, _label in choices}
    choices += [(value, label) for value, label in OutreachAudience.choices if value not in seen]
    return choices


def interval_choices():
    return [("day", _("Day")), ("week", _("Week")), ("month", _("Month"))]


def default_period(today: date) -> tuple[date, date]:
    """The last twelve months: whole months up to this one, then this month so far."""
    month = today.replace(day=1)
    for _step in range(11):
        month = (month - timedelta(days=1)).replace(day=1)
    return month, today


def default_interval(start: date, end: date) -> str:
    days = (end - start).days + 1
    if days <= 92:
        return "day"
    if days <= 731:
        return "week"
    return "month"


@dataclass(frozen=True)
class DashboardFilters:
    start: date
    end: date
    country: str = ""
    locale: str = ""
    audience: str = ""
    role: str = ""
    organisation: int | None = None
    interval: str = ""  # empty: chosen from the length of the period

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def time_interval(self) -> str:
        return self.interval or default_interval(self.start, self.end)

    def reach_filters(self, **overrides) -> ReachFilters:
        values = {
            "start": self.start,
            "end": self.end,
            "country": self.country,
            "locale": self.locale,
            "audience": self.audience,
            "organisation_id": self.organisation,
            "role": self.role,
        }
        values.update(overrides)
        return ReachFilters(**values)

    def with_changes(self, **changes) -> "DashboardFilters":
        return replace(self, **changes)

    def active(self) -> set[str]:
        """The filters that narrow the figures (the period always does)."""
        return {name for name in FILTER_NAMES[2:] if getattr(self, name) not in ("", None)}

    def query_items(self) -> list[tuple[str, str]]:
        items = []
        for field in fields(self):
            value = getattr(self, field.name)
            if value in ("", None):
                continue
            items.append((field.name, value.isoformat() if isinstance(value, date) else str(value)))
        return items

    def query_string(self) -> str:
        return urlencode(self.query_items())


class DashboardFilterForm(forms.Form):
    start = forms.DateField(
        label=_("From"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    end = forms.DateField(
        label=_("To"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    country = forms.ChoiceField(label=_("Country"), required=False)
    locale = forms.ChoiceField(label=_("Language"), required=False)
    audience = forms.ChoiceField(label=_("Audience"), required=False)
    role = forms.ChoiceField(label=_("Professional role"), required=False)
    organisation = forms.TypedChoiceField(
        label=_("Organisation"), required=False, coerce=int, empty_value=None
    )
    interval = forms.ChoiceField(label=_("Show by"), required=False)

    def __init__(self, *args, organisations=None, today: date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()
        self.fields["country"].choices = [("", _("All countries")), *countries]
        self.fields["locale"].choices = [("", _("All languages")), *settings.LANGUAGES]
        self.fields["audience"].choices = [("", _("All audiences")), *audience_choices()]
        self.fields["role"].choices = [("", _("All roles")), *ProfessionalRole.choices]
        self.fields["interval"].choices = [("", _("Automatic")), *interval_choices()]
        if organisations is None:
            organisations = Organisation.objects.order_by("name")
            self.fields["organisation"].choices = [("", _("All organisations"))] + [
                (organisation.pk, str(organisation)) for organisation in organisations
            ]
        else:
            # A coordinator: one of their own organisations, always.
            self.fields["organisation"].required = True
            self.fields["organisation"].choices = [
                (organisation.pk, str(organisation)) for organisation in organisations
            ]
        for name in ("start", "end"):
            self.fields[name].widget.attrs.update(
                {"min": EARLIEST_DAY.isoformat(), "max": self.today.isoformat()}
            )

    def clean_start(self):
        return self._check_day(self.cleaned_data.get("start"))

    def clean_end(self):
        return self._check_day(self.cleaned_data.get("end"))

    def _check_day(self, day):
        if day is None:
            return day
        if day < EARLIEST_DAY:
            raise forms.ValidationError(
                _("Choose a day from %(day)s on."), params={"day": EARLIEST_DAY.isoformat()}
            )
        if day > self.today:
            raise forms.ValidationError(_("Choose a day up to today: figures cannot be ahead."))
        return day

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        start, end = cleaned.get("start"), cleaned.get("end")
        if start is None and end is None:
            start, end = default_period(self.today)
        elif start is None:
            start = default_period(end)[0]
        elif end is None:
            end = self.today
        if end < start:
            self.add_error("end", _("The period cannot end before it starts."))
        elif (end - start).days + 1 > MAX_PERIOD_DAYS:
            self.add_error("start", _("Choose a period of at most five years."))
        cleaned["start"], cleaned["end"] = start, end
        return cleaned

    def filters(self) -> DashboardFilters:
        """The cleaned filters; call after is_valid() returned True."""
        data = self.cleaned_data
        start, end = data["start"], data["end"]
        return DashboardFilters(
            start=start,
            end=end,
            country=data.get("country") or "",
            locale=data.get("locale") or "",
            audience=data.get("audience") or "",
            role=data.get("role") or "",
            organisation=data.get("organisation"),
            interval=data.get("interval") or "",
        )


def period_presets(today: date) -> list[tuple[str, date, date]]:
    """Quick choices of period, each a (label, start, end)."""
    last_year = date(today.year - 1, 1, 1)
    return [
        (_("Last 30 days"), today - timedelta(days=29), today),
        (_("Last 90 days"), today - timedelta(days=89), today),
        (_("Last 12 months"), *default_period(today)),
        (_("This year"), date(today.year, 1, 1), today),
        (_("Last year"), last_year, date(today.year - 1, 12, 31)),
    ]
