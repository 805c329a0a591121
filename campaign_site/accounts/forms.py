"""Forms of the account pages. Labels, help and errors are translated."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .models import ProfessionalRole, User
from .models.profiles import time_zone_names
from .services import REASON_MAX_LENGTH

EMAIL_MAX_LENGTH = User._meta.get_field("email").max_length
NAME_MAX_LENGTH = 150


class SignupForm(AllauthSignupForm):
    """allauth's sign-up with the address length the database stores."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        email = self.fields["email"]
        email.max_length = EMAIL_MAX_LENGTH
        email.validators.append(MaxLengthValidator(EMAIL_MAX_LENGTH))
        email.widget.attrs["maxlength"] = str(EMAIL_MAX_LENGTH)
        email.error_messages["max_length"] = _(
            "An email address has at most %(limit_value)d characters."
        )


class ProfileForm(forms.Form):
    first_name = forms.CharField(
        label=_("First name"),
        max_length=NAME_MAX_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=NAME_MAX_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    professional_role = forms.ChoiceField(
        label=_("Professional role"), choices=[("", "—"), *ProfessionalRole.choices]
    )
    # Plain choices read once: a ModelChoiceField queries again each time it is rendered.
    organisation = forms.TypedChoiceField(
        label=_("Organisation"),
        required=False,
        coerce=int,
        empty_value=None,
        help_text=_(
            "Your organisation's coordinator confirms that you work there. An email "
            "address on your organisation's domain confirms it at once."
        ),
    )
    country = forms.ChoiceField(label=_("Country"), required=False)
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=settings.LANGUAGES,
        help_text=_("Emails and reminders are sent in this language."),
    )
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        help_text=_("Deadlines and reminders are shown in this time zone."),
    )

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisations = {org.pk: org for org in (organisations or [])}
        self.fields["organisation"].choices = [
            ("", _("My organisation is not listed")),
            *((pk, f"{org.name} — {org.country.name}") for pk, org in self.organisations.items()),
        ]
        self.fields["country"].choices = [("", "—"), *countries]
        self.fields["time_zone"].choices = [
            (name, name.replace("_", " ")) for name in time_zone_names()
        ]
        for name in ("first_name", "last_name"):
            self.fields[name].error_messages["max_length"] = _(
                "Keep this under %(limit_value)d characters."
            )
        invalid_choice = _("Choose one of the options in the list.")
        for name in ("professional_role", "country", "preferred_language", "time_zone"):
            self.fields[name].error_messages["invalid_choice"] = invalid_choice
        self.fields["organisation"].error_messages["invalid_choice"] = invalid_choice

    def clean_organisation(self):
        organisation_id = self.cleaned_data["organisation"]
        return None if organisation_id is None else self.organisations[organisation_id]

    def clean_first_name(self):
        return _reject_control_characters(self.cleaned_data["first_name"])

    def clean_last_name(self):
        return _reject_control_characters(self.cleaned_data["last_name"])


def _reject_control_characters(value: str) -> str:
    if any(ord(char) < 32 or ord(char) == 127 for char in value):
        raise forms.ValidationError(
            _("Use letters, spaces and punctuation only."), code="control_characters"
        )
    return value.strip()


class DecisionForm(forms.Form):
    """A coordinator's or staff member's decision about one learner."""

    APPROVE = "approve"
    REJECT = "reject"

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[(APPROVE, _("Approve")), (REJECT, _("Turn down"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Needed when you turn a learner down: they read it in the email we send."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].error_messages["max_length"] = _(
            "Keep the reason under %(limit_value)d characters."
        )
        self.fields["decision"].error_messages["invalid_choice"] = _("Choose approve or turn down.")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == self.REJECT and not (cleaned.get("reason") or "").strip():
            self.add_error("reason", _("Give a reason: the learner is told why."))
        return cleaned


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that my account, profile and progress are deleted for good."),
        error_messages={"required": _("Tick the box to confirm.")},
    )
