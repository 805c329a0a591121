"""`mfa_required`: for views that show reports or let someone decide about others.

    from campaign_site.accounts.decorators import mfa_required

    @mfa_required
    def cohort_report(request, cohort_id): ...

Anonymous visitors are sent to sign in; a signed-in user without a second factor (an
authenticator app or a security key) is sent to set one up, and brought back afterwards.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from . import selectors

MFA_NEXT_SESSION_KEY = "accounts_mfa_next"


def redirect_to_mfa_setup(request):
    if request.method == "GET" and request.get_full_path().startswith("/"):
        request.session[MFA_NEXT_SESSION_KEY] = request.get_full_path()
    messages.warning(
        request,
        _(
            "Set up two-factor authentication before you continue: staff and coordinators "
            "protect learners' data with a second step when they sign in."
        ),
    )
    return redirect("mfa_index")


def mfa_required(view_func):
    @wraps(view_func)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not selectors.has_mfa(request.user):
            return redirect_to_mfa_setup(request)
        return view_func(request, *args, **kwargs)

    return wrapper
