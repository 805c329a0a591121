"""Blocks for guidance pages. Each carries its own template, icon, description and preview.

`GuidanceStreamBlock` is the named stream that other apps may import. Chooser blocks here load
what they point at in bulk (one query per block type, however many blocks a page has), so a
page's query count does not grow with its content.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .rich_text import batched_rich_texts

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ul", "ol"]
# Renditions the image block shows; prefetched with the images so each image costs no query.
IMAGE_RENDITIONS = ("width-800", "width-400")


class GuidanceRichTextBlock(blocks.RichTextBlock):
    """Rich text whose links are resolved together with the other values of its stream."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    def bulk_to_python(self, values):
        return batched_rich_texts(list(values))


class HeadingBlock(blocks.CharBlock):
    def __init__(self, **kwargs):
        super().__init__(max_length=120, **kwargs)

    class Meta:
        icon = "title"
        template = "home/blocks/heading.html"
        label = _("Heading")
        description = _("A section heading; it also appears in the page's table of contents.")
        preview_value = _("What to do now")


class ParagraphBlock(GuidanceRichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "home/blocks/paragraph.html"
        label = _("Paragraph")
        description = _("Text with bold, links and lists.")
        preview_value = _("<p>Talking openly with children is the first protection.</p>")


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120, default=_("What to do now"))
    steps = blocks.ListBlock(
        blocks.CharBlock(label=_("Step"), max_length=400), label=_("Steps"), min_num=1
    )

    class Meta:
        icon = "list-ol"
        template = "home/blocks/steps.html"
        label = _("What to do now")
        description = _("Numbered steps a worried reader can follow straight away.")
        preview_value = {
            "title": _("What to do now"),
            "steps": [_("Stop replying."), _("Keep the messages."), _("Tell someone you trust.")],
        }


class WarningSignsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120, default=_("Signs to notice"))
    signs = blocks.ListBlock(
        blocks.CharBlock(label=_("Sign"), max_length=400), label=_("Signs"), min_num=1
    )

    class Meta:
        icon = "warning"
        template = "home/blocks/warning_signs.html"
        label = _("Warning signs")
        description = _("A list of signs to notice, described without graphic detail.")
        preview_value = {
            "title": _("Signs to notice"),
            "signs": [_("A new online friend who asks to keep secrets.")],
        }


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = GuidanceRichTextBlock(label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Question and answer")


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120, default=_("Questions people ask"))
    items = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        template = "home/blocks/faq.html"
        label = _("Questions and answers")
        description = _("Questions that open to show their answer, one at a time.")
        preview_value = {
            "title": _("Questions people ask"),
            "items": [
                {
                    "question": _("Is it my fault?"),
                    "answer": _("<p>No. It is never your fault.</p>"),
                },
            ],
        }


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        default="info",
        choices=[
            ("help", _("Get help now")),
            ("info", _("Good to know")),
            ("safety", _("Stay safe")),
        ],
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), max_length=800)

    class Meta:
        icon = "pick"
        template = "home/blocks/callout.html"
        label = _("Callout")
        description = _("A highlighted box. “Get help now” boxes link to the help directory.")
        preview_value = {
            "kind": "help",
            "title": _("You are not alone"),
            "text": _("Trained people can help, and you do not have to give your name."),
        }


class PrefetchingImageChooserBlock(ImageChooserBlock):
    """Loads the chosen images with their renditions in one go."""

    def bulk_to_python(self, values):
        ids = [value for value in values if value is not None]
        objects = (
            self.model_class.objects.prefetch_renditions(*IMAGE_RENDITIONS).in_bulk(ids)
            if ids
            else {}
        )
        return [objects.get(value) for value in values]


class ImageBlock(blocks.StructBlock):
    image = PrefetchingImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={"alt_text": ValidationError(_("Every image needs alternative text."))}
            )
        return value

    class Meta:
        icon = "image"
        template = "home/blocks/image.html"
        label = _("Image")
        description = _(
            "An illustration with required alternative text. Never an image of a "
            "real child or of abuse."
        )


class VideoBlock(blocks.StructBlock):
    """A video served from this site (no third-party player or tracking), with its transcript.

    An external video is shown as a link that says it leaves the site, never embedded, so a
    visit never contacts another company before the visitor decides to go there.
    """

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    video = DocumentChooserBlock(
        label=_("Video file"),
        required=False,
        help_text=_("An MP4 or WebM file uploaded to the documents library."),
    )
    captions = DocumentChooserBlock(
        label=_("Captions"),
        required=False,
        help_text=_("A WebVTT (.vtt) captions file in the page's language."),
    )
    external_url = blocks.URLBlock(
        label=_("Or: link to a video elsewhere"),
        required=False,
        help_text=_("Shown as a link, never embedded."),
    )
    transcript = GuidanceRichTextBlock(label=_("Transcript"))

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if bool(value.get("video")) == bool(value.get("external_url")):
            errors["video"] = ValidationError(
                _("Choose either a video file or a link to a video elsewhere, not both.")
            )
        video = value.get("video")
        if video and video.file_extension.lower() not in ("mp4", "webm"):
            errors["video"] = ValidationError(_("The video must be an MP4 or WebM file."))
        captions = value.get("captions")
        if captions and captions.file_extension.lower() != "vtt":
            errors["captions"] = ValidationError(_("Captions must be a WebVTT (.vtt) file."))
        if not value.get("transcript") or not value["transcript"].source.strip():
            errors["transcript"] = ValidationError(_("Every video needs a transcript."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "media"
        template = "home/blocks/video.html"
        label = _("Video")
        description = _("A video with its full transcript.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        max_length=200,
        required=False,
        help_text=_("Leave empty to use the document's title."),
    )
    description = blocks.CharBlock(label=_("Description"), max_length=300, required=False)

    class Meta:
        icon = "doc-full"
        template = "home/blocks/document.html"
        label = _("Downloadable document")
        description = _("A file to download, shown with its type and size.")


class RelatedGuidesBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120, default=_("Related guides"))
    guides = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="home.GuidePage", label=_("Guide")),
        label=_("Guides"),
        min_num=1,
        max_num=6,
    )

    class Meta:
        icon = "link"
        template = "home/blocks/related_guides.html"
        label = _("Related guides")
        description = _("Links to other guides, with their summaries.")


class GuidanceStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    steps = StepsBlock()
    warning_signs = WarningSignsBlock()
    faq = FAQBlock()
    callout = CalloutBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    related_guides = RelatedGuidesBlock()

    class Meta:
        block_counts = {"related_guides": {"max_num": 1}}
