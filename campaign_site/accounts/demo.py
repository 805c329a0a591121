"""Demo accounts for development. Never created where DEMO_ACCOUNTS_ENABLED is off.

Staff and coordinators have two-factor authentication with one fixed authenticator secret
(DEMO_TOTP_SECRET), so a developer can add it to any authenticator app once, or print the
current code with `make demo-code`. Browser tests compute codes with `totp_code()`.
"""

import time
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.conf import settings
from django.db import transaction

from . import services
from .models import (
    Membership,
    MembershipRole,
    Organisation,
    OrganisationEmailDomain,
    ProfessionalRole,
    User,
)

DEMO_STAFF_EMAIL = "staff@example.org"
DEMO_STAFF_PASSWORD = "demo-staff-password"  # noqa: S105 - development only, printed by make run
DEMO_COORDINATOR_PASSWORD = "demo-coordinator-password"  # noqa: S105 - development only
DEMO_LEARNER_PASSWORD = "demo-learner-password"  # noqa: S105 - development only
# Base32 authenticator secret shared by demo staff and coordinators (development only).
DEMO_TOTP_SECRET = "DEMOCAMPAIGNTOTPSECRETKEYS234567"  # noqa: S105
TOTP_PERIOD = 30


@dataclass(frozen=True)
class DemoOrganisation:
    key: str
    name: str
    country: str
    kind: str
    domain: str
    language: str
    time_zone: str
    learner_role: str


# Fictional bodies on reserved .example domains; nothing here names a real institution.
DEMO_ORGANISATIONS = [
    DemoOrganisation(
        "fr-police",
        "Demo National Police",
        "FR",
        "police",
        "police.demo-fr.example",
        "fr",
        "Europe/Paris",
        ProfessionalRole.POLICE,
    ),
    DemoOrganisation(
        "br-prosecution",
        "Demo Public Prosecution Service",
        "BR",
        "prosecution",
        "mp.demo-br.example",
        "pt-br",
        "America/Sao_Paulo",
        ProfessionalRole.PROSECUTOR,
    ),
    DemoOrganisation(
        "jo-judiciary",
        "Demo Judicial Council",
        "JO",
        "judiciary",
        "courts.demo-jo.example",
        "ar",
        "Asia/Amman",
        ProfessionalRole.JUDGE,
    ),
    DemoOrganisation(
        "al-police",
        "Demo State Police",
        "AL",
        "police",
        "police.demo-al.example",
        "sq",
        "Europe/Tirane",
        ProfessionalRole.POLICE,
    ),
    DemoOrganisation(
        "vn-prosecution",
        "Demo People's Procuracy",
        "VN",
        "prosecution",
        "procuracy.demo-vn.example",
        "vi",
        "Asia/Ho_Chi_Minh",
        ProfessionalRole.PROSECUTOR,
    ),
    DemoOrganisation(
        "ke-judiciary",
        "Demo High Court",
        "KE",
        "judiciary",
        "courts.demo-ke.example",
        "en",
        "Africa/Nairobi",
        ProfessionalRole.JUDGE,
    ),
]


def coordinator_email(org: DemoOrganisation) -> str:
    return f"coordinator@{org.domain}"


def verified_learner_email(org: DemoOrganisation) -> str:
    return f"learner@{org.domain}"


def pending_learner_email(org: DemoOrganisation) -> str:
    # A personal address: only the coordinator can vouch for this learner.
    return f"pending.{org.key}@example.org"


def totp_code(secret: str = DEMO_TOTP_SECRET, at: float | None = None) -> str:
    """The six-digit code an authenticator app shows for `secret` at time `at` (now)."""
    counter = int(time.time() if at is None else at) // TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, counter))


_codes_handed_out: set[tuple[str, int]] = set()


def next_unused_totp_code(secret: str = DEMO_TOTP_SECRET) -> str:
    """A code for `secret` not handed out before by this process: allauth accepts each code
    once, so a second sign-in within the same 30 seconds waits for the next period."""
    while True:
        counter = int(time.time()) // TOTP_PERIOD
        if (secret, counter) not in _codes_handed_out:
            _codes_handed_out.add((secret, counter))
            return format_hotp_value(hotp_value(secret, counter))
        time.sleep(TOTP_PERIOD - time.time() % TOTP_PERIOD + 0.2)


def _account(email, password, *, first_name, last_name, is_staff=False, is_superuser=False):
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            email=email,
            password=password,
            first_name=first_name,
            last_name=last_name,
            is_staff=is_staff,
            is_superuser=is_superuser,
        )
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def _with_totp(user):
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, DEMO_TOTP_SECRET)
        RecoveryCodes.activate(user)


def _organisation(org: DemoOrganisation) -> Organisation:
    organisation, _ = Organisation.objects.get_or_create(
        name=org.name, country=org.country, defaults={"kind": org.kind}
    )
    OrganisationEmailDomain.objects.get_or_create(
        domain=org.domain, defaults={"organisation": organisation}
    )
    return organisation


def _profile(user, org: DemoOrganisation, organisation, role):
    profile = services.ensure_profile(user=user)
    if profile.organisation_id == organisation.pk and profile.professional_role:
        return
    services.update_profile(
        user=user,
        professional_role=role,
        organisation=organisation,
        country=org.country,
        preferred_language=org.language,
        time_zone=org.time_zone,
        notify=False,
    )


def load(*, stdout):
    if not settings.DEMO_ACCOUNTS_ENABLED:
        return
    with transaction.atomic():
        staff = _account(
            DEMO_STAFF_EMAIL,
            DEMO_STAFF_PASSWORD,
            first_name="Demo",
            last_name="Staff",
            is_staff=True,
            is_superuser=True,
        )
        _with_totp(staff)
        for org in DEMO_ORGANISATIONS:
            organisation = _organisation(org)
            coordinator = _account(
                coordinator_email(org),
                DEMO_COORDINATOR_PASSWORD,
                first_name="Coordinator",
                last_name=org.name,
            )
            Membership.objects.update_or_create(
                user=coordinator,
                organisation=organisation,
                defaults={"role": MembershipRole.COORDINATOR},
            )
            _profile(coordinator, org, organisation, ProfessionalRole.JUSTICE_OTHER)
            _with_totp(coordinator)
            # The confirmed address on the organisation's domain verifies this learner.
            learner = _account(
                verified_learner_email(org),
                DEMO_LEARNER_PASSWORD,
                first_name="Verified",
                last_name="Learner",
            )
            _profile(learner, org, organisation, org.learner_role)
            # No organisation address: waits for the coordinator.
            pending = _account(
                pending_learner_email(org),
                DEMO_LEARNER_PASSWORD,
                first_name="Pending",
                last_name="Learner",
            )
            _profile(pending, org, organisation, org.learner_role)
    stdout.write(
        f"Demo accounts: {User.objects.count()} users, "
        f"{Organisation.objects.count()} organisations."
    )


def logins():
    coordinators = ", ".join(coordinator_email(org) for org in DEMO_ORGANISATIONS)
    verified = ", ".join(verified_learner_email(org) for org in DEMO_ORGANISATIONS)
    pending = ", ".join(pending_learner_email(org) for org in DEMO_ORGANISATIONS)
    return [
        f"Demo staff login: {DEMO_STAFF_EMAIL} / {DEMO_STAFF_PASSWORD} (superuser, /admin/)",
        f"Demo coordinators ({DEMO_COORDINATOR_PASSWORD}): {coordinators}",
        f"Demo verified learners ({DEMO_LEARNER_PASSWORD}): {verified}",
        f"Demo learners waiting for approval ({DEMO_LEARNER_PASSWORD}): {pending}",
        f"Two-factor code for staff and coordinators: authenticator secret {DEMO_TOTP_SECRET} "
        f"(add it to any authenticator app), or run `make demo-code`; now: {totp_code()}",
    ]
