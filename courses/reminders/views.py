"""Unsubscribe links and the email preferences page.

The links in emails work without signing in and set no cookie: a signed token says who and
which kinds. Mail programs post to the unsubscribe link directly (RFC 8058 one-click), so it
takes POST without a CSRF token; a person opening it in a browser confirms with a button, so
a link scanner that only fetches the page changes nothing.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from ..models.reminders import ReminderKind, ReminderOptOut
from . import preferences as reminder_preferences
from . import selectors, tokens
from .forms import ReminderPreferencesForm


def _private(response):
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    return response


def _active_user(user_id):
    return get_user_model().objects.filter(pk=user_id, is_active=True).first()


def _invalid_link(request):
    return _private(TemplateResponse(request, "courses/reminders/link_invalid.html", status=400))


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    wanted = tokens.read_unsubscribe_token(token)
    if wanted is None:
        return _invalid_link(request)
    user = _active_user(wanted.user_id)
    labels = [ReminderKind(kind).label for kind in wanted.kinds]
    context = {"labels": labels, "token": token}
    if request.method == "POST":
        one_click = request.POST.get("List-Unsubscribe") == "One-Click"
        if user is not None:
            reminder_preferences.opt_out(
                user=user,
                kinds=wanted.kinds,
                source=ReminderOptOut.Source.ONE_CLICK if one_click else ReminderOptOut.Source.LINK,
            )
            context["preferences_url"] = tokens.preferences_url(user=user, language=get_language())
        return _private(TemplateResponse(request, "courses/reminders/unsubscribed.html", context))
    off = selectors.opted_out_kinds(user) if user is not None else set()
    context["already_off"] = user is not None and set(wanted.kinds) <= off
    return _private(TemplateResponse(request, "courses/reminders/unsubscribe.html", context))


def _preferences_response(request, *, user, action: str, with_csrf: bool):
    kinds = reminder_preferences.kinds_for(user)
    saved = False
    if request.method == "POST":
        form = ReminderPreferencesForm(request.POST, kinds=kinds)
        if form.is_valid():
            reminder_preferences.set_preferences(user=user, receive=form.receive())
            saved = True
    else:
        off = selectors.opted_out_kinds(user)
        form = ReminderPreferencesForm(
            initial={kind: kind not in off for kind in kinds}, kinds=kinds
        )
    context = {"form": form, "action": action, "with_csrf": with_csrf, "saved": saved}
    return TemplateResponse(request, "courses/reminders/preferences.html", context), saved


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request):
    response, saved = _preferences_response(
        request, user=request.user, action=request.path, with_csrf=True
    )
    if saved:
        messages.success(request, _("Your email preferences are saved."))
        return redirect("courses:reminders:preferences")
    return _private(response)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def preferences_link(request, token: str):
    user_id = tokens.read_preferences_token(token)
    user = _active_user(user_id) if user_id is not None else None
    if user is None:
        return _invalid_link(request)
    response, _saved = _preferences_response(
        request, user=user, action=request.path, with_csrf=False
    )
    return _private(response)
