"""Create the reach ledger's periodic tasks; staff can change them in the admin afterwards."""

from django.db import migrations

SCHEDULES = [
    # (name, task, every seconds)
    ("Reach: move buffered visit counts into the rollups", "reach.flush_buffer", 60),
    ("Reach: roll up visits (yesterday, today, last month)", "reach.roll_up", 3600),
    ("Reach: purge expired visit events and daily salts", "reach.purge", 86400),
]


def create_schedules(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    for name, task, seconds in SCHEDULES:
        interval, _ = IntervalSchedule.objects.get_or_create(every=seconds, period="seconds")
        PeriodicTask.objects.get_or_create(
            name=name,
            defaults={"task": task, "interval": interval, "enabled": True, "queue": "reach"},
        )


def remove_schedules(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(
        task__in=[task for _name, task, _seconds in SCHEDULES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reach", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedules, remove_schedules)]
