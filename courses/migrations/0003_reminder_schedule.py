"""Create the reminders' default schedule; staff can change it in the admin afterwards.

Planning runs every hour: each run picks the recipients for whom it is now the local morning
hour (REMINDER_LOCAL_HOUR), so one hourly task serves every time zone. Resuming runs every
five minutes and picks up emails a stopped worker left behind or whose retry is due.
"""

from django.db import migrations

SCHEDULE = [
    {
        "name": "Reminders: plan the reminders and digests due now",
        "task": "courses.plan_due_reminders",
        "crontab": {"minute": "5", "hour": "*"},
        "description": "Hourly. Finds the reminders due where it is the local morning hour.",
    },
    {
        "name": "Reminders: resume unsent reminder emails",
        "task": "courses.resume_reminder_sending",
        "crontab": {"minute": "*/5", "hour": "*"},
        "description": "Every five minutes. Sends what a stopped worker left, and due retries.",
    },
]


def create_schedule(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    for entry in SCHEDULE:
        crontab, _ = CrontabSchedule.objects.get_or_create(
            minute=entry["crontab"]["minute"],
            hour=entry["crontab"]["hour"],
            day_of_week="*",
            day_of_month="*",
            month_of_year="*",
            timezone="UTC",
        )
        PeriodicTask.objects.get_or_create(
            name=entry["name"],
            defaults={
                "task": entry["task"],
                "crontab": crontab,
                "queue": "reminders",
                "description": entry["description"],
                "enabled": True,
            },
        )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(
        task__in=[entry["task"] for entry in SCHEDULE]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_reminders"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
