"""Demo reach records: campaigns, short links, outreach activities and targets of this year.

Visits are not invented: they are counted as people (and the browser tests) open pages.
Every record says it is an example.
"""

from datetime import date, timedelta

from django.utils import timezone

from .models import Campaign, OutreachActivity, Target, TrackedLink

EXAMPLE = "Example record for the demo site."


def load(*, stdout):
    today = timezone.localdate()
    year_start, year_end = date(today.year, 1, 1), date(today.year, 12, 31)
    holidays, _ = Campaign.objects.get_or_create(
        slug="safer-holidays",
        defaults={
            "name": "Safer holidays (example)",
            "starts_on": year_start,
            "ends_on": year_start + timedelta(days=45),
            "notes": EXAMPLE,
        },
    )
    schools, _ = Campaign.objects.get_or_create(
        slug="back-to-school",
        defaults={
            "name": "Back to school (example)",
            "starts_on": today - timedelta(days=20),
            "notes": EXAMPLE,
        },
    )
    TrackedLink.objects.get_or_create(
        code="school-poster",
        defaults={
            "label": "Corridor poster in secondary schools (example)",
            "target_url": "https://www.iwf.org.uk/",
            "campaign": schools,
            "locale": "en",
        },
    )
    activities = [
        (
            today - timedelta(days=30),
            "school-talk",
            "Online safety talk, year 8 (example)",
            "KE",
            "en",
            {"participants_teachers": 3, "participants_young_people": 92},
        ),
        (
            today - timedelta(days=18),
            "workshop",
            "Parents' evening on grooming (example)",
            "BR",
            "pt-br",
            {"participants_parents": 41, "participants_others": 2},
        ),
        (
            today - timedelta(days=9),
            "training",
            "Safeguarding leads training (example)",
            "AL",
            "sq",
            {"participants_teachers": 26, "participants_professionals": 4},
        ),
        (
            today - timedelta(days=3),
            "media",
            "Radio phone-in on sexual extortion (example)",
            "MA",
            "ar",
            {"participants_others": 350},
        ),
    ]
    for day, kind, title, country, language, counts in activities:
        OutreachActivity.objects.get_or_create(
            title=title,
            defaults={
                "date": day,
                "kind": kind,
                "country": country,
                "language": language,
                "campaign": schools if kind != "media" else holidays,
                "notes": EXAMPLE,
                **counts,
            },
        )
    targets = [
        ("visitor-days", 50_000, "", ""),
        ("outreach-participants", 2_000, "", ""),
        ("outreach-participants", 500, "KE", "young-people"),
        ("learners-certified", 300, "", ""),
        ("learners-certified", 100, "", "judge"),
    ]
    for indicator, value, country, audience in targets:
        Target.objects.get_or_create(
            indicator=indicator,
            country=country,
            audience=audience,
            starts_on=year_start,
            ends_on=year_end,
            defaults={"value": value, "notes": EXAMPLE},
        )
