"""Who gets which reminder emails: opting out per kind, and back in.

Opting out takes effect at once, for emails already queued too: each reminder is checked
against the opt-outs again just before its email goes.
"""

from __future__ import annotations

import logging

from django.db import transaction

from campaign_site.accounts.selectors import is_coordinator

from ..models.reminders import ReminderKind, ReminderOptOut

logger = logging.getLogger(__name__)

LEARNER_KINDS = (
    ReminderKind.INACTIVITY,
    ReminderKind.DEADLINE,
    ReminderKind.CERTIFICATE_EXPIRY,
)


def kinds_for(user) -> list[str]:
    """The kinds of reminder email this person can receive, for their preferences page."""
    kinds = list(LEARNER_KINDS)
    if is_coordinator(user):
        kinds.append(ReminderKind.COORDINATOR_DIGEST)
    if user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
        kinds.append(ReminderKind.CONTENT_REVIEW)
    return kinds


@transaction.atomic
def opt_out(*, user, kinds, source: str) -> list[str]:
    """Turn these kinds off for the user; returns those that were on."""
    kinds = [kind for kind in dict.fromkeys(kinds) if kind in ReminderKind.values]
    existing = set(
        ReminderOptOut.objects.filter(user=user, kind__in=kinds).values_list("kind", flat=True)
    )
    added = [kind for kind in kinds if kind not in existing]
    ReminderOptOut.objects.bulk_create(
        [ReminderOptOut(user=user, kind=kind, source=source) for kind in added],
        ignore_conflicts=True,
    )
    if added:
        logger.info("user %s turned off reminder emails: %s", user.pk, ", ".join(added))
    return added


@transaction.atomic
def opt_in(*, user, kinds) -> int:
    deleted, _ = ReminderOptOut.objects.filter(user=user, kind__in=list(kinds)).delete()
    return deleted


@transaction.atomic
def set_preferences(*, user, receive, source: str = ReminderOptOut.Source.PREFERENCES) -> None:
    """Receive exactly the kinds in `receive` among those offered to the user."""
    offered = kinds_for(user)
    receive = {kind for kind in receive if kind in offered}
    opt_in(user=user, kinds=receive)
    opt_out(user=user, kinds=[kind for kind in offered if kind not in receive], source=source)
