"""The course tree: CourseIndexPage → CoursePage → ModulePage → LessonPage / QuizPage.

Progress is kept against each page's `translation_key`, so every language version of a
course shares one enrolment and one set of progress records.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..blocks import LESSON_RICH_TEXT_FEATURES, LessonStreamBlock, QuizStreamBlock


def professional_role_choices():
    from campaign_site.accounts.models import ProfessionalRole

    return ProfessionalRole.choices


class CoursePageForm(WagtailAdminPageForm):
    audience_roles = forms.MultipleChoiceField(
        label=_("Audience"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=professional_role_choices,
        help_text=_(
            "Professional roles this course is for. None ticked: every verified learner may enrol."
        ),
    )


class ModulePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("prerequisites")
        parent = self.parent_page
        if field is not None and parent is not None:
            siblings = ModulePage.objects.child_of(parent)
            if self.instance.pk:
                siblings = siblings.exclude(pk=self.instance.pk)
            field.queryset = siblings

    def clean_prerequisites(self):
        chosen = self.cleaned_data.get("prerequisites")
        if chosen is None:
            return chosen
        if self.instance.pk and any(module.pk == self.instance.pk for module in chosen):
            raise ValidationError(_("A module cannot be its own prerequisite."))
        return chosen


class CourseMaterial(Page):
    """Shared behaviour of every page inside a course: who may see it and how it is cached.

    Restricted material is served only to verified, enrolled learners of the course's
    audience; editors may still preview drafts from the admin.
    """

    course_depth_offset = 0  # how many levels below the CoursePage this page type sits

    class Meta:
        abstract = True

    @cached_property
    def course(self) -> "CoursePage":
        if isinstance(self, CoursePage):
            return self
        depth = self.depth - self.course_depth_offset
        return CoursePage.objects.get(path=self.path[: depth * Page.steplen])

    def serve(self, request, *args, **kwargs):
        from .. import selectors, views

        previewing = getattr(request, "is_preview", False)
        decision = selectors.material_access(user=request.user, course=self.course)
        if not decision.allowed and not previewing:
            return views.access_denied(request, course=self.course, decision=decision)
        request.course_access = decision
        response = super().serve(request, *args, **kwargs)
        if self.course.is_restricted or request.user.is_authenticated:
            # Personal progress or restricted text: never kept by a shared cache.
            patch_cache_control(response, private=True, no_store=True)
        return response

    def get_sitemap_urls(self, request=None):
        if self.course.is_restricted:
            return []
        return super().get_sitemap_urls(request)


class CourseIndexPage(Page):
    """The catalogue of courses in one language."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1
    template = "courses/course_index_page.html"

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = selectors.course_catalogue(
            index=self, user=request.user, request=request
        )
        return context


class CoursePage(CourseMaterial):
    summary = models.TextField(_("summary"), max_length=1000)
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Outcome"), max_length=300))],
        verbose_name=_("learning outcomes"),
        blank=True,
    )
    audience_roles = models.JSONField(_("audience"), default=list, blank=True)
    estimated_duration_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"),
        default=60,
        validators=[MinValueValidator(1), MaxValueValidator(100_000)],
    )
    is_restricted = models.BooleanField(
        _("restricted"),
        default=True,
        help_text=_(
            "Restricted courses are open only to verified, enrolled professionals, "
            "including their documents and images."
        ),
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate validity (months)"),
        default=24,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
    )
    wellbeing_text = RichTextField(
        _("wellbeing support"),
        features=["bold", "italic", "link", "ul"],
        help_text=_(
            "Where professionals exposed to this material can find support. Shown on "
            "every page of the course."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        FieldPanel("wellbeing_text"),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("audience_roles"),
                FieldPanel("is_restricted"),
                FieldRowPanel(
                    [
                        FieldPanel("estimated_duration_minutes"),
                        FieldPanel("certificate_validity_months"),
                    ]
                ),
            ],
            heading=_("Access and certificate"),
        ),
        *Page.settings_panels,
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("learning_outcomes"),
        TranslatableField("wellbeing_text"),
        SynchronizedField("audience_roles"),
        SynchronizedField("is_restricted"),
        SynchronizedField("estimated_duration_minutes"),
        SynchronizedField("certificate_validity_months"),
    ]
    base_form_class = CoursePageForm
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]
    template = "courses/course_page.html"

    class Meta:
        verbose_name = _("course")

    def clean(self):
        super().clean()
        from campaign_site.accounts.models import ProfessionalRole

        roles = self.audience_roles or []
        if not isinstance(roles, list) or any(
            role not in ProfessionalRole.values for role in roles
        ):
            raise ValidationError({"audience_roles": _("Choose roles from the list.")})

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(
            selectors.course_page_context(
                course=self, request=request, access=request.course_access
            )
        )
        return context


class ModulePage(CourseMaterial):
    summary = models.TextField(_("summary"), blank=True, max_length=1000)
    prerequisites = ParentalManyToManyField(
        "courses.ModulePage",
        blank=True,
        related_name="+",
        verbose_name=_("prerequisites"),
        help_text=_("Modules of this course the learner must complete first."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        SynchronizedField("prerequisites"),
    ]
    base_form_class = ModulePageForm
    course_depth_offset = 1
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "courses.QuizPage"]
    template = "courses/module_page.html"

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(
            selectors.course_page_context(
                course=self.course, request=request, access=request.course_access, current=self
            )
        )
        return context


class LessonPage(CourseMaterial):
    content_note = models.CharField(
        _("content note"),
        max_length=400,
        blank=True,
        help_text=_("Shown before the lesson when it discusses distressing material."),
    )
    is_required = models.BooleanField(
        _("required"),
        default=True,
        help_text=_("The module is complete only when its required lessons are."),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated time (minutes)"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("lesson"))

    content_panels = [*Page.content_panels, FieldPanel("content_note"), FieldPanel("body")]
    settings_panels = [
        FieldRowPanel(
            [FieldPanel("is_required"), FieldPanel("estimated_minutes")], heading=_("Lesson")
        ),
        *Page.settings_panels,
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("content_note"),
        TranslatableField("body"),
        SynchronizedField("is_required"),
        SynchronizedField("estimated_minutes"),
    ]
    course_depth_offset = 2
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []
    template = "courses/lesson_page.html"

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request, *args, **kwargs):
        from .. import selectors, services

        context = super().get_context(request, *args, **kwargs)
        access = request.course_access
        context.update(
            selectors.course_page_context(
                course=self.course, request=request, access=access, current=self
            )
        )
        module, item = context.get("module"), context.get("item")
        if (
            access.enrolment is not None
            and module is not None
            and item is not None
            and not getattr(request, "is_preview", False)
        ):
            services.record_lesson_visit(
                enrolment=access.enrolment, lesson=self, module_key=module.key
            )
            item.started = True
        context["restricted_media"] = self.course.is_restricted
        return context


class QuizPage(CourseMaterial):
    intro = models.TextField(_("introduction"), blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=80, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    max_attempts = models.PositiveSmallIntegerField(
        _("attempt limit"),
        default=0,
        validators=[MaxValueValidator(100)],
        help_text=_("0 for no limit."),
    )
    cooldown_minutes = models.PositiveIntegerField(
        _("wait after a failed attempt (minutes)"),
        default=0,
        validators=[MaxValueValidator(60 * 24 * 30)],
    )
    questions = StreamField(QuizStreamBlock(), verbose_name=_("questions"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("questions")]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("pass_mark"),
                        FieldPanel("max_attempts"),
                        FieldPanel("cooldown_minutes"),
                    ]
                ),
                FieldPanel("shuffle_questions"),
            ],
            heading=_("Grading"),
        ),
        *Page.settings_panels,
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        TranslatableField("questions"),
        SynchronizedField("pass_mark"),
        SynchronizedField("shuffle_questions"),
        SynchronizedField("max_attempts"),
        SynchronizedField("cooldown_minutes"),
    ]
    course_depth_offset = 2
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    template = "courses/quiz_page.html"

    class Meta:
        verbose_name = _("quiz")

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        access = request.course_access
        context.update(
            selectors.course_page_context(
                course=self.course, request=request, access=access, current=self
            )
        )
        context.update(
            selectors.quiz_context(quiz=self, enrolment=access.enrolment, request=request)
        )
        return context


# Rich text features lessons allow, re-exported for templates and tests.
__all__ = [
    "LESSON_RICH_TEXT_FEATURES",
    "CourseIndexPage",
    "CoursePage",
    "LessonPage",
    "ModulePage",
    "QuizPage",
]
