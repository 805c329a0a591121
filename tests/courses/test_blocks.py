"""Lesson media blocks: the guidance blocks' rules (alternative text, one video source, a
transcript, real video files) with the lesson's own templates and narrower rich text."""

import pytest
from django.core.files.base import ContentFile
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model

from courses import blocks


@pytest.fixture
def document(tmp_path, settings, db):
    settings.MEDIA_ROOT = tmp_path

    def make(name, content=b"\x00\x00"):
        document = get_document_model()(title=name.split(".")[0].title())
        document.file.save(name, ContentFile(content), save=True)
        return document

    return make


def test_lesson_blocks_have_their_own_templates():
    for name, block in blocks.LessonStreamBlock().child_blocks.items():
        assert block.meta.template.startswith("courses/blocks/"), name
        assert block.meta.description, name


def test_lesson_image_needs_alternative_text():
    block = blocks.LessonImageBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": None, "alt_text": "   ", "caption": ""}))
    assert set(error.value.block_errors) & {"image", "alt_text"}


def test_lesson_video_needs_one_source_a_transcript_and_a_video_file(document):
    clip = document("clip.mp4")
    block = blocks.VideoBlock()
    both = {"title": "Clip", "video": clip.pk, "external_url": "https://v.example.org/1"}
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({**both, "transcript": "<p>Words.</p>"}))
    assert "video" in error.value.block_errors
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"title": "Clip", "video": clip.pk, "transcript": ""}))
    assert "transcript" in error.value.block_errors
    program = document("tool.exe", b"MZ")
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(
            block.to_python({"title": "Tool", "video": program.pk, "transcript": "<p>t</p>"})
        )
    assert "video" in error.value.block_errors


def test_lesson_video_renders_captions_and_an_open_transcript(document):
    clip, captions = document("clip.webm"), document("clip.vtt", b"WEBVTT\n")
    block = blocks.VideoBlock()
    value = block.clean(
        block.to_python(
            {
                "title": "Interview",
                "video": clip.pk,
                "captions": captions.pk,
                "transcript": "<p>What the officer says.</p>",
            }
        )
    )
    html = block.render(value)
    assert '<track kind="captions"' in html and captions.url in html
    assert '<details class="transcript" open>' in html and "What the officer says." in html


def test_an_external_lesson_video_is_a_link_that_says_it_leaves_the_site():
    block = blocks.VideoBlock()
    html = block.render(
        block.to_python(
            {"title": "Talk", "external_url": "https://v.example.org/1", "transcript": "<p>t</p>"}
        )
    )
    assert "<iframe" not in html and 'href="https://v.example.org/1"' in html
    assert "leaves our site" in html


def test_lesson_transcripts_cannot_embed_images_or_documents():
    features = blocks.VideoBlock().child_blocks["transcript"].features
    assert "image" not in features and "document-link" not in features
