"""Staff screens in the Wagtail admin: learners waiting for verification, and decisions."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import selectors, services
from .forms import DecisionForm
from .models import Profile, VerificationDecision

DECIDE_PERMISSION = "accounts.decide_verification"
SEARCH_MAX_LENGTH = 200


def can_decide(user) -> bool:
    return user.is_active and user.has_perm(DECIDE_PERMISSION)


class DecidePermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_decide(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PendingLearnersView(DecidePermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Verification requests")
    header_icon = "user"
    template_name = "wagtailadmin_accounts/pending_learners.html"
    url_namespace = "accounts_verification"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.get("q", "").strip()[:SEARCH_MAX_LENGTH]
        pending = selectors.pending_learners()
        if query:
            pending = pending.filter(
                Q(user__email__icontains=query) | Q(organisation__name__icontains=query)
            )
        paginator = Paginator(pending, 50)
        decisions = VerificationDecision.objects.select_related(
            "user", "decided_by", "organisation"
        )[:25]
        context.update(
            {
                "query": query,
                "page_obj": paginator.get_page(self.request.GET.get("p")),
                "decisions": decisions,
            }
        )
        return context


class DecideView(DecidePermissionMixin, WagtailAdminTemplateMixin, FormView):
    page_title = gettext_lazy("Review a verification request")
    header_icon = "user"
    template_name = "wagtailadmin_accounts/decide.html"
    form_class = DecisionForm

    def dispatch(self, request, *args, **kwargs):
        self.learner_profile = get_object_or_404(
            Profile.objects.select_related("user", "organisation"), user_id=kwargs["user_id"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("accounts_verification:index"), "label": _("Verification requests")},
            {"url": "", "label": self.learner_profile.user.email},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "learner_profile": self.learner_profile,
                "learner": self.learner_profile.user,
                "decisions": selectors.decisions_for(self.learner_profile.user)[:20],
            }
        )
        return context

    def form_valid(self, form):
        learner = self.learner_profile.user
        try:
            if form.cleaned_data["decision"] == DecisionForm.APPROVE:
                services.approve_learner(
                    learner=learner,
                    decided_by=self.request.user,
                    reason=form.cleaned_data["reason"],
                )
                messages.success(
                    self.request,
                    _("%(email)s is verified and will be told by email.")
                    % {"email": learner.email},
                )
            else:
                services.reject_learner(
                    learner=learner,
                    decided_by=self.request.user,
                    reason=form.cleaned_data["reason"],
                )
                messages.success(
                    self.request,
                    _("%(email)s is turned down and will be told why by email.")
                    % {"email": learner.email},
                )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        return redirect("accounts_verification:index")
