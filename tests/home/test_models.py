from datetime import date

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail_localize.fields import get_translatable_fields

from home import taxonomy
from home.models import (
    AgeBandPage,
    AgeBandTerm,
    AudiencePage,
    AudienceTerm,
    GuidePage,
    HelpPage,
    HomePage,
    ResourcePage,
    SupportService,
    TopicPage,
    TopicTerm,
)

PAGE_TYPES = [m for m in apps.get_app_config("home").get_models() if issubclass(m, Page)]


def test_every_page_type_and_snippet_states_what_is_translated():
    for model in [*PAGE_TYPES, SupportService]:
        assert "translatable_fields" in model.__dict__, model
        names = {field.field_name for field in get_translatable_fields(model)}
        assert "title" in names or model is SupportService


def test_every_page_type_locks_its_place_in_the_tree():
    for model in PAGE_TYPES:
        assert "parent_page_types" in model.__dict__ and "subpage_types" in model.__dict__, model
    assert AgeBandPage.allowed_parent_page_models() == [AudiencePage]
    assert GuidePage.allowed_subpage_models() == []


def test_age_bands_only_under_young_people_and_resources_only_under_teachers(pages):
    young, teachers = pages[("en", "young-people")], pages[("en", "teachers")]
    assert AgeBandPage.can_create_at(young) and not AgeBandPage.can_create_at(teachers)
    assert ResourcePage.can_create_at(teachers) and not ResourcePage.can_create_at(young)


def test_vocabulary_rows_match_the_taxonomy(db):
    assert sorted(AudienceTerm.objects.values_list("slug", flat=True)) == sorted(
        taxonomy.AUDIENCE_SLUGS
    )
    assert sorted(TopicTerm.objects.values_list("slug", flat=True)) == sorted(taxonomy.TOPIC_SLUGS)
    assert sorted(AgeBandTerm.objects.values_list("slug", flat=True)) == sorted(
        taxonomy.AGE_BAND_SLUGS
    )


def test_reach_dimensions_of_every_page_type(pages):
    assert pages[("en", "home")].reach_dimensions() == {
        "audience": "",
        "topic": "",
        "coarse": False,
    }
    assert pages[("en", "parents")].reach_dimensions()["audience"] == "parents"
    assert pages[("en", "11-13")].reach_dimensions()["audience"] == "young-people"
    assert pages[("en", "lesson")].reach_dimensions()["audience"] == "teachers"
    assert pages[("en", "talking")].reach_dimensions() == {
        "audience": "parents",
        "topic": "grooming",
        "coarse": False,
    }
    # a guide for several audiences cannot tell which one the visitor is
    assert pages[("en", "extortion")].reach_dimensions() == {
        "audience": "",
        "topic": "sexual-extortion",
        "coarse": False,
    }
    assert pages[("en", "report")].reach_dimensions()["coarse"] is True
    assert pages[("en", "grooming")].reach_dimensions()["topic"] == "grooming"
    assert pages[("en", "help")].reach_dimensions() == {
        "audience": "",
        "topic": "reporting",
        "coarse": True,
    }
    for page in pages.values():
        if type(page) not in PAGE_TYPES:
            continue
        dims = page.reach_dimensions()
        assert dims["audience"] in ("", *taxonomy.AUDIENCE_SLUGS)
        assert dims["topic"] in ("", *taxonomy.TOPIC_SLUGS)


def test_reach_dimensions_drop_unknown_slugs():
    assert taxonomy.reach_dimensions(audience="robots", topic="<x>") == {
        "audience": "",
        "topic": "",
        "coarse": False,
    }


def test_review_cannot_be_due_before_the_last_review(pages):
    guide = pages[("en", "talking")]
    guide.last_reviewed, guide.review_due = date(2026, 5, 1), date(2026, 4, 1)
    with pytest.raises(ValidationError) as error:
        guide.full_clean()
    assert "review_due" in error.value.message_dict


def test_one_audience_page_per_audience_and_language(pages):
    duplicate = AudiencePage(
        title="Parents again",
        slug="parents-again",
        audience="parents",
        locale=pages[("en", "parents")].locale,
    )
    with pytest.raises(ValidationError):
        pages[("en", "home")].add_child(instance=duplicate)


def test_one_topic_page_per_topic_and_language(pages):
    duplicate = TopicPage(
        title="Grooming again",
        slug="grooming-2",
        topic="grooming",
        locale=pages[("en", "grooming")].locale,
    )
    with pytest.raises(ValidationError):
        pages[("en", "topics")].add_child(instance=duplicate)


def test_home_and_help_pages_are_unique_per_language():
    assert HomePage.max_count_per_parent == 1 and HelpPage.max_count_per_parent == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("url", "http://insecure.example.org/", "https"),
        ("url", "javascript:alert(1)", "URL"),
        ("phone", "call us!", "phone"),
        ("phone", "1" * 40, "30"),
        ("languages", "en, klingon", "klingon"),
        ("name", "", "blank"),
        ("name", "n" * 151, "150"),
    ],
)
def test_support_service_rejects_bad_input(guidance, field, value, message):
    service = SupportService.objects.filter(locale__language_code="en").first()
    setattr(service, field, value)
    with pytest.raises(ValidationError) as error:
        service.full_clean()
    assert field in error.value.message_dict
    assert message.lower() in str(error.value.message_dict[field]).lower()


def test_support_service_normalises_language_codes(guidance):
    service = SupportService.objects.filter(locale__language_code="en").first()
    service.languages = "en,  pt-BR fr,en"
    service.full_clean()
    assert service.languages == "en, pt-BR, fr"
    assert service.language_codes == ["en", "pt-BR", "fr"]
