"""Blocks for lessons and quizzes.

Case material is text only: no block here takes an image or a video of a person in a case,
and the case scenario block is always labelled as fictional when shown.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from home.blocks import DocumentBlock as GuidanceDocumentBlock
from home.blocks import ImageBlock as GuidanceImageBlock
from home.blocks import VideoBlock as GuidanceVideoBlock

# Lesson text never embeds images or documents inline: those go through the image and
# document blocks, whose files are served only after an access check.
LESSON_RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "courses/blocks/heading.html"
        label = _("Heading")
        description = _("A section heading inside the lesson.")
        preview_value = "Signs of grooming"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=LESSON_RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "courses/blocks/paragraph.html"
        label = _("Text")
        description = _("Paragraphs of lesson text.")


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    points = blocks.ListBlock(
        blocks.CharBlock(label=_("Point"), max_length=400), label=_("Points"), min_num=1
    )

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/key_points.html"
        label = _("Key points")
        description = _("A short list of the points to remember.")
        preview_value = {"title": "Key points", "points": ["Believe the child", "Keep evidence"]}


class CaseScenarioBlock(blocks.StructBlock):
    """A fictional, composite case written as text. Never real case material."""

    title = blocks.CharBlock(label=_("Title"), max_length=160)
    text = blocks.RichTextBlock(
        label=_("Scenario"),
        features=LESSON_RICH_TEXT_FEATURES,
        help_text=_(
            "Fictional and composite; text only. No real cases, "
            "no names of real people, nothing graphic."
        ),
    )

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/case_scenario.html"
        label = _("Case scenario (fictional)")
        description = _("A fictional case scenario, always labelled as fictional.")


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Item"), max_length=400), label=_("Items"), min_num=1
    )

    class Meta:
        icon = "tick"
        template = "courses/blocks/checklist.html"
        label = _("Checklist")
        description = _("Steps to follow, in order.")


class LessonImageBlock(GuidanceImageBlock):
    """Diagrams, flow charts and photos of places or equipment: never of victims. Shown
    through the lesson's own image view, after the same access check as the lesson."""

    image = ImageChooserBlock(label=_("Image"))

    class Meta:
        template = "courses/blocks/image.html"
        description = _(
            "A diagram or illustration with a text alternative. Never an image of a victim."
        )


class VideoBlock(GuidanceVideoBlock):
    """The guidance video (a file served here or a link, captions, a required transcript),
    with the transcript limited to lesson text."""

    transcript = blocks.RichTextBlock(label=_("Transcript"), features=LESSON_RICH_TEXT_FEATURES)

    class Meta:
        template = "courses/blocks/video.html"
        description = _(
            "A video served by this platform, with its transcript. Never a video of a victim."
        )


class DocumentBlock(GuidanceDocumentBlock):
    class Meta:
        template = "courses/blocks/document.html"
        description = _("A file to download, such as a checklist or a form.")


class ChoiceOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=400)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(
        label=_("Feedback"),
        max_length=600,
        required=False,
        help_text=_("Shown to the learner who chose this answer."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Answer")


def _check_options(options, *, single: bool):
    if len(options) < 2:
        return ValidationError(_("Give at least two answers."))
    correct = sum(1 for option in options if option.get("correct"))
    if correct == 0:
        return ValidationError(_("Mark at least one answer as correct."))
    if single and correct != 1:
        return ValidationError(_("A single-choice question has exactly one correct answer."))
    return None


class SelfCheckBlock(blocks.StructBlock):
    """A question the learner answers for themselves; it never counts towards completion."""

    question = blocks.CharBlock(label=_("Question"), max_length=400)
    options = blocks.ListBlock(ChoiceOptionBlock(), label=_("Answers"), min_num=2)

    def clean(self, value):
        value = super().clean(value)
        error = _check_options(list(value["options"]), single=False)
        if error:
            raise StructBlockValidationError(block_errors={"options": error})
        return value

    class Meta:
        icon = "help"
        template = "courses/blocks/self_check.html"
        label = _("Self-check question")
        description = _("A question to think about, with feedback. It does not count.")


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    key_points = KeyPointsBlock()
    case_scenario = CaseScenarioBlock()
    checklist = ChecklistBlock()
    image = LessonImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    self_check = SelfCheckBlock()


class QuestionKind:
    SINGLE = "single"
    MULTIPLE = "multiple"
    CHOICES = [(SINGLE, _("Single choice")), (MULTIPLE, _("Multiple choice"))]


class QuizQuestionBlock(blocks.StructBlock):
    """Graded on the server only: the page never tells the browser which answer is right."""

    text = blocks.CharBlock(label=_("Question"), max_length=600)
    kind = blocks.ChoiceBlock(
        label=_("Kind"), choices=QuestionKind.CHOICES, default=QuestionKind.SINGLE
    )
    options = blocks.ListBlock(ChoiceOptionBlock(), label=_("Answers"), min_num=2)

    def clean(self, value):
        value = super().clean(value)
        error = _check_options(
            list(value["options"]), single=value.get("kind") == QuestionKind.SINGLE
        )
        if error:
            raise StructBlockValidationError(block_errors={"options": error})
        return value

    class Meta:
        icon = "help"
        label = _("Question")


class QuizStreamBlock(blocks.StreamBlock):
    question = QuizQuestionBlock()

    class Meta:
        min_num = 1
