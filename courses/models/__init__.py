"""Courses: page types, enrolment and progress, quizzes, certificates, cohorts, reminders."""

from .certificates import Certificate, CertificateStatus
from .cohorts import Cohort, CohortInvitation, CohortMembership
from .pages import CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage
from .progress import Enrolment, LessonProgress, ModuleCompletion
from .quizzes import QuizAnswer, QuizAttempt
from .reminders import (
    CourseReminderSettings,
    ReminderDelivery,
    ReminderKind,
    ReminderMessage,
    ReminderOptOut,
    ReminderStream,
)

__all__ = [
    "Certificate",
    "CertificateStatus",
    "Cohort",
    "CohortInvitation",
    "CohortMembership",
    "CourseIndexPage",
    "CoursePage",
    "CourseReminderSettings",
    "Enrolment",
    "LessonPage",
    "LessonProgress",
    "ModuleCompletion",
    "ModulePage",
    "QuizAnswer",
    "QuizAttempt",
    "QuizPage",
    "ReminderDelivery",
    "ReminderKind",
    "ReminderMessage",
    "ReminderOptOut",
    "ReminderStream",
]
