"""Guidance blocks render accessible HTML through their own templates and validate input."""

import pytest
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.rich_text import expand_db_html

from home import blocks
from home.rich_text import expand_many


def test_every_block_has_a_template_icon_and_description():
    for name, block in blocks.GuidanceStreamBlock().child_blocks.items():
        assert block.meta.template.startswith("home/blocks/"), name
        assert block.meta.icon and block.meta.icon != "placeholder", name
        assert block.meta.description, name


def test_faq_uses_native_disclosure_widgets():
    block = blocks.FAQBlock()
    value = block.to_python(
        {
            "title": "Questions",
            "items": [{"question": "Is it my fault?", "answer": "<p>No, never.</p>"}],
        }
    )
    html = block.render(value)
    assert "<details" in html and "<summary>Is it my fault?</summary>" in html
    assert "<p>No, never.</p>" in html


def test_steps_are_an_ordered_list_with_a_heading():
    block = blocks.StepsBlock()
    html = block.render(
        block.to_python({"title": "What to do now", "steps": ["Stop replying.", "Keep evidence."]})
    )
    assert "<h2" in html and html.count("<li>") == 2 and "<ol>" in html


def test_help_callout_links_to_the_help_directory_when_there_is_one():
    block = blocks.CalloutBlock()
    value = block.to_python({"kind": "help", "title": "Not alone", "text": "Line one\nLine two"})
    assert "Line one<br>Line two" in block.render(value)


def test_image_needs_alternative_text():
    block = blocks.ImageBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": None, "alt_text": "  ", "caption": ""}))
    assert "image" in error.value.block_errors or "alt_text" in error.value.block_errors


@pytest.mark.django_db
def test_video_needs_a_transcript_and_exactly_one_source(tmp_path, settings):
    from django.core.files.base import ContentFile

    settings.MEDIA_ROOT = tmp_path
    document = get_document_model()(title="Clip")
    document.file.save("clip.mp4", ContentFile(b"\x00\x00"), save=True)
    block = blocks.VideoBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(
            block.to_python(
                {
                    "title": "Clip",
                    "video": document.pk,
                    "external_url": "https://video.example.org/1",
                    "transcript": "<p>Words.</p>",
                }
            )
        )
    assert "video" in error.value.block_errors
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"title": "Clip", "video": document.pk, "transcript": ""}))
    assert "transcript" in error.value.block_errors
    value = block.clean(
        block.to_python({"title": "Clip", "video": document.pk, "transcript": "<p>Words.</p>"})
    )
    html = block.render(value)
    assert '<video controls preload="none"' in html and "<details" in html


@pytest.mark.django_db
def test_video_file_must_be_a_video(tmp_path, settings):
    from django.core.files.base import ContentFile

    settings.MEDIA_ROOT = tmp_path
    document = get_document_model()(title="Not a video")
    document.file.save("notes.exe", ContentFile(b"MZ"), save=True)
    block = blocks.VideoBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"title": "x", "video": document.pk, "transcript": "<p>t</p>"}))


def test_external_video_is_a_link_never_an_iframe():
    block = blocks.VideoBlock()
    value = block.to_python(
        {
            "title": "Talk",
            "external_url": "https://video.example.org/1",
            "transcript": "<p>Words.</p>",
        }
    )
    html = block.render(value)
    assert "<iframe" not in html and 'href="https://video.example.org/1"' in html


@pytest.mark.django_db
def test_batched_rich_text_matches_wagtail_expansion(guidance, pages):
    guide = pages[("en", "report")]
    sources = [
        f'<p>A <a linktype="page" id="{guide.pk}">guide</a></p>',
        "<p>Plain</p>",
        "",
        '<p>Missing <a linktype="page" id="999999">page</a></p>',
        '<p><a linktype="page" id="not-a-number">odd</a></p>',
    ]
    assert expand_many(sources) == [expand_db_html(source) for source in sources]
    assert 'href="/en/guides/report/"' in expand_many(sources)[0]


def test_heading_anchor_matches_table_of_contents():
    html = render_to_string("home/blocks/heading.html", {"value": "Signs", "id": "abc"})
    assert 'id="section-abc"' in html


def test_related_guides_block_limits_its_size():
    block = blocks.RelatedGuidesBlock()
    with pytest.raises(ValidationError):
        block.child_blocks["guides"].clean(block.child_blocks["guides"].to_python([None] * 7))
