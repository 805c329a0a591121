"""The "Campaign staff" group, and the periodic count of quiz attempts for the dashboards.

The group may use the admin, see every dashboard and keep the reach records (outreach
activities, targets, campaigns, short links); staff can change it in the admin afterwards.
"""

from django.db import migrations

GROUP_NAME = "Campaign staff"
GROUP_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("dashboards", "view_reach_dashboards"),
    *[
        ("reach", f"{action}_{model}")
        for model in ("outreachactivity", "target", "campaign", "trackedlink")
        for action in ("add", "change", "delete", "view")
    ],
]
SCHEDULE_NAME = "Dashboards: count new quiz attempts into the monthly statistics"
SCHEDULE_TASK = "dashboards.tally_quiz_attempts"
SCHEDULE_SECONDS = 600


def create_group_and_schedule(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after every migration has run; this one needs them now.
    for label in ("dashboards", "reach"):
        config = apps.get_app_config(label)
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    for app_label, codename in GROUP_PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            group.permissions.add(permission)

    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    interval, _ = IntervalSchedule.objects.get_or_create(every=SCHEDULE_SECONDS, period="seconds")
    PeriodicTask.objects.get_or_create(
        name=SCHEDULE_NAME,
        defaults={"task": SCHEDULE_TASK, "interval": interval, "enabled": True, "queue": "default"},
    )


def remove_group_and_schedule(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(
        task=SCHEDULE_TASK
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("dashboards", "0001_initial"),
        ("reach", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group_and_schedule, remove_group_and_schedule)]
