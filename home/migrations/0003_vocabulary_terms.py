from django.db import migrations

AUDIENCES = ["parents", "teachers", "young-people"]
TOPICS = ["grooming", "sexual-extortion", "self-generated-images", "live-streamed-abuse",
          "gaming-and-chat", "reporting"]
AGE_BANDS = ["8-10", "11-13", "14-17"]


def create_terms(apps, schema_editor):
    for model, slugs in (("AudienceTerm", AUDIENCES), ("TopicTerm", TOPICS),
                         ("AgeBandTerm", AGE_BANDS)):
        for slug in slugs:
            apps.get_model("home", model).objects.get_or_create(slug=slug)
    apps.get_model("home", "PublishedContentVersion").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("home", "0002_awareness_site_pages")]

    operations = [migrations.RunPython(create_terms, migrations.RunPython.noop)]
