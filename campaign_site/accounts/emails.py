"""Email to one person, in their preferred language, as HTML with a plain-text part.

Every app sends through `send_to_user` so a learner reads verification outcomes, reminders
and certificates in the language they chose in their profile.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from .selectors import profile_for


def language_for(user) -> str:
    profile = profile_for(user)
    codes = {code for code, _ in settings.LANGUAGES}
    if profile is not None and profile.preferred_language in codes:
        return profile.preferred_language
    return settings.LANGUAGE_CODE


def render_email(*, user, template: str, context: dict | None = None) -> tuple[str, str, str]:
    """(subject, text, html) rendered in the user's language. Templates:
    `<template>_subject.txt`, `<template>.txt` and `<template>.html`."""
    language = language_for(user)
    context = {
        "user": user,
        "site_url": settings.SITE_URL,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "language_code": language,
        **(context or {}),
    }
    with translation.override(language):
        context["language_bidi"] = translation.get_language_bidi()
        subject = render_to_string(f"{template}_subject.txt", context)
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    # A subject is one line whatever the template's whitespace; header injection is impossible.
    subject = " ".join(subject.split())
    return subject, text, html


def send_to_user(
    *, user, template: str, context: dict | None = None, headers: dict | None = None
) -> int:
    """Send one email to `user.email`; returns the number of messages sent (0 or 1).

    `headers` adds email headers, for example List-Unsubscribe for reminders.
    """
    if not user.email:
        return 0
    subject, text, html = render_email(user=user, template=template, context=context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers=headers or {},
    )
    message.attach_alternative(html, "text/html")
    return message.send()
