"""Account pages of the site: profile, data export and deletion, coordinator approvals.

Every view works on the signed-in user or, for coordinators, on learners of their own
organisations only: no URL takes another learner's id without that check.
"""

import json

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from . import selectors, services
from .data_export import ExportEncoder, build_export
from .decorators import mfa_required
from .forms import DecisionForm, DeleteAccountForm, ProfileForm


def _profile_initial(user, profile):
    return {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "professional_role": profile.professional_role,
        "organisation": profile.organisation_id,
        "country": profile.country.code or "",
        "preferred_language": profile.preferred_language,
        "time_zone": profile.time_zone,
    }


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    user = request.user
    profile = services.ensure_profile(user=user)
    organisations = selectors.organisations_for_choice()
    if request.method == "POST":
        form = ProfileForm(request.POST, organisations=organisations)
        if form.is_valid():
            data = form.cleaned_data
            was_verified = profile.is_verified
            try:
                profile = services.update_profile(
                    user=user,
                    first_name=data["first_name"],
                    last_name=data["last_name"],
                    professional_role=data["professional_role"],
                    organisation=data["organisation"],
                    country=data["country"],
                    preferred_language=data["preferred_language"],
                    time_zone=data["time_zone"],
                )
            except ValidationError as error:
                for field, errors in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                messages.success(request, _("Your profile is saved."))
                if was_verified and not profile.is_verified:
                    messages.warning(
                        request,
                        _(
                            "You changed organisation, so your verification has to be confirmed "
                            "again by the new organisation."
                        ),
                    )
                return redirect("accounts_profile")
    else:
        form = ProfileForm(initial=_profile_initial(user, profile), organisations=organisations)
    return render(
        request,
        "accounts/profile.html",
        {
            "form": form,
            "profile": profile,
            "latest_decision": selectors.latest_decision(user),
            "is_coordinator": selectors.is_coordinator(user),
        },
    )


@never_cache
@login_required
@require_GET
def your_data(request):
    return render(request, "accounts/your_data.html")


@never_cache
@login_required
@require_GET
@reauthentication_required
def export_data(request):
    payload = json.dumps(
        build_export(request.user), cls=ExportEncoder, ensure_ascii=False, indent=2
    )
    response = HttpResponse(payload, content_type="application/json; charset=utf-8")
    filename = f"my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@reauthentication_required
def delete_account(request):
    if request.method == "POST":
        form = DeleteAccountForm(request.POST)
        if form.is_valid():
            user = request.user
            logout(request)
            services.delete_account(user=user)
            messages.success(
                request, _("Your account is deleted. Thank you for your work protecting children.")
            )
            return redirect("/")
    else:
        form = DeleteAccountForm()
    return render(request, "accounts/delete_account.html", {"form": form})


def _coordinated_or_404(request) -> list:
    organisations = list(selectors.coordinated_organisations(request.user))
    if not organisations:
        raise Http404
    return organisations


@never_cache
@mfa_required
@require_GET
def coordinator_requests(request):
    organisations = _coordinated_or_404(request)
    pending = list(selectors.pending_learners(organisations=organisations))
    return render(
        request,
        "accounts/coordinator_requests.html",
        {
            "organisations": organisations,
            "pending": pending,
            "is_coordinator": True,
        },
    )


@never_cache
@mfa_required
@require_http_methods(["GET", "POST"])
def coordinator_decide(request, user_id: int):
    organisations = _coordinated_or_404(request)
    # Only learners waiting in one of this coordinator's organisations: anything else is
    # indistinguishable from a missing page.
    learner_profile = (
        selectors.pending_learners(organisations=organisations).filter(user_id=user_id).first()
    )
    if learner_profile is None:
        raise Http404
    learner = learner_profile.user
    form = DecisionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["decision"] == DecisionForm.APPROVE:
                services.approve_learner(
                    learner=learner, decided_by=request.user, reason=form.cleaned_data["reason"]
                )
                messages.success(
                    request,
                    _("%(email)s is verified and will be told by email.")
                    % {"email": learner.email},
                )
            else:
                services.reject_learner(
                    learner=learner, decided_by=request.user, reason=form.cleaned_data["reason"]
                )
                messages.success(
                    request,
                    _("%(email)s is turned down and will be told why by email.")
                    % {"email": learner.email},
                )
        except PermissionDenied as error:
            raise Http404 from error
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("accounts_coordinator_requests")
    return render(
        request,
        "accounts/coordinator_decide.html",
        {
            "learner": learner,
            "learner_profile": learner_profile,
            "form": form,
            "is_coordinator": True,
        },
    )


def admin_login_redirect(request):
    """Wagtail's own sign-in form would skip the second factor: send everyone to allauth's."""
    from django.contrib.auth import REDIRECT_FIELD_NAME
    from django.urls import reverse
    from django.utils.http import url_has_allowed_host_and_scheme, urlencode

    target = request.GET.get(REDIRECT_FIELD_NAME, "/admin/")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/admin/"
    return redirect(f"{reverse('account_login')}?{urlencode({REDIRECT_FIELD_NAME: target})}")
