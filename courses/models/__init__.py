"""Courses: page types, enrolment and progress, quizzes, certificates and cohorts."""

from .certificates import Certificate, CertificateStatus
from .cohorts import Cohort, CohortInvitation, CohortMembership
from .pages import CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage
from .progress import Enrolment, LessonProgress, ModuleCompletion
from .quizzes import QuizAnswer, QuizAttempt

__all__ = [
    "Certificate",
    "CertificateStatus",
    "Cohort",
    "CohortInvitation",
    "CohortMembership",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "LessonPage",
    "LessonProgress",
    "ModuleCompletion",
    "ModulePage",
    "QuizAnswer",
    "QuizAttempt",
    "QuizPage",
]
