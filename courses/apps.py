from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Training courses")

    def ready(self):
        from campaign_site.accounts.data_export import register_export_section
        from campaign_site.accounts.signals import account_deleting

        from . import selectors, services
        from .signals import completion_recorded

        completion_recorded.connect(
            services.issue_certificate_on_course_completion,
            dispatch_uid="courses.issue_certificate",
        )
        account_deleting.connect(
            services.anonymise_learner, dispatch_uid="courses.anonymise_learner"
        )
        register_export_section("courses", selectors.export_for_user)

        from .reminders import receivers as reminder_receivers
        from .reminders import tasks as reminder_tasks  # noqa: F401 - registers the tasks

        reminder_receivers.connect()
