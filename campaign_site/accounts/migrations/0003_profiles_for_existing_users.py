"""Every user has a profile; give one to users created before profiles existed."""

from django.conf import settings
from django.db import migrations


def create_profiles(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    Profile = apps.get_model("accounts", "Profile")
    missing = User.objects.filter(profile__isnull=True)
    Profile.objects.bulk_create(
        [Profile(user=user, preferred_language=settings.LANGUAGE_CODE) for user in missing],
        batch_size=500,
    )


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_organisations_profiles_verification")]

    operations = [migrations.RunPython(create_profiles, migrations.RunPython.noop)]
