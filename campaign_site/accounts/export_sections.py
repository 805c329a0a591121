"""The accounts app's own sections of a learner's data export."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession

from . import selectors
from .data_export import register_export_section


def export_account(user) -> dict:
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "is_staff": user.is_staff,
    }


def export_profile(user) -> dict | None:
    profile = selectors.profile_for(user)
    if profile is None:
        return None
    return {
        "professional_role": profile.professional_role,
        "organisation": profile.organisation.name if profile.organisation else None,
        "country": profile.country.code or None,
        "preferred_language": profile.preferred_language,
        "time_zone": profile.time_zone,
        "verification_status": profile.verification_status,
        "verification_requested_at": profile.verification_requested_at,
        "verified_at": profile.verified_at,
        "updated_at": profile.updated_at,
    }


def export_memberships(user) -> list[dict]:
    return [
        {
            "organisation": m.organisation.name,
            "country": m.organisation.country.code,
            "role": m.role,
            "since": m.created_at,
        }
        for m in selectors.memberships_of(user)
    ]


def export_verification_decisions(user) -> list[dict]:
    # Who decided is shown as a role, not as another person's address.
    return [
        {
            "method": d.method,
            "decided_at": d.decided_at,
            "organisation": d.organisation.name if d.organisation else None,
            "reason": d.reason,
            "decided_by": (
                "platform"
                if d.decided_by_id is None
                else "staff"
                if d.decided_by and d.decided_by.is_staff
                else "coordinator"
            ),
        }
        for d in selectors.decisions_for(user)
    ]


def export_email_addresses(user) -> list[dict]:
    return [
        {"email": a.email, "verified": a.verified, "primary": a.primary}
        for a in EmailAddress.objects.filter(user=user).order_by("-primary", "email")
    ]


def export_sessions(user) -> list[dict]:
    return [
        {
            "ip": s.ip,
            "user_agent": s.user_agent,
            "created_at": s.created_at,
            "last_seen_at": s.last_seen_at,
        }
        for s in UserSession.objects.filter(user=user).order_by("-last_seen_at")
    ]


def export_security(user) -> list[dict]:
    # Which second factors exist and when they were used; never their secrets.
    return [
        {"type": a.type, "created_at": a.created_at, "last_used_at": a.last_used_at}
        for a in Authenticator.objects.filter(user=user).order_by("created_at")
    ]


register_export_section("account", export_account)
register_export_section("profile", export_profile)
register_export_section("memberships", export_memberships)
register_export_section("verification_decisions", export_verification_decisions)
register_export_section("email_addresses", export_email_addresses)
register_export_section("sessions", export_sessions)
register_export_section("second_factors", export_security)
