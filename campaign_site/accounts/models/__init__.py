"""Accounts: users, organisations, memberships, profiles and verification decisions."""

from .organisations import (
    Membership,
    MembershipRole,
    Organisation,
    OrganisationEmailDomain,
    OrganisationKind,
)
from .profiles import ProfessionalRole, Profile, VerificationStatus
from .users import User
from .verification import VerificationDecision, VerificationMethod

__all__ = [
    "Membership",
    "MembershipRole",
    "Organisation",
    "OrganisationEmailDomain",
    "OrganisationKind",
    "ProfessionalRole",
    "Profile",
    "User",
    "VerificationDecision",
    "VerificationMethod",
    "VerificationStatus",
]
