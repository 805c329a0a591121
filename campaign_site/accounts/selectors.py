"""Reads about accounts, profiles, organisations and verification. No writes here."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Max, Q, QuerySet
from django.db.models.functions import Coalesce, Greatest

from .models import (
    Membership,
    MembershipRole,
    Organisation,
    OrganisationEmailDomain,
    Profile,
    User,
    VerificationDecision,
    VerificationStatus,
)


def profile_for(user) -> Profile | None:
    """The user's profile (every saved user has one), or None for anonymous visitors."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.profile
    except Profile.DoesNotExist:
        return None


def is_verified(user) -> bool:
    """True when the user may see restricted training material."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    profile = profile_for(user)
    return profile is not None and profile.verification_status == VerificationStatus.VERIFIED


def coordinated_organisations(user) -> QuerySet[Organisation]:
    """Organisations in which the user is a coordinator."""
    if user is None or not getattr(user, "is_authenticated", False):
        return Organisation.objects.none()
    return Organisation.objects.filter(
        memberships__user=user, memberships__role=MembershipRole.COORDINATOR
    ).distinct()


def is_coordinator(user) -> bool:
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    return Membership.objects.filter(user=user, role=MembershipRole.COORDINATOR).exists()


def needs_mfa(user) -> bool:
    """Staff and coordinators must use a second factor before the admin and reports."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    return user.is_staff or user.is_superuser or is_coordinator(user)


def has_mfa(user) -> bool:
    """True when the user has a second factor (an authenticator app or a security key)."""
    from allauth.mfa.models import Authenticator

    if user is None or not getattr(user, "is_authenticated", False):
        return False
    return Authenticator.objects.filter(
        user=user, type__in=[Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]
    ).exists()


def can_decide_for(*, decided_by, learner_profile: Profile) -> bool:
    """Staff decide for anyone; a coordinator only for learners of their organisations."""
    if decided_by is None or not decided_by.is_active:
        return False
    if decided_by.is_staff or decided_by.is_superuser:
        return True
    if learner_profile.organisation_id is None or decided_by.pk == learner_profile.user_id:
        return False
    return Membership.objects.filter(
        user=decided_by,
        organisation_id=learner_profile.organisation_id,
        role=MembershipRole.COORDINATOR,
    ).exists()


def pending_learners(*, organisations=None) -> QuerySet[Profile]:
    """Profiles waiting for a decision, oldest request first; optionally for some
    organisations only (a queryset or list of Organisation)."""
    profiles = Profile.objects.filter(
        verification_status=VerificationStatus.PENDING, user__is_active=True
    ).select_related("user", "organisation")
    if organisations is not None:
        profiles = profiles.filter(organisation__in=organisations)
    return profiles.order_by("verification_requested_at", "pk")


def pending_learners_for_coordinator(user) -> QuerySet[Profile]:
    return pending_learners(organisations=coordinated_organisations(user))


def organisation_for_email(email: str) -> Organisation | None:
    """The organisation whose verified domain the address is on, if any."""
    domain = (email or "").rpartition("@")[2].strip().lower()
    if not domain:
        return None
    match = OrganisationEmailDomain.objects.select_related("organisation").filter(domain=domain)
    found = match.first()
    return found.organisation if found else None


def decisions_for(user) -> QuerySet[VerificationDecision]:
    return VerificationDecision.objects.filter(user=user).select_related(
        "organisation", "decided_by"
    )


def latest_decision(user) -> VerificationDecision | None:
    return decisions_for(user).first()


def memberships_of(user) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user).select_related("organisation")


def organisations_for_choice() -> QuerySet[Organisation]:
    return Organisation.objects.all().order_by("country", "name")


def _unverified_accounts() -> QuerySet[User]:
    """Accounts the clean-up may remove: active learners nobody has verified, never staff
    and never coordinators."""
    return (
        User.objects.filter(is_staff=False, is_superuser=False)
        .exclude(profile__verification_status=VerificationStatus.VERIFIED)
        .exclude(memberships__role=MembershipRole.COORDINATOR)
        .annotate(
            last_activity=Greatest(
                Coalesce("last_login", "date_joined"),
                Coalesce(Max("usersession__last_seen_at"), "date_joined"),
            )
        )
    )


def accounts_to_warn(*, inactive_since: datetime) -> QuerySet[User]:
    """Unverified accounts with no activity since `inactive_since`, not yet warned."""
    return _unverified_accounts().filter(
        last_activity__lt=inactive_since, inactivity_warning_sent_at__isnull=True
    )


def accounts_to_delete(*, inactive_since: datetime, warned_before: datetime) -> QuerySet[User]:
    """Warned before `warned_before` and still inactive since the warning."""
    return _unverified_accounts().filter(
        Q(last_activity__lt=inactive_since)
        & Q(inactivity_warning_sent_at__lt=warned_before)
        & Q(last_activity__lt=Coalesce("inactivity_warning_sent_at", "date_joined"))
    )
