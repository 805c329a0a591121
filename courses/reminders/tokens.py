"""Signed links in reminder emails: one-click unsubscribe and the preferences page.

The links work without signing in and without cookies (mail programs post to them), so
they carry the account and the kinds of email, signed with the site's secret key. They do
not expire: an unsubscribe link must keep working in an old email.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from ..models.reminders import ReminderKind

UNSUBSCRIBE_SALT = "courses.reminders.unsubscribe"
PREFERENCES_SALT = "courses.reminders.preferences"
MAX_TOKEN_LENGTH = 400


@dataclass(frozen=True)
class UnsubscribeRequest:
    user_id: int
    kinds: tuple[str, ...]


def make_unsubscribe_token(*, user, kinds) -> str:
    payload = {"u": user.pk, "k": sorted({str(kind) for kind in kinds})}
    return signing.dumps(payload, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token: str) -> UnsubscribeRequest | None:
    """The request a token carries, or None if it is malformed, altered or names nothing."""
    payload = _load(token, salt=UNSUBSCRIBE_SALT)
    if payload is None:
        return None
    kinds = payload.get("k")
    if not isinstance(kinds, list) or not kinds or len(kinds) > len(ReminderKind.values):
        return None
    if any(kind not in ReminderKind.values for kind in kinds):
        return None
    return UnsubscribeRequest(user_id=payload["u"], kinds=tuple(kinds))


def make_preferences_token(*, user) -> str:
    return signing.dumps({"u": user.pk}, salt=PREFERENCES_SALT, compress=True)


def read_preferences_token(token: str) -> int | None:
    payload = _load(token, salt=PREFERENCES_SALT)
    return None if payload is None else payload["u"]


def _load(token: str, *, salt: str) -> dict | None:
    if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    try:
        payload = signing.loads(token, salt=salt)
    except (signing.BadSignature, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(payload, dict):
        return None
    user_id = payload.get("u")
    if not isinstance(user_id, int) or isinstance(user_id, bool) or user_id <= 0:
        return None
    return payload


def unsubscribe_url(*, user, kinds, language: str) -> str:
    token = make_unsubscribe_token(user=user, kinds=kinds)
    with translation.override(language):
        return settings.SITE_URL + reverse("courses:reminders:unsubscribe", args=[token])


def preferences_url(*, user, language: str) -> str:
    token = make_preferences_token(user=user)
    with translation.override(language):
        return settings.SITE_URL + reverse("courses:reminders:preferences_link", args=[token])
