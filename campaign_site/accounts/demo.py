"""Demo accounts for development. Never created where DEMO_ACCOUNTS_ENABLED is off."""

from django.conf import settings

from .models import User

DEMO_STAFF_EMAIL = "staff@example.org"
DEMO_STAFF_PASSWORD = "demo-staff-password"  # noqa: S105 - development only, printed by make run


def load(*, stdout):
    if not settings.DEMO_ACCOUNTS_ENABLED:
        return
    if not User.objects.filter(email=DEMO_STAFF_EMAIL).exists():
        User.objects.create_superuser(
            email=DEMO_STAFF_EMAIL,
            password=DEMO_STAFF_PASSWORD,
            first_name="Demo",
            last_name="Staff",
        )


def logins():
    return [f"Demo staff login: {DEMO_STAFF_EMAIL} / {DEMO_STAFF_PASSWORD}"]
