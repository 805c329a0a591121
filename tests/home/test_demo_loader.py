from io import StringIO

import pytest
from wagtail.models import Page

from home.demo import load
from home.models import GuidePage, HelpPage, ResourcePage, SupportService

from .conftest import fixture_data


def test_loader_builds_every_page_type_in_each_language(guidance):
    for code in ("en", "fr", "ar"):
        assert GuidePage.objects.live().filter(locale__language_code=code).count() == 3
        assert HelpPage.objects.live().filter(locale__language_code=code).count() == 1
    french = GuidePage.objects.get(locale__language_code="fr", slug="talking")
    english = GuidePage.objects.get(locale__language_code="en", slug="talking")
    assert french.translation_key == english.translation_key
    assert french.title == "FR Talking with your child"
    assert sorted(french.audience_slugs()) == ["parents"]


def test_loader_is_idempotent(guidance, settings):
    counts = (Page.objects.count(), SupportService.objects.count())
    revisions = {page.pk: page.latest_revision_id for page in Page.objects.all()}
    out = StringIO()
    load(stdout=out, data=fixture_data())
    assert (Page.objects.count(), SupportService.objects.count()) == counts
    assert {page.pk: page.latest_revision_id for page in Page.objects.all()} == revisions
    assert "0 created, 0 updated" in out.getvalue()


def test_related_guides_point_to_the_same_language(guidance):
    french = GuidePage.objects.get(locale__language_code="fr", slug="extortion")
    related = [block for block in french.body if block.block_type == "related_guides"][0]
    assert {guide.locale.language_code for guide in related.value["guides"]} == {"fr"}
    assert [guide.slug for guide in related.value["guides"]] == ["report", "talking"]


def test_an_alias_becomes_a_translation_when_its_words_arrive(guidance, settings):
    from home.demo_guidance import DemoData

    # Spanish first appears as aliases of the English pages (the locale synchronisation).
    english = GuidePage.objects.get(locale__language_code="en", slug="talking")
    home_es = (
        english.get_parent()
        .get_parent()
        .get_translation(english.locale.__class__.objects.get(language_code="es"))
    )
    index_alias = english.get_parent().create_alias(
        parent=home_es, update_locale=home_es.locale, reset_translation_key=False
    )
    english.create_alias(
        parent=index_alias, update_locale=home_es.locale, reset_translation_key=False
    )
    data = fixture_data(languages=("en", "fr", "ar", "es"))
    load(stdout=StringIO(), data=DemoData(structure=data.structure, content=data.content))
    spanish = GuidePage.objects.get(locale__language_code="es", slug="talking")
    assert spanish.alias_of_id is None
    assert spanish.title == "ES Talking with your child"
    assert spanish.live


def test_lesson_outline_is_a_pdf_in_the_page_language(guidance):
    for code in ("en", "ar"):
        resource = ResourcePage.objects.get(locale__language_code=code)
        document = resource.lesson_outline
        assert document.file_extension == "pdf"
        with document.file.open("rb") as handle:
            assert handle.read(5) == b"%PDF-"
    assert (
        ResourcePage.objects.get(locale__language_code="en").lesson_outline_id
        != ResourcePage.objects.get(locale__language_code="ar").lesson_outline_id
    )


def test_services_are_translated_and_marked_as_examples(guidance):
    english = SupportService.objects.get(locale__language_code="en", country="GB")
    arabic = english.get_translation(english.locale.__class__.objects.get(language_code="ar"))
    assert arabic.name == "AR UK hotline"
    assert arabic.url == english.url and arabic.is_example and english.is_example
    assert english.phone == "0800 1111"


@pytest.mark.django_db
def test_loader_rejects_a_service_with_an_insecure_address(settings, tmp_path):
    from django.core.exceptions import ValidationError

    settings.MEDIA_ROOT = tmp_path
    data = fixture_data(languages=("en",))
    data.structure.SERVICE_META = {**data.structure.SERVICE_META}
    data.structure.SERVICE_META["gb-hotline"] = {
        **data.structure.SERVICE_META["gb-hotline"],
        "url": "http://hotline.example.org/",
    }
    try:
        with pytest.raises(ValidationError):
            load(stdout=StringIO(), data=data)
    finally:
        data.structure.SERVICE_META["gb-hotline"]["url"] = "https://hotline.example.org/"


def test_demo_staff_member_becomes_the_editor_responsible_for_reviews(guidance):
    from django.contrib.auth import get_user_model

    from campaign_site.accounts.demo import DEMO_STAFF_EMAIL
    from home import demo_reviews

    out = StringIO()
    demo_reviews.load(stdout=out)  # nobody to assign yet: nothing happens
    assert not GuidePage.objects.exclude(review_owner=None).exists()
    staff = get_user_model().objects.create_user(email=DEMO_STAFF_EMAIL, password="x" * 16)
    demo_reviews.load(stdout=out)
    assert set(GuidePage.objects.values_list("review_owner", flat=True)) == {staff.pk}
    demo_reviews.load(stdout=out)  # safe to run twice
    assert out.getvalue().count("reviews") == 1
