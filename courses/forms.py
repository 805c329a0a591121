from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import selectors


class JoinCohortForm(forms.Form):
    code = forms.CharField(
        label=_("Invitation code"),
        max_length=40,
        help_text=_("The code your coordinator gave you, for example 7KQ4MZP9XH."),
    )

    def clean_code(self):
        cohort = selectors.cohort_by_code(self.cleaned_data["code"])
        if cohort is None:
            raise forms.ValidationError(
                _("This code does not match an open cohort. Check it with your coordinator.")
            )
        self.cohort = cohort
        return cohort.invitation_code


class CohortForm(forms.Form):
    name = forms.CharField(
        label=_("Name"), max_length=200, help_text=_("For example: Cybercrime unit, spring intake.")
    )
    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=None, empty_label=None)
    course = forms.TypedChoiceField(label=_("Course"), coerce=int)
    deadline = forms.DateField(
        label=_("Deadline"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Learners see it on their dashboard."),
    )

    def __init__(self, *args, organisations, courses, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.courses = {course.pk: course for course in courses}
        self.fields["course"].choices = [(course.pk, course.title) for course in courses]

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        if deadline < timezone.localdate():
            raise forms.ValidationError(_("Choose a deadline in the future."))
        return deadline

    def clean_course(self):
        course = self.courses.get(self.cleaned_data["course"])
        if course is None:
            raise forms.ValidationError(_("Choose a course from the list."))
        return course


class InviteForm(forms.Form):
    emails = forms.CharField(
        label=_("Email addresses"),
        max_length=40_000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "One address per line, or separated by commas. Each person gets one email "
            "with the invitation link."
        ),
    )


class CertificateLookupForm(forms.Form):
    number = forms.CharField(
        label=_("Certificate number"),
        max_length=40,
        help_text=_("As printed on the certificate, for example C-7KQ4-MZP9-XHD2."),
    )


class RevokeCertificateForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Recorded with the revocation; not shown publicly."),
    )
