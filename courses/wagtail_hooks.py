"""Admin screens for certificates, cohorts and enrolments, and the document access check."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic.models import EditView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import selectors, services, views
from .models import Certificate, Cohort, Enrolment
from .reminders import wagtail_hooks as reminder_hooks  # noqa: F401 - the Reminders menu


@hooks.register("before_serve_document")
def protect_course_documents(document, request):
    """Documents (and videos) used in restricted lessons go only to those who may read them."""
    decision = selectors.document_access(document=document, user=request.user)
    if decision is None or decision.allowed:
        return None
    return views.access_denied(request, course=decision.course, decision=decision)


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Records written only by services: staff can look and (where allowed) change, never
    add or delete here."""

    def user_has_permission(self, user, action):
        if action in {"add", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        if action in {"add", "delete"}:
            return False
        return super().user_has_permission_for_instance(user, action, instance)


class RevokeCertificateForm(WagtailAdminModelForm):
    revocation_reason = forms.CharField(
        label=_("Reason for revocation"),
        max_length=2000,
        widget=forms.Textarea,
        help_text=_(
            "Recorded with the revocation; the public check shows only that the "
            "certificate is revoked."
        ),
    )

    class Meta:
        model = Certificate
        fields = ["revocation_reason"]

    def clean(self):
        cleaned = super().clean()
        if self.instance.revoked_at is not None:
            raise ValidationError(_("This certificate is already revoked."))
        return cleaned


class RevokeCertificateView(EditView):
    def save_instance(self):
        return services.revoke_certificate(
            certificate=self.object,
            revoked_by=self.request.user,
            reason=self.form.cleaned_data["revocation_reason"],
        )

    def get_success_message(self, instance=None):
        return _("Certificate %(number)s revoked.") % {"number": self.object.number}


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    url_prefix = "certificates"
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "number",
        "holder_name",
        "course_title",
        "issued_at",
        "expires_at",
        "revoked_at",
    ]
    list_filter = ["revoked_at", "language"]
    search_fields = ["number", "holder_name", "course_title"]
    inspect_view_fields = [
        "number",
        "holder_name",
        "course_title",
        "language",
        "issued_at",
        "expires_at",
        "revoked_at",
        "revocation_reason",
        "revoked_by",
        "anonymised_at",
    ]
    form_fields = ["revocation_reason"]
    edit_view_class = RevokeCertificateView

    def get_form_class(self, for_update=False):
        return RevokeCertificateForm


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    url_prefix = "cohorts"
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["name", "organisation", "deadline", "invitation_code", "closed_at"]
    list_filter = ["organisation", "closed_at"]
    search_fields = ["name", "invitation_code"]
    form_fields = ["name", "deadline", "closed_at"]


class EnrolmentViewSet(ModelViewSet):
    model = Enrolment
    icon = "user"
    menu_label = _("Enrolments")
    url_prefix = "enrolments"
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "user",
        "course_key",
        "round",
        "progress_percent",
        "last_activity_at",
        "completed_at",
    ]
    list_filter = ["completed_at", "round"]
    search_fields = ["user__email"]
    form_fields = ["withdrawn_at"]


for _model in (Certificate, Cohort, Enrolment):
    register_permission_policy(_model, ReadOnlyPolicy(_model))


class TrainingGroup(ViewSetGroup):
    menu_label = _("Training")
    menu_icon = "doc-full"
    menu_order = 330
    items = (CertificateViewSet, CohortViewSet, EnrolmentViewSet)


@hooks.register("register_admin_viewset")
def register_training_viewsets():
    return TrainingGroup()
