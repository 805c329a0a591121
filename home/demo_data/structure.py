"""Language-neutral structure of the demo content: who each guide is for, its topics and links.

The words live in content_<language>.py; every key here has an entry in each of those files.
Every support service is an example: the site shows "example, verify before launch" for it.
"""

AUDIENCE_SLUGS = ["parents", "teachers", "young-people"]
TOPIC_SLUGS = [
    "grooming",
    "sexual-extortion",
    "self-generated-images",
    "live-streamed-abuse",
    "gaming-and-chat",
    "reporting",
]
AGE_BANDS = ["8-10", "11-13", "14-17"]
SERVICE_KINDS = ["hotline", "helpline", "police", "removal", "perpetrator-help"]

GUIDE_META = {
    "talking-with-your-child": {
        "audiences": ["parents"],
        "topics": ["grooming", "gaming-and-chat", "self-generated-images"],
        "age_bands": [],
        "featured": True,
        "related": ["recognising-grooming", "gaming-and-chat-safety", "how-to-report"],
    },
    "recognising-grooming": {
        "audiences": ["parents", "teachers"],
        "topics": ["grooming", "gaming-and-chat"],
        "age_bands": [],
        "featured": False,
        "related": [
            "talking-with-your-child",
            "a-friend-online-is-asking-for-secrets",
            "how-to-report",
        ],
    },
    "if-your-child-is-being-sexually-extorted": {
        "audiences": ["parents"],
        "topics": ["sexual-extortion", "self-generated-images", "reporting"],
        "age_bands": [],
        "featured": True,
        "related": [
            "someone-is-threatening-to-share-my-images",
            "i-shared-an-image-and-regret-it",
            "how-to-report",
        ],
    },
    "gaming-and-chat-safety": {
        "audiences": ["parents"],
        "topics": ["gaming-and-chat", "grooming"],
        "age_bands": [],
        "featured": False,
        "related": [
            "recognising-grooming",
            "talking-with-your-child",
            "a-friend-online-is-asking-for-secrets",
        ],
    },
    "live-streamed-abuse-awareness": {
        "audiences": ["parents", "teachers"],
        "topics": ["live-streamed-abuse", "reporting"],
        "age_bands": [],
        "featured": False,
        "related": ["recognising-grooming", "how-to-report", "gaming-and-chat-safety"],
    },
    "someone-is-threatening-to-share-my-images": {
        "audiences": ["young-people"],
        "topics": ["sexual-extortion", "self-generated-images", "reporting"],
        "age_bands": ["14-17"],
        "featured": True,
        "related": [
            "i-shared-an-image-and-regret-it",
            "how-to-report",
            "if-your-child-is-being-sexually-extorted",
        ],
    },
    "a-friend-online-is-asking-for-secrets": {
        "audiences": ["young-people"],
        "topics": ["grooming", "gaming-and-chat"],
        "age_bands": ["8-10", "11-13"],
        "featured": True,
        "related": ["how-to-report", "recognising-grooming", "gaming-and-chat-safety"],
    },
    "i-shared-an-image-and-regret-it": {
        "audiences": ["young-people"],
        "topics": ["self-generated-images", "reporting"],
        "age_bands": ["11-13", "14-17"],
        "featured": False,
        "related": [
            "someone-is-threatening-to-share-my-images",
            "how-to-report",
            "talking-with-your-child",
        ],
    },
    "how-to-report": {
        "audiences": ["parents", "teachers", "young-people"],
        "topics": ["reporting"],
        "age_bands": ["8-10", "11-13", "14-17"],
        "featured": True,
        "related": [
            "if-your-child-is-being-sexually-extorted",
            "someone-is-threatening-to-share-my-images",
            "live-streamed-abuse-awareness",
        ],
    },
    "when-a-pupil-tells-you": {
        "audiences": ["teachers"],
        "topics": ["reporting", "grooming", "sexual-extortion"],
        "age_bands": [],
        "featured": False,
        "related": ["recognising-grooming", "how-to-report", "live-streamed-abuse-awareness"],
    },
}

RESOURCE_META = {
    "lesson-trusted-adults-8-10": {"audience": "teachers"},
    "lesson-pressure-and-sextortion-14-17": {"audience": "teachers"},
}


def _service(country, kind, url, languages, *, anonymous, phone=""):
    return {
        "country": country,
        "kind": kind,
        "url": url,
        "phone": phone,
        "languages": languages,
        "anonymous": anonymous,
        "last_verified": "2026-11-01",
        "example": True,
    }


# Country "" marks the global fallbacks shown where a country has no services of its own.
SERVICE_META = {
    "gb-iwf": _service("GB", "hotline", "https://www.iwf.org.uk/", ["en"], anonymous=True),
    "gb-childline": _service(
        "GB", "helpline", "https://www.childline.org.uk/", ["en"], anonymous=True, phone="0800 1111"
    ),
    "gb-report-remove": _service(
        "GB", "removal", "https://www.childline.org.uk/", ["en"], anonymous=False
    ),
    "gb-ceop": _service("GB", "police", "https://www.ceop.police.uk/", ["en"], anonymous=False),
    "gb-stop-it-now": _service(
        "GB", "perpetrator-help", "https://www.stopitnow.org.uk/", ["en"], anonymous=True
    ),
    "us-cybertipline": _service(
        "US", "hotline", "https://report.cybertip.org/", ["en"], anonymous=False
    ),
    "us-stop-it-now": _service(
        "US", "perpetrator-help", "https://www.stopitnow.org/", ["en"], anonymous=True
    ),
    "br-safernet": _service(
        "BR", "hotline", "https://www.safernet.org.br/", ["pt-BR"], anonymous=True
    ),
    "fr-point-de-contact": _service(
        "FR", "hotline", "https://www.pointdecontact.net/", ["fr"], anonymous=True
    ),
    "fr-3018": _service(
        "FR", "helpline", "https://e-enfance.org/", ["fr"], anonymous=True, phone="3018"
    ),
    "fr-pharos": _service(
        "FR", "police", "https://www.internet-signalement.gouv.fr/", ["fr"], anonymous=False
    ),
    "es-anar": _service("ES", "helpline", "https://www.anar.org/", ["es"], anonymous=False),
    "es-incibe-017": _service(
        "ES", "helpline", "https://www.incibe.es/", ["es"], anonymous=False, phone="017"
    ),
    "jo-child-helplines": _service(
        "JO", "helpline", "https://childhelplineinternational.org/", ["en"], anonymous=False
    ),
    "jo-hotlines": _service("JO", "hotline", "https://www.inhope.org/", ["en"], anonymous=False),
    "take-it-down": _service(
        "", "removal", "https://takeitdown.ncmec.org/", ["en"], anonymous=True
    ),
    "inhope-directory": _service("", "hotline", "https://www.inhope.org/", ["en"], anonymous=False),
    "chi-directory": _service(
        "", "helpline", "https://childhelplineinternational.org/", ["en"], anonymous=False
    ),
    "stop-it-now-global": _service(
        "", "perpetrator-help", "https://www.stopitnow.org/", ["en"], anonymous=True
    ),
}
