"""Writes about accounts: profiles, verification decisions, deletion and clean-up.

Every function takes keyword arguments only. Views, the Wagtail admin, Celery tasks and
other apps (courses: cohort invitation codes) call these.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import selectors
from .emails import send_to_user
from .models import (
    Membership,
    MembershipRole,
    Organisation,
    Profile,
    User,
    VerificationDecision,
    VerificationMethod,
    VerificationStatus,
)
from .signals import account_deleting, verification_decided

logger = logging.getLogger(__name__)

REASON_MAX_LENGTH = VerificationDecision._meta.get_field("reason").max_length


def ensure_profile(*, user) -> Profile:
    profile, _created = Profile.objects.select_related("organisation").get_or_create(user=user)
    return profile


def _locked_profile(user) -> Profile:
    ensure_profile(user=user)
    profile = (
        Profile.objects.select_for_update(of=("self",))
        .select_related("organisation")
        .get(user=user)
    )
    # The caller's user object sees the change at once (is_verified right after a decision).
    user.profile = profile
    return profile


def _clean_reason(reason: str, *, required: bool) -> str:
    reason = " ".join((reason or "").split())
    if required and not reason:
        raise ValidationError(_("Give a reason: the learner is told why."), code="required")
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationError(
            _("Keep the reason under %(limit)d characters.") % {"limit": REASON_MAX_LENGTH},
            code="max_length",
        )
    return reason


def _on_commit_send_outcome(decision: VerificationDecision) -> None:
    from .tasks import send_verification_outcome

    transaction.on_commit(lambda: send_verification_outcome.delay(decision.pk))


@transaction.atomic
def record_verification(
    *,
    user,
    method: str,
    decided_by=None,
    organisation: Organisation | None = None,
    reason: str = "",
    notify: bool = True,
) -> VerificationDecision:
    """Record a decision about a learner and set their status accordingly.

    method: "domain" | "invitation" | "approval" verify the learner; "rejection" turns them
    down and needs a reason. `organisation` defaults to the learner's profile organisation
    and becomes it when the profile has none. Verifying an already verified learner changes
    nothing and returns the decision that verified them. The learner is emailed the outcome
    in their language after the transaction commits (unless notify=False, for imports and
    demo data).
    """
    if method not in VerificationMethod.values:
        raise ValidationError(_("Unknown verification method."), code="invalid")
    rejecting = method == VerificationMethod.REJECTION
    reason = _clean_reason(reason, required=rejecting)
    profile = _locked_profile(user)
    if not rejecting and profile.verification_status == VerificationStatus.VERIFIED:
        existing = (
            VerificationDecision.objects.filter(user=user)
            .exclude(method=VerificationMethod.REJECTION)
            .first()
        )
        if existing is not None:
            return existing
    if organisation is None:
        organisation = profile.organisation
    elif profile.organisation_id is None:
        profile.organisation = organisation
        if not profile.country:
            profile.country = organisation.country

    now = timezone.now()
    decision = VerificationDecision.objects.create(
        user=user,
        method=method,
        decided_by=decided_by,
        organisation=organisation,
        reason=reason,
        decided_at=now,
    )
    if rejecting:
        profile.verification_status = VerificationStatus.REJECTED
        profile.verified_at = None
        Membership.objects.filter(user=user, role=MembershipRole.LEARNER).delete()
    else:
        profile.verification_status = VerificationStatus.VERIFIED
        profile.verified_at = now
        if organisation is not None:
            Membership.objects.get_or_create(
                user=user,
                organisation=organisation,
                defaults={"role": MembershipRole.LEARNER},
            )
    profile.save(
        update_fields=[
            "verification_status",
            "verified_at",
            "organisation",
            "country",
            "updated_at",
        ]
    )
    verification_decided.send(sender=VerificationDecision, user=user, decision=decision)
    if notify:
        _on_commit_send_outcome(decision)
    logger.info(
        "verification %s for user %s by %s",
        method,
        user.pk,
        decided_by.pk if decided_by else "platform",
    )
    return decision


def _learner_profile_for_decision(*, learner, decided_by) -> Profile:
    profile = _locked_profile(learner)
    if not selectors.can_decide_for(decided_by=decided_by, learner_profile=profile):
        raise PermissionDenied("Not allowed to decide about this learner.")
    return profile


@transaction.atomic
def approve_learner(*, learner, decided_by, reason: str = "") -> VerificationDecision:
    """A coordinator of the learner's organisation, or staff, verifies the learner."""
    profile = _learner_profile_for_decision(learner=learner, decided_by=decided_by)
    if profile.verification_status == VerificationStatus.VERIFIED:
        raise ValidationError(_("This learner is already verified."), code="already_verified")
    return record_verification(
        user=learner,
        method=VerificationMethod.APPROVAL,
        decided_by=decided_by,
        organisation=profile.organisation,
        reason=reason,
    )


@transaction.atomic
def reject_learner(*, learner, decided_by, reason: str) -> VerificationDecision:
    """A coordinator of the learner's organisation, or staff, turns the learner down (or
    withdraws an earlier verification), with a reason the learner reads."""
    profile = _learner_profile_for_decision(learner=learner, decided_by=decided_by)
    if profile.verification_status == VerificationStatus.REJECTED:
        raise ValidationError(
            _("This learner has already been turned down."), code="already_rejected"
        )
    return record_verification(
        user=learner,
        method=VerificationMethod.REJECTION,
        decided_by=decided_by,
        organisation=profile.organisation,
        reason=reason,
    )


@transaction.atomic
def verify_by_email_domain(*, user, notify: bool = True) -> VerificationDecision | None:
    """Verify a learner whose confirmed address is on a verified domain of their
    organisation (or, with no organisation chosen yet, of the organisation owning the
    domain). Learners a person has turned down are left to people. Returns the decision,
    or None when no confirmed address qualifies."""
    from allauth.account.models import EmailAddress

    profile = _locked_profile(user)
    if profile.verification_status in (VerificationStatus.VERIFIED, VerificationStatus.REJECTED):
        return None
    addresses = EmailAddress.objects.filter(user=user, verified=True).order_by("-primary", "pk")
    for address in addresses:
        organisation = selectors.organisation_for_email(address.email)
        if organisation is None:
            continue
        if profile.organisation_id not in (None, organisation.pk):
            continue
        domain = address.email.rpartition("@")[2].lower()
        return record_verification(
            user=user,
            method=VerificationMethod.DOMAIN,
            organisation=organisation,
            reason=domain,
            notify=notify,
        )
    return None


@transaction.atomic
def update_profile(
    *,
    user,
    professional_role: str,
    organisation: Organisation | None,
    country: str,
    preferred_language: str,
    time_zone: str,
    first_name: str | None = None,
    last_name: str | None = None,
    notify: bool = True,
) -> Profile:
    """Save what the learner says about themselves.

    Choosing an organisation asks for verification; changing it withdraws a verification
    given for the previous one, since a coordinator vouched for that organisation only.
    A confirmed address on the new organisation's domain verifies at once.
    """
    profile = _locked_profile(user)
    previous_organisation_id = profile.organisation_id
    profile.professional_role = professional_role
    profile.organisation = organisation
    profile.country = country
    profile.preferred_language = preferred_language
    profile.time_zone = time_zone
    profile.full_clean(exclude=["user"])

    became_pending = False
    organisation_changed = previous_organisation_id != (organisation.pk if organisation else None)
    if organisation_changed:
        Membership.objects.filter(
            user=user, role=MembershipRole.LEARNER, organisation_id=previous_organisation_id
        ).delete()
        profile.verified_at = None
        if organisation is None:
            profile.verification_status = VerificationStatus.UNVERIFIED
            profile.verification_requested_at = None
        else:
            profile.verification_status = VerificationStatus.PENDING
            profile.verification_requested_at = timezone.now()
            became_pending = True
    elif organisation is not None and profile.verification_status == VerificationStatus.UNVERIFIED:
        profile.verification_status = VerificationStatus.PENDING
        profile.verification_requested_at = timezone.now()
        became_pending = True
    profile.save()

    if first_name is not None or last_name is not None:
        if first_name is not None:
            user.first_name = first_name.strip()
        if last_name is not None:
            user.last_name = last_name.strip()
        user.save(update_fields=["first_name", "last_name"])

    if became_pending and verify_by_email_domain(user=user, notify=notify) is None and notify:
        from .tasks import notify_coordinators_of_request

        transaction.on_commit(lambda: notify_coordinators_of_request.delay(user.pk))
    profile.refresh_from_db()
    return profile


def set_preferred_language(*, user, language: str) -> None:
    if language in {code for code, _name in settings.LANGUAGES}:
        Profile.objects.filter(user=user).update(preferred_language=language)


def send_verification_outcome(*, decision_id: int) -> bool:
    """Email the learner the decision, once. Returns True when an email went out."""
    decision = (
        VerificationDecision.objects.select_related("user", "user__profile", "organisation")
        .filter(pk=decision_id)
        .first()
    )
    if decision is None:
        return False
    claimed = VerificationDecision.objects.filter(
        pk=decision_id, learner_notified_at__isnull=True
    ).update(learner_notified_at=timezone.now())
    if not claimed:
        return False
    template = (
        "accounts/email/verification_approved"
        if decision.verifies
        else "accounts/email/verification_rejected"
    )
    try:
        send_to_user(
            user=decision.user,
            template=template,
            context={
                "decision": decision,
                "organisation": decision.organisation,
                "profile_url": settings.SITE_URL
                + _localised_path(decision.user, "accounts_profile"),
            },
        )
    except Exception:
        # Leave it unclaimed so the task's retry sends it.
        VerificationDecision.objects.filter(pk=decision_id).update(learner_notified_at=None)
        raise
    return True


def _localised_path(user, url_name: str) -> str:
    from .emails import language_for

    with translation.override(language_for(user)):
        return reverse(url_name)


def notify_coordinators_of_request(*, user_id: int) -> int:
    """Tell the coordinators of a pending learner's organisation that a request waits.
    Returns how many coordinators were emailed; nothing when the request is decided."""
    profile = (
        Profile.objects.select_related("user", "organisation")
        .filter(
            user_id=user_id,
            verification_status=VerificationStatus.PENDING,
            organisation__isnull=False,
        )
        .first()
    )
    if profile is None:
        return 0
    # One notice per request: a second run of the task finds it claimed.
    claimed = (
        Profile.objects.filter(pk=profile.pk)
        .filter(
            Q(coordinators_notified_at__isnull=True)
            | Q(coordinators_notified_at__lt=profile.verification_requested_at)
        )
        .update(coordinators_notified_at=timezone.now())
    )
    if not claimed:
        return 0
    coordinators = User.objects.filter(
        is_active=True,
        memberships__organisation=profile.organisation,
        memberships__role=MembershipRole.COORDINATOR,
    ).select_related("profile")
    sent = 0
    for coordinator in coordinators:
        sent += send_to_user(
            user=coordinator,
            template="accounts/email/learner_waiting",
            context={
                "organisation": profile.organisation,
                "approvals_url": settings.SITE_URL
                + _localised_path(coordinator, "accounts_coordinator_requests"),
            },
        )
    return sent


def clear_inactivity_warning(*, user) -> None:
    User.objects.filter(pk=user.pk, inactivity_warning_sent_at__isnull=False).update(
        inactivity_warning_sent_at=None
    )


@transaction.atomic
def delete_account(*, user) -> None:
    """Delete the account and everything personal it holds.

    `account_deleting` goes out first, inside this transaction, so courses anonymise
    progress and keep certificates verifiable before the user row disappears.
    """
    user = User.objects.select_for_update().get(pk=user.pk)
    account_deleting.send(sender=User, user=user)
    from allauth.usersessions.models import UserSession

    for session in UserSession.objects.filter(user=user):
        session.end()
    user_pk = user.pk
    user.delete()
    logger.info("account %s deleted", user_pk)


def inactivity_periods() -> tuple[timedelta, timedelta]:
    return (
        timedelta(days=settings.UNVERIFIED_ACCOUNT_INACTIVE_DAYS),
        timedelta(days=settings.UNVERIFIED_ACCOUNT_NOTICE_DAYS),
    )


def send_inactivity_warnings(*, now=None) -> int:
    """Warn unverified accounts unused for the configured period that they will be deleted.
    Each account is warned once (until it signs in again)."""
    now = now or timezone.now()
    inactive, notice = inactivity_periods()
    sent = 0
    for user in (
        selectors.accounts_to_warn(inactive_since=now - inactive)
        .select_related("profile")
        .iterator(chunk_size=200)
    ):
        claimed = User.objects.filter(pk=user.pk, inactivity_warning_sent_at__isnull=True).update(
            inactivity_warning_sent_at=now
        )
        if not claimed:
            continue
        try:
            sent += send_to_user(
                user=user,
                template="accounts/email/inactive_account_warning",
                context={
                    "deletion_date": now + notice,
                    "login_url": settings.SITE_URL + _localised_path(user, "account_login"),
                },
            )
        except Exception:
            User.objects.filter(pk=user.pk).update(inactivity_warning_sent_at=None)
            logger.exception("inactivity warning to user %s failed", user.pk)
    return sent


def delete_inactive_unverified_accounts(*, now=None) -> int:
    """Delete unverified accounts warned at least the notice period ago and unused since."""
    now = now or timezone.now()
    inactive, notice = inactivity_periods()
    ids = list(
        selectors.accounts_to_delete(
            inactive_since=now - inactive, warned_before=now - notice
        ).values_list("pk", flat=True)
    )
    deleted = 0
    for user in User.objects.filter(pk__in=ids):
        delete_account(user=user)
        deleted += 1
    return deleted
