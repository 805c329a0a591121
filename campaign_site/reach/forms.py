from django import forms
from django.utils.translation import gettext_lazy as _

from .models import OutreachActivity

MAX_IMPORT_BYTES = 1024 * 1024
MAX_IMPORT_ROWS = 2000


class OutreachRowForm(forms.ModelForm):
    """One CSV row, checked exactly as the admin's form checks a record typed in by hand."""

    class Meta:
        model = OutreachActivity
        fields = [
            "date",
            "kind",
            "title",
            "country",
            "language",
            "organisation",
            "campaign",
            "participants_parents",
            "participants_teachers",
            "participants_young_people",
            "participants_professionals",
            "participants_others",
            "notes",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["campaign"].to_field_name = "slug"
        self.fields["campaign"].error_messages["invalid_choice"] = _(
            "No campaign has this short name."
        )
        self.fields["notes"].max_length = 2000
        self.fields["date"].input_formats = ["%Y-%m-%d"]
        self.fields["date"].error_messages["invalid"] = _("Write the date as YYYY-MM-DD.")


class OutreachImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "UTF-8, comma- or semicolon-separated, at most 1 MB and 2,000 rows. "
            "If any row has a problem, nothing is imported."
        ),
    )

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        if uploaded.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The file is larger than 1 MB; split it in parts."))
        if not uploaded.name.lower().endswith((".csv", ".txt")):
            raise forms.ValidationError(_("Choose a .csv file."))
        return uploaded
