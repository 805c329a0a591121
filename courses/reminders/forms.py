"""The email preferences form: one tick box per kind of reminder email offered."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models.reminders import ReminderKind

KIND_HELP = {
    ReminderKind.INACTIVITY: _(
        "When you have not continued a course for a while. A few at most, further and "
        "further apart."
    ),
    ReminderKind.DEADLINE: _("7 days and 1 day before the deadline your cohort set."),
    ReminderKind.CERTIFICATE_EXPIRY: _(
        "60, 30 and 7 days before a certificate expires, with a link to the refresher course."
    ),
    ReminderKind.COORDINATOR_DIGEST: _(
        "Once a week: your cohorts' progress, who is behind and certificates expiring soon."
    ),
    ReminderKind.CONTENT_REVIEW: _(
        "Once a week: the guides you are responsible for that are past their review date."
    ),
}


class ReminderPreferencesForm(forms.Form):
    def __init__(self, *args, kinds, **kwargs):
        super().__init__(*args, **kwargs)
        self.kinds = list(kinds)
        for kind in self.kinds:
            self.fields[kind] = forms.BooleanField(
                required=False, label=ReminderKind(kind).label, help_text=KIND_HELP[kind]
            )

    def receive(self) -> set[str]:
        return {kind for kind in self.kinds if self.cleaned_data.get(kind)}
