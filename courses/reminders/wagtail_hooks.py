"""Admin screens of the reminders: the delivery log (filters, details, send again), the
per-course inactivity settings, the schedule, and a home-page warning about failed emails.

Imported by courses/wagtail_hooks.py, which Wagtail loads.
"""

from __future__ import annotations

import uuid

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from django_celery_beat.models import CrontabSchedule, PeriodicTask
from django_celery_beat.validators import hour_validator, minute_validator
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .. import selectors as course_selectors
from ..models import CoursePage
from ..models.reminders import (
    CourseReminderSettings,
    FailureKind,
    MessageStatus,
    ReminderKind,
    ReminderMessage,
    ReminderStream,
)
from . import selectors, sending

REMINDER_TASKS = (
    "courses.plan_due_reminders",
    "courses.resume_reminder_sending",
)


class NoAddOrDeletePolicy(ModelPermissionPolicy):
    """Rows written by the reminders themselves: staff look and change, never add or delete."""

    def user_has_permission(self, user, action):
        if action in {"add", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        if action in {"add", "delete"}:
            return False
        return super().user_has_permission_for_instance(user, action, instance)


for _model in (ReminderMessage, PeriodicTask):
    register_permission_policy(_model, NoAddOrDeletePolicy(_model))


# ---------------------------------------------------------------------------------------
# Delivery log


class ReminderEmailFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=MessageStatus.choices)
    stream = django_filters.ChoiceFilter(label=_("Kind of email"), choices=ReminderStream.choices)
    kind = django_filters.ChoiceFilter(
        label=_("Kind of reminder"), choices=ReminderKind.choices, method="filter_kind"
    )
    failure_kind = django_filters.ChoiceFilter(
        label=_("Kind of failure"), choices=FailureKind.choices
    )
    local_date = django_filters.DateFromToRangeFilter(
        label=_("Day (recipient's time)"), widget=DateRangePickerWidget
    )
    sent_at = django_filters.DateFromToRangeFilter(label=_("Sent at"), widget=DateRangePickerWidget)

    class Meta:
        model = ReminderMessage
        fields = []

    def filter_kind(self, queryset, name, value):
        return queryset.filter(items__kind=value).distinct()


def _recipient(message) -> str:
    if message.to_email:
        return message.to_email
    if message.recipient is not None:
        return message.recipient.email
    return str(_("deleted account"))


def _kinds(message) -> str:
    labels = {item.get_kind_display() for item in message.items.all()}
    return ", ".join(sorted(str(label) for label in labels)) or "–"


def _error(message) -> str:
    error = message.last_error or ""
    return error if len(error) <= 90 else error[:87] + "…"


class ReminderEmailIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("recipient")
            .prefetch_related("items")
            .order_by("-created_at", "-pk")
        )

    def get_edit_url(self, instance):
        return None

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.can_be_resent and self.permission_policy.user_has_permission(
            self.request.user, "change"
        ):
            buttons.append(
                Button(
                    _("Send again"),
                    url=reverse("reminder_log:resend", args=[instance.pk]),
                    icon_name="mail",
                    priority=5,
                )
            )
        return buttons


class ReminderEmailInspectView(InspectView):
    template_name = "courses/admin/reminder_email_inspect.html"

    def get_edit_url(self):
        return None

    @property
    def header_more_buttons(self):
        buttons = []
        if self.object.can_be_resent and self.user_has_permission("change"):
            buttons.append(
                Button(
                    _("Send again"),
                    url=reverse("reminder_log:resend", args=[self.object.pk]),
                    icon_name="mail",
                    priority=10,
                )
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["items"] = self.object.items.order_by("kind", "pk")
        return context

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "–" if value is None or value == "" else value  # not "None"


class NoEditView(EditView):
    def dispatch(self, request, *args, **kwargs):
        raise PermissionDenied


class ResendReminderEmailView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then queue a failed (or not needed) email again. Its reminders are checked
    once more before it goes: nothing reaches someone who has completed since."""

    template_name = "courses/admin/reminder_email_resend.html"
    page_title = _("Send again")
    header_icon = "mail"

    def dispatch(self, request, pk):
        policy = NoAddOrDeletePolicy(ReminderMessage)
        if not policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        self.object = get_object_or_404(ReminderMessage, pk=pk)
        return super().dispatch(request, pk)

    def post(self, request, pk):
        if sending.queue_again(message=self.object, by=request.user):
            messages.success(request, _("The email is queued and will be sent again."))
        else:
            messages.error(request, _("Only a failed or cancelled email can be sent again."))
        return redirect("reminder_log:inspect", self.object.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "object": self.object,
                "recipient": _recipient(self.object),
                "can_be_resent": self.object.can_be_resent,
                "inspect_url": reverse("reminder_log:inspect", args=[self.object.pk]),
            }
        )
        return context


class ReminderEmailViewSet(ModelViewSet):
    model = ReminderMessage
    name = "reminder_log"
    icon = "mail"
    menu_label = _("Delivery log")
    url_prefix = "reminders/log"
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = ReminderEmailIndexView
    inspect_view_class = ReminderEmailInspectView
    edit_view_class = NoEditView
    form_fields = ["local_date"]  # never shown: the log cannot be added to or edited
    filterset_class = ReminderEmailFilterSet
    search_fields = ["to_email", "recipient__email", "subject"]
    list_per_page = 50
    list_display = [
        Column("recipient", label=_("Recipient"), accessor=_recipient),
        "stream",
        Column("kinds", label=_("Reminders"), accessor=_kinds),
        Column("local_date", label=_("Day")),  # the recipient's own date, as written
        "status",
        "attempts",
        DateColumn("sent_at", label=_("Sent at")),
        Column("last_error", label=_("Last error"), accessor=_error),
    ]
    list_export = [
        "to_email",
        "stream",
        "local_date",
        "status",
        "attempts",
        "sent_at",
        "last_error",
    ]
    export_filename = "reminder-emails"
    inspect_view_fields = [
        "to_email",
        "stream",
        "local_date",
        "status",
        "language",
        "subject",
        "attempts",
        "next_attempt_at",
        "failure_kind",
        "last_error",
        "created_at",
        "sent_at",
        "returned_at",
        "resent_at",
        "resent_by",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("resend/<int:pk>/", ResendReminderEmailView.as_view(), name="resend"),
        ]


# ---------------------------------------------------------------------------------------
# Per-course inactivity settings


def course_choices():
    courses = course_selectors.courses_for_cohorts(language=settings.LANGUAGE_CODE)
    return [("", "---------")] + [(str(course.translation_key), course.title) for course in courses]


class CourseReminderSettingsForm(WagtailAdminModelForm):
    course_key = forms.TypedChoiceField(
        label=_("Course"), choices=course_choices, coerce=uuid.UUID, empty_value=None
    )

    class Meta:
        model = CourseReminderSettings
        fields = [
            "course_key",
            "inactivity_reminders",
            "inactivity_days",
            "max_inactivity_reminders",
        ]

    def clean_course_key(self):
        key = self.cleaned_data["course_key"]
        if key is None or not CoursePage.objects.filter(translation_key=key).exists():
            raise ValidationError(_("Choose a course from the list."))
        return key


class CourseReminderSettingsViewSet(ModelViewSet):
    model = CourseReminderSettings
    name = "reminder_course_settings"
    icon = "cog"
    menu_label = _("Course settings")
    url_prefix = "reminders/courses"
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = False
    form_fields = [
        "course_key",
        "inactivity_reminders",
        "inactivity_days",
        "max_inactivity_reminders",
    ]
    list_display = [
        "__str__",
        "inactivity_reminders",
        "inactivity_days",
        "max_inactivity_reminders",
    ]

    def get_form_class(self, for_update=False):
        return CourseReminderSettingsForm


# ---------------------------------------------------------------------------------------
# Schedule (django-celery-beat, kept in the database)


class ReminderScheduleForm(WagtailAdminModelForm):
    minute = forms.CharField(
        label=_("Minutes"),
        max_length=60,
        validators=[minute_validator],
        help_text=_("Cron minutes, UTC: 5 means five past every hour; */5 every five minutes."),
    )
    hour = forms.CharField(
        label=_("Hours"),
        max_length=60,
        validators=[hour_validator],
        help_text=_(
            "Cron hours, UTC. Keep * for planning: each run serves the time zones where it "
            "is morning now."
        ),
    )

    class Meta:
        model = PeriodicTask
        fields = ["enabled", "description"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        crontab = self.instance.crontab if self.instance.pk else None
        self.fields["minute"].initial = crontab.minute if crontab else "0"
        self.fields["hour"].initial = crontab.hour if crontab else "*"

    def save(self, commit=True):
        task = super().save(commit=False)
        task.crontab, _created = CrontabSchedule.objects.get_or_create(
            minute=self.cleaned_data["minute"].strip(),
            hour=self.cleaned_data["hour"].strip(),
            day_of_week="*",
            day_of_month="*",
            month_of_year="*",
            timezone="UTC",
        )
        task.interval = None
        if commit:
            task.save()
        return task


class ReminderScheduleIndexView(IndexView):
    def get_base_queryset(self):
        return (
            PeriodicTask.objects.filter(task__in=REMINDER_TASKS)
            .select_related("crontab")
            .order_by("name")
        )


class ReminderScheduleEditView(EditView):
    def get_object(self, queryset=None):
        return get_object_or_404(PeriodicTask, pk=self.kwargs["pk"], task__in=REMINDER_TASKS)


def _schedule(task) -> str:
    crontab = task.crontab
    if crontab is None:
        return str(task.interval or "–")
    return f"{crontab.minute} {crontab.hour} * * * (UTC)"


class ReminderScheduleViewSet(ModelViewSet):
    model = PeriodicTask
    name = "reminder_schedule"
    icon = "time"
    menu_label = _("Schedule")
    url_prefix = "reminders/schedule"
    add_to_admin_menu = False
    copy_view_enabled = False
    index_view_class = ReminderScheduleIndexView
    edit_view_class = ReminderScheduleEditView
    form_fields = ["enabled", "description"]
    list_display = [
        "name",
        "enabled",
        Column("schedule", label=_("When"), accessor=_schedule),
        DateColumn("last_run_at", label=_("Last run")),
        "total_run_count",
    ]

    def get_form_class(self, for_update=False):
        return ReminderScheduleForm


class RemindersGroup(ViewSetGroup):
    menu_label = _("Reminders")
    menu_icon = "mail"
    menu_order = 335
    items = (ReminderEmailViewSet, CourseReminderSettingsViewSet, ReminderScheduleViewSet)


@hooks.register("register_admin_viewset")
def register_reminder_viewsets():
    return RemindersGroup()


# ---------------------------------------------------------------------------------------
# Dashboard warning


class FailedReminderEmailsPanel(Component):
    name = "failed_reminder_emails"
    order = 160
    template_name = "courses/admin/failed_reminders_panel.html"

    def __init__(self, count: int, by_kind: dict):
        self.count = count
        self.by_kind = by_kind

    def get_context_data(self, parent_context=None):
        return {
            "count": self.count,
            "by_kind": self.by_kind,
            "log_url": reverse("reminder_log:index") + f"?status={MessageStatus.FAILED}",
        }


@hooks.register("construct_homepage_panels")
def add_failed_reminders_panel(request, panels):
    if not NoAddOrDeletePolicy(ReminderMessage).user_has_permission(request.user, "view"):
        return
    failed = selectors.failed_reminder_emails()
    summary = failed.aggregate(
        total=Count("pk"),
        permanent=Count("pk", filter=Q(failure_kind=FailureKind.PERMANENT)),
    )
    if summary["total"]:
        panels.append(
            FailedReminderEmailsPanel(
                count=summary["total"],
                by_kind={"permanent": summary["permanent"]},
            )
        )
