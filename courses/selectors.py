"""Reads for the course pages, the learner dashboard, quizzes and cohort reports.

Every function here runs a fixed number of queries whatever the number of modules,
lessons or enrolments: the structure of a course is read in one query per page type and
the learner's progress in one query per progress table.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Count, IntegerField, Max, Q
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from campaign_site.accounts.selectors import coordinated_organisations, is_verified, profile_for

from .blocks import QuestionKind
from .models import (
    Certificate,
    CertificateStatus,
    Cohort,
    CohortInvitation,
    CohortMembership,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModuleCompletion,
    ModulePage,
    QuizAnswer,
    QuizAttempt,
    QuizPage,
)

EXPIRY_SOON_DAYS = 60

# ---------------------------------------------------------------------------------------
# Access


class AccessReason:
    LOGIN = "login"
    VERIFY = "verify"
    ROLE = "role"
    ENROL = "enrol"


@dataclass
class AccessDecision:
    allowed: bool
    reason: str | None = None
    enrolment: Enrolment | None = None
    can_enrol: bool = False


def current_enrolment(*, user, course_key) -> Enrolment | None:
    """The open enrolment, else the most recent completed one (kept for review)."""
    if user is None or not user.is_authenticated:
        return None
    return (
        Enrolment.objects.filter(user=user, course_key=course_key, withdrawn_at__isnull=True)
        .order_by("-round")
        .first()
    )


def role_allowed(*, user, course: CoursePage) -> bool:
    roles = course.audience_roles or []
    if not roles:
        return True
    profile = profile_for(user)
    return profile is not None and profile.professional_role in roles


def enrolment_refusal(*, user, course: CoursePage) -> str | None:
    """Why this user may not enrol in the course, or None when they may."""
    if user is None or not user.is_authenticated:
        return AccessReason.LOGIN
    if not course.is_restricted:
        return None
    if not is_verified(user):
        return AccessReason.VERIFY
    if not role_allowed(user=user, course=course):
        return AccessReason.ROLE
    return None


def material_access(*, user, course: CoursePage) -> AccessDecision:
    """May this user see the course's pages, lessons, quizzes, documents and images?"""
    refusal = enrolment_refusal(user=user, course=course)
    enrolment = (
        None
        if refusal == AccessReason.LOGIN
        else current_enrolment(user=user, course_key=course.translation_key)
    )
    if not course.is_restricted:
        return AccessDecision(
            allowed=True, enrolment=enrolment, can_enrol=refusal is None and enrolment is None
        )
    if refusal is not None:
        return AccessDecision(allowed=False, reason=refusal)
    if enrolment is None:
        return AccessDecision(allowed=False, reason=AccessReason.ENROL, can_enrol=True)
    return AccessDecision(allowed=True, enrolment=enrolment)


@dataclass
class MediaAccess:
    allowed: bool
    course: CoursePage
    reason: str | None = None
    can_enrol: bool = False
    enrolment: Enrolment | None = None


def restricted_courses_using(obj) -> list[CoursePage]:
    """Restricted courses whose pages use this document or image (Wagtail's reference
    index records every chooser block and rich-text link)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, ReferenceIndex

    page_type = ContentType.objects.get_for_model(Page)
    page_ids = [
        int(pk)
        for pk in ReferenceIndex.get_references_to(obj)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    ]
    if not page_ids:
        return []
    paths = Page.objects.filter(pk__in=page_ids).values_list("path", flat=True)
    prefixes = {
        path[:end] for path in paths for end in range(Page.steplen, len(path) + 1, Page.steplen)
    }
    return list(CoursePage.objects.filter(path__in=prefixes, is_restricted=True))


def document_access(*, document, user) -> MediaAccess | None:
    """None when no restricted course uses the document; otherwise whether this user may
    have it (verified, of the right role and enrolled in one of those courses)."""
    courses = restricted_courses_using(document)
    if not courses:
        return None
    decision = None
    for course in courses:
        decision = material_access(user=user, course=course)
        if decision.allowed:
            return MediaAccess(allowed=True, course=course, enrolment=decision.enrolment)
    return MediaAccess(
        allowed=False, course=courses[0], reason=decision.reason, can_enrol=decision.can_enrol
    )


# ---------------------------------------------------------------------------------------
# Course structure and progress


@dataclass
class LessonItem:
    page: LessonPage
    key: uuid.UUID
    url: str
    required: bool
    minutes: int
    started: bool = False
    completed: bool = False
    kind: str = "lesson"

    @property
    def title(self):
        return self.page.title

    @property
    def done(self) -> bool:
        return self.completed


@dataclass
class QuizItem:
    page: QuizPage
    key: uuid.UUID
    url: str
    passed: bool = False
    attempts: int = 0
    kind: str = "quiz"
    required: bool = True

    @property
    def title(self):
        return self.page.title

    @property
    def done(self) -> bool:
        return self.passed


@dataclass
class ModuleItem:
    page: ModulePage
    key: uuid.UUID
    url: str
    number: int
    lessons: list[LessonItem] = field(default_factory=list)
    quiz: QuizItem | None = None
    prerequisite_keys: set = field(default_factory=set)
    prerequisites: list[ModuleItem] = field(default_factory=list)
    completed: bool = False
    locked: bool = False

    @property
    def title(self):
        return self.page.title

    @property
    def items(self) -> list:
        return [*self.lessons, *([self.quiz] if self.quiz else [])]

    @property
    def units(self) -> int:
        return sum(1 for item in self.items if item.required)

    @property
    def units_done(self) -> int:
        return sum(1 for item in self.items if item.required and item.done)

    @property
    def progress_percent(self) -> int:
        if self.completed:
            return 100
        return round(100 * self.units_done / self.units) if self.units else 0

    @property
    def ready_to_complete(self) -> bool:
        """Required lessons complete and the quiz (if any) passed."""
        return all(item.done for item in self.items if item.required)


@dataclass
class CourseOutline:
    course: CoursePage
    enrolment: Enrolment | None
    modules: list[ModuleItem]

    @property
    def items(self) -> list:
        return [item for module in self.modules for item in module.items]

    @property
    def completed(self) -> bool:
        return self.enrolment is not None and self.enrolment.completed_at is not None

    @property
    def progress_percent(self) -> int:
        if self.completed:
            return 100
        units = sum(module.units for module in self.modules)
        done = sum(module.units_done for module in self.modules)
        return min(100, round(100 * done / units)) if units else 0

    def module_for(self, key) -> ModuleItem | None:
        return next((module for module in self.modules if module.key == key), None)

    def item_for(self, key):
        return next((item for item in self.items if item.key == key), None)

    @property
    def next_item(self):
        """Where to continue: the lesson last opened if unfinished, else the first open step."""
        if self.enrolment is None or self.completed:
            return None
        open_items = [
            item
            for module in self.modules
            if not module.locked
            for item in module.items
            if not item.done
        ]
        last = self.enrolment.last_lesson_key
        for item in open_items:
            if item.key == last:
                return item
        required = [item for item in open_items if item.required]
        return (required or open_items or [None])[0]

    def neighbours(self, key):
        items = self.items
        for index, item in enumerate(items):
            if item.key == key:
                before = items[index - 1] if index else None
                after = items[index + 1] if index + 1 < len(items) else None
                return before, after
        return None, None


@dataclass
class ProgressRecords:
    lessons: dict = field(default_factory=dict)  # (enrolment_id, lesson_key) -> completed?
    modules: set = field(default_factory=set)  # (enrolment_id, module_key)
    quizzes: dict = field(default_factory=dict)  # (enrolment_id, quiz_key) -> (passed, count)


def _progress_records(enrolment_ids) -> ProgressRecords:
    records = ProgressRecords()
    if not enrolment_ids:
        return records
    for row in LessonProgress.objects.filter(enrolment_id__in=enrolment_ids).values_list(
        "enrolment_id", "lesson_key", "completed_at"
    ):
        records.lessons[(row[0], row[1])] = row[2] is not None
    records.modules = set(
        ModuleCompletion.objects.filter(enrolment_id__in=enrolment_ids).values_list(
            "enrolment_id", "module_key"
        )
    )
    for row in (
        QuizAttempt.objects.filter(enrolment_id__in=enrolment_ids)
        .values("enrolment_id", "quiz_key")
        # MAX over a boolean exists on SQLite but not on PostgreSQL: compare as integers.
        .annotate(passed=Max(Cast("passed", IntegerField())), count=Count("id"))
    ):
        records.quizzes[(row["enrolment_id"], row["quiz_key"])] = (
            bool(row["passed"]),
            row["count"],
        )
    return records


@dataclass
class CourseTree:
    modules: list
    lessons: list
    quizzes: list
    prerequisites: dict  # module page id -> set of prerequisite translation keys


def _course_trees(courses: list[CoursePage]) -> CourseTree:
    """Modules, lessons and quizzes under the given courses: one query per page type."""
    if not courses:
        return CourseTree([], [], [], {})
    under = reduce(or_, [Q(path__startswith=course.path) & ~Q(pk=course.pk) for course in courses])
    modules = list(ModulePage.objects.live().filter(under).order_by("path"))
    lessons = list(LessonPage.objects.live().filter(under).defer("body").order_by("path"))
    quizzes = list(QuizPage.objects.live().filter(under).defer("questions").order_by("path"))
    through = ModulePage.prerequisites.through
    prerequisites: dict[int, set] = {}
    if modules:
        for from_id, key in through.objects.filter(
            from_modulepage_id__in=[m.pk for m in modules]
        ).values_list("from_modulepage_id", "to_modulepage__translation_key"):
            prerequisites.setdefault(from_id, set()).add(key)
    return CourseTree(modules, lessons, quizzes, prerequisites)


def _build_outline(
    *, course, enrolment, tree: CourseTree, records: ProgressRecords, request
) -> CourseOutline:
    enrolment_id = enrolment.pk if enrolment is not None else None
    modules: list[ModuleItem] = []
    by_path: dict[str, ModuleItem] = {}
    for number, page in enumerate(
        (m for m in tree.modules if m.path.startswith(course.path) and m.depth == course.depth + 1),
        start=1,
    ):
        module = ModuleItem(
            page=page,
            key=page.translation_key,
            url=page.get_url(request),
            number=number,
            prerequisite_keys=tree.prerequisites.get(page.pk, set()),
            completed=(enrolment_id, page.translation_key) in records.modules,
        )
        modules.append(module)
        by_path[page.path] = module
    for page in tree.lessons:
        module = by_path.get(page.path[: -page.steplen])
        if module is None:
            continue
        completed = records.lessons.get((enrolment_id, page.translation_key))
        module.lessons.append(
            LessonItem(
                page=page,
                key=page.translation_key,
                url=page.get_url(request),
                required=page.is_required,
                minutes=page.estimated_minutes,
                started=completed is not None,
                completed=bool(completed),
            )
        )
    for page in tree.quizzes:
        module = by_path.get(page.path[: -page.steplen])
        if module is None or module.quiz is not None:
            continue
        passed, count = records.quizzes.get((enrolment_id, page.translation_key), (False, 0))
        module.quiz = QuizItem(
            page=page,
            key=page.translation_key,
            url=page.get_url(request),
            passed=passed,
            attempts=count,
        )
    by_key = {module.key: module for module in modules}
    for module in modules:
        module.prerequisites = [by_key[key] for key in module.prerequisite_keys if key in by_key]
        module.locked = any(not prerequisite.completed for prerequisite in module.prerequisites)
    return CourseOutline(course=course, enrolment=enrolment, modules=modules)


def course_outline(
    *, course: CoursePage, enrolment: Enrolment | None, request=None
) -> CourseOutline:
    tree = _course_trees([course])
    records = _progress_records([enrolment.pk] if enrolment else [])
    return _build_outline(
        course=course, enrolment=enrolment, tree=tree, records=records, request=request
    )


def course_page_context(
    *, course: CoursePage, request, access: AccessDecision, current=None
) -> dict:
    outline = course_outline(course=course, enrolment=access.enrolment, request=request)
    context = {
        "course": course,
        "outline": outline,
        "access": access,
        "enrolment": access.enrolment,
    }
    if current is not None and not isinstance(current, CoursePage):
        key = current.translation_key
        if isinstance(current, ModulePage):
            context["module"] = outline.module_for(key)
        else:
            module_key = None
            for module in outline.modules:
                if any(item.key == key for item in module.items):
                    module_key = module.key
            context["module"] = outline.module_for(module_key)
            context["item"] = outline.item_for(key)
            context["previous_item"], context["next_step"] = outline.neighbours(key)
    return context


# ---------------------------------------------------------------------------------------
# Quizzes


@dataclass(frozen=True)
class QuizOption:
    key: str
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class QuizQuestion:
    key: str
    text: str
    kind: str
    options: tuple[QuizOption, ...]

    @property
    def is_multiple(self) -> bool:
        return self.kind == QuestionKind.MULTIPLE

    @property
    def correct_keys(self) -> frozenset:
        return frozenset(option.key for option in self.options if option.correct)


def quiz_questions(quiz: QuizPage) -> list[QuizQuestion]:
    """The quiz's questions with stable keys (block ids, shared by every translation)."""
    questions = []
    for block in quiz.questions:
        if block.block_type != "question":
            continue
        options = tuple(
            QuizOption(
                key=child.id,
                text=child.value["text"],
                correct=bool(child.value["correct"]),
                feedback=child.value.get("feedback") or "",
            )
            for child in block.value["options"].bound_blocks
        )
        questions.append(
            QuizQuestion(
                key=block.id, text=block.value["text"], kind=block.value["kind"], options=options
            )
        )
    return questions


@dataclass
class QuizStatus:
    attempts_used: int
    attempts_left: int | None
    passed: bool
    next_attempt_at: datetime | None
    last_attempt: QuizAttempt | None

    @property
    def can_attempt(self) -> bool:
        if self.passed:
            return False
        if self.attempts_left is not None and self.attempts_left <= 0:
            return False
        return self.next_attempt_at is None or self.next_attempt_at <= timezone.now()

    @property
    def out_of_attempts(self) -> bool:
        return not self.passed and self.attempts_left is not None and self.attempts_left <= 0

    @property
    def waiting(self) -> bool:
        return self.next_attempt_at is not None and self.next_attempt_at > timezone.now()


def quiz_status(*, quiz: QuizPage, enrolment: Enrolment | None) -> QuizStatus:
    attempts = []
    if enrolment is not None:
        attempts = list(
            QuizAttempt.objects.filter(enrolment=enrolment, quiz_key=quiz.translation_key).order_by(
                "number"
            )
        )
    last = attempts[-1] if attempts else None
    passed = any(attempt.passed for attempt in attempts)
    left = None if not quiz.max_attempts else max(0, quiz.max_attempts - len(attempts))
    next_at = None
    if last is not None and not last.passed and quiz.cooldown_minutes:
        next_at = last.submitted_at + timedelta(minutes=quiz.cooldown_minutes)
    return QuizStatus(
        attempts_used=len(attempts),
        attempts_left=left,
        passed=passed,
        next_attempt_at=next_at,
        last_attempt=last,
    )


def presented_questions(
    *, quiz: QuizPage, enrolment: Enrolment | None, attempt_number: int
) -> list[QuizQuestion]:
    """Questions in the order this learner sees them on this attempt (stable on reload)."""
    questions = quiz_questions(quiz)
    if quiz.shuffle_questions and enrolment is not None:
        random.Random(f"{enrolment.pk}:{quiz.translation_key}:{attempt_number}").shuffle(questions)
    return questions


@dataclass
class AnswerReview:
    question: QuizQuestion
    selected: list[QuizOption]
    is_correct: bool


def attempt_review(*, quiz: QuizPage, attempt: QuizAttempt) -> list[AnswerReview]:
    """The learner's answers with the feedback of each option they chose."""
    answers = {answer.question_key: answer for answer in attempt.answers.all()}
    review = []
    for question in quiz_questions(quiz):
        answer = answers.get(question.key)
        if answer is None:
            continue
        chosen = set(answer.selected)
        review.append(
            AnswerReview(
                question=question,
                selected=[o for o in question.options if o.key in chosen],
                is_correct=answer.is_correct,
            )
        )
    return review


def quiz_context(*, quiz: QuizPage, enrolment: Enrolment | None, request=None) -> dict:
    status = quiz_status(quiz=quiz, enrolment=enrolment)
    context = {
        "quiz_status": status,
        "questions": presented_questions(
            quiz=quiz, enrolment=enrolment, attempt_number=status.attempts_used + 1
        ),
    }
    shown = request.GET.get("attempt") if request is not None else None
    if status.last_attempt is not None and shown == str(status.last_attempt.number):
        context["result"] = status.last_attempt
        context["review"] = attempt_review(quiz=quiz, attempt=status.last_attempt)
    return context


# ---------------------------------------------------------------------------------------
# Catalogue and dashboard


def _pick_language_version(pages, *, language: str, fallback: str | None) -> dict:
    """For each translation key, the page in `language`, else `fallback`, else the default."""
    chosen: dict = {}
    rank = {language: 0, fallback: 1, settings.LANGUAGE_CODE: 2}
    for page in pages:
        key = page.translation_key
        current = chosen.get(key)
        score = rank.get(page.locale.language_code, 3)
        if current is None or score < rank.get(current.locale.language_code, 3):
            chosen[key] = page
    return chosen


@dataclass
class CatalogueEntry:
    course: CoursePage
    url: str
    enrolment: Enrolment | None
    refusal: str | None
    roles: list[str]


def course_catalogue(*, index, user, request=None) -> list[CatalogueEntry]:
    from campaign_site.accounts.models import ProfessionalRole

    courses = list(CoursePage.objects.child_of(index).live().order_by("path"))
    enrolments: dict = {}
    if user is not None and user.is_authenticated and courses:
        for enrolment in Enrolment.objects.filter(
            user=user,
            course_key__in=[c.translation_key for c in courses],
            withdrawn_at__isnull=True,
        ).order_by("round"):
            enrolments[enrolment.course_key] = enrolment
    labels = dict(ProfessionalRole.choices)
    return [
        CatalogueEntry(
            course=course,
            url=course.get_url(request),
            enrolment=enrolments.get(course.translation_key),
            refusal=enrolment_refusal(user=user, course=course),
            roles=[labels.get(role, role) for role in course.audience_roles or []],
        )
        for course in courses
    ]


@dataclass
class DashboardCourse:
    enrolment: Enrolment
    course: CoursePage | None
    outline: CourseOutline | None
    certificate: Certificate | None
    cohort: Cohort | None

    @property
    def progress_percent(self) -> int:
        return self.outline.progress_percent if self.outline else self.enrolment.progress_percent


@dataclass
class DashboardCertificate:
    certificate: Certificate
    course_title: str
    expiring_soon: bool
    status: str
    refresher_open: bool
    course: CoursePage | None = None

    @property
    def offer_refresher(self) -> bool:
        """A refresher is offered when the certificate lapses soon or has lapsed."""
        return (
            self.course is not None
            and not self.refresher_open
            and (self.expiring_soon or self.status == CertificateStatus.EXPIRED)
        )


@dataclass
class Dashboard:
    in_progress: list[DashboardCourse]
    completed: list[DashboardCourse]
    certificates: list[DashboardCertificate]
    invitations: list[CohortInvitation]
    continue_with: DashboardCourse | None
    is_coordinator: bool


def learner_dashboard(*, user, request=None) -> Dashboard:
    language = get_language() or settings.LANGUAGE_CODE
    enrolments = list(
        Enrolment.objects.filter(user=user, withdrawn_at__isnull=True).order_by(
            "-last_activity_at", "-pk"
        )
    )
    keys = {enrolment.course_key for enrolment in enrolments}
    certificates = list(Certificate.objects.filter(user=user).order_by("-issued_at"))
    keys |= {certificate.course_key for certificate in certificates}
    pages = CoursePage.objects.live().filter(translation_key__in=keys).select_related("locale")
    courses = _pick_language_version(pages, language=language, fallback=None) if keys else {}
    tree = _course_trees(list(courses.values()))
    records = _progress_records([enrolment.pk for enrolment in enrolments if enrolment.is_open])
    cohorts = {
        membership.cohort.course_key: membership.cohort
        for membership in CohortMembership.objects.filter(user=user)
        .select_related("cohort")
        .order_by("joined_at")
    }
    certificate_by_enrolment = {c.enrolment_id: c for c in certificates}

    in_progress, completed = [], []
    latest_round: dict = {}
    for enrolment in enrolments:
        latest_round[enrolment.course_key] = max(
            latest_round.get(enrolment.course_key, 0), enrolment.round
        )
        course = courses.get(enrolment.course_key)
        outline = None
        if course is not None and enrolment.is_open:
            outline = _build_outline(
                course=course, enrolment=enrolment, tree=tree, records=records, request=request
            )
        entry = DashboardCourse(
            enrolment=enrolment,
            course=course,
            outline=outline,
            certificate=certificate_by_enrolment.get(enrolment.pk),
            cohort=cohorts.get(enrolment.course_key),
        )
        (in_progress if enrolment.is_open else completed).append(entry)
    # A completed course shows once, at its latest round.
    completed = [
        entry
        for entry in completed
        if entry.enrolment.round == latest_round[entry.enrolment.course_key]
        and not any(e.enrolment.course_key == entry.enrolment.course_key for e in in_progress)
    ]

    now = timezone.now()
    open_refreshers = {e.enrolment.course_key for e in in_progress if e.enrolment.is_refresher}
    certificate_rows = []
    for certificate in certificates:
        course = courses.get(certificate.course_key)
        status = certificate.status_at(now)
        certificate_rows.append(
            DashboardCertificate(
                certificate=certificate,
                course_title=course.title if course else certificate.course_title,
                status=status,
                expiring_soon=status == CertificateStatus.VALID
                and certificate.expires_at <= now + timedelta(days=EXPIRY_SOON_DAYS),
                refresher_open=certificate.course_key in open_refreshers,
                course=course,
            )
        )

    invitations = list(
        CohortInvitation.objects.filter(
            email__iexact=user.email, accepted_at__isnull=True, cohort__closed_at__isnull=True
        ).select_related("cohort", "cohort__organisation")
    )
    member_of = set(CohortMembership.objects.filter(user=user).values_list("cohort_id", flat=True))
    invitations = [inv for inv in invitations if inv.cohort_id not in member_of]
    from campaign_site.accounts.selectors import is_coordinator

    return Dashboard(
        in_progress=in_progress,
        completed=completed,
        certificates=certificate_rows,
        invitations=invitations,
        continue_with=next((e for e in in_progress if e.outline and e.outline.next_item), None),
        is_coordinator=is_coordinator(user),
    )


def course_titles(keys, *, language: str | None = None) -> dict:
    """Course title per translation key, in `language` where translated."""
    language = language or get_language() or settings.LANGUAGE_CODE
    pages = CoursePage.objects.filter(translation_key__in=set(keys)).select_related("locale")
    return {
        key: page.title
        for key, page in _pick_language_version(pages, language=language, fallback=None).items()
    }


def course_in_language(*, course_key, language: str | None = None) -> CoursePage | None:
    language = language or get_language() or settings.LANGUAGE_CODE
    pages = CoursePage.objects.live().filter(translation_key=course_key).select_related("locale")
    return _pick_language_version(pages, language=language, fallback=None).get(course_key)


# ---------------------------------------------------------------------------------------
# Certificates


def certificate_by_number(number: str) -> Certificate | None:
    cleaned = (number or "").strip().upper()
    if not cleaned or len(cleaned) > 32:
        return None
    return Certificate.objects.filter(number=cleaned).first()


def certificates_expiring(*, within_days: int, now=None):
    """Valid certificates that lapse within the given number of days (for reminders)."""
    now = now or timezone.now()
    return Certificate.objects.filter(
        revoked_at__isnull=True,
        expires_at__gt=now,
        expires_at__lte=now + timedelta(days=within_days),
    )


# ---------------------------------------------------------------------------------------
# Cohorts


class CohortLearnerStatus:
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    OVERDUE = "overdue"
    LEFT = "left"
    LABELS = {
        NOT_STARTED: _("Not started"),
        IN_PROGRESS: _("In progress"),
        COMPLETED: _("Completed"),
        OVERDUE: _("Overdue"),
        LEFT: _("Left the course"),
    }


REPORT_COLUMNS = [
    ("name", _("Learner")),
    ("email", _("Email address")),
    ("joined", _("Joined")),
    ("progress", _("Progress (%)")),
    ("last_activity", _("Last activity")),
    ("status", _("Status")),
    ("completed", _("Completed")),
    ("certificate", _("Certificate")),
    ("certificate_status", _("Certificate status")),
    ("certificate_expires", _("Certificate expires")),
]


def _iso(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value).date()
    return value.isoformat()


@dataclass
class CohortReportRow:
    """One learner; `cells` are the exact strings shown on screen and written to the CSV."""

    status: str
    progress: int
    cells: dict

    @property
    def keyed_values(self) -> list[tuple[str, str]]:
        """(column key, text) in column order, for a table cell that knows its column."""
        return [(key, self.cells[key]) for key, _label in REPORT_COLUMNS]


@dataclass
class CohortReport:
    cohort: Cohort
    course_title: str
    rows: list[CohortReportRow]

    @property
    def columns(self):
        return REPORT_COLUMNS

    def rows_with(self, status: str = "") -> list[CohortReportRow]:
        """The learners with one status, or everyone when `status` is empty."""
        return [row for row in self.rows if row.status == status] if status else self.rows

    def count(self, status: str) -> int:
        return len(self.rows_with(status))

    def status_filters(self) -> list[tuple[str, str, int]]:
        """(status, label, learners) for each status, in the order a coordinator reads them."""
        statuses = CohortLearnerStatus
        order = (
            statuses.OVERDUE,
            statuses.NOT_STARTED,
            statuses.IN_PROGRESS,
            statuses.COMPLETED,
            statuses.LEFT,
        )
        return [(status, statuses.LABELS[status], self.count(status)) for status in order]

    @property
    def summary(self) -> dict:
        statuses = CohortLearnerStatus
        return {
            "learners": len(self.rows),
            "completed": self.count(statuses.COMPLETED),
            "in_progress": self.count(statuses.IN_PROGRESS),
            "not_started": self.count(statuses.NOT_STARTED),
            "overdue": self.count(statuses.OVERDUE),
        }


def cohort_report(*, cohort: Cohort, today: date | None = None) -> CohortReport:
    """Each member's progress, last activity, status and certificate: four queries."""
    today = today or timezone.localdate()
    members = list(
        CohortMembership.objects.filter(cohort=cohort)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user__email")
    )
    user_ids = [member.user_id for member in members]
    enrolments: dict = {}
    for enrolment in Enrolment.objects.filter(
        user_id__in=user_ids, course_key=cohort.course_key
    ).order_by("round"):
        # The latest round decides, but a withdrawn round never hides an earlier completion.
        previous = enrolments.get(enrolment.user_id)
        if previous is None or enrolment.withdrawn_at is None:
            enrolments[enrolment.user_id] = enrolment
    certificates = {
        c.enrolment_id: c
        for c in Certificate.objects.filter(enrolment_id__in=[e.pk for e in enrolments.values()])
    }
    statuses = CohortLearnerStatus
    rows = []
    for member in members:
        user = member.user
        enrolment = enrolments.get(user.pk)
        certificate = certificates.get(enrolment.pk) if enrolment else None
        if enrolment is None or enrolment.withdrawn_at is not None:
            status = statuses.LEFT
        elif enrolment.completed_at is not None:
            status = statuses.COMPLETED
        elif cohort.deadline < today:
            status = statuses.OVERDUE
        elif enrolment.started_at is None:
            status = statuses.NOT_STARTED
        else:
            status = statuses.IN_PROGRESS
        progress = enrolment.progress_percent if enrolment else 0
        cells = {
            "name": user.get_full_name() or user.email,
            "email": user.email,
            "joined": _iso(member.joined_at),
            "progress": str(progress),
            "last_activity": _iso(enrolment.last_activity_at if enrolment else None),
            "status": str(statuses.LABELS[status]),
            "completed": _iso(enrolment.completed_at if enrolment else None),
            "certificate": certificate.number if certificate else "",
            "certificate_status": (
                str(CertificateStatus(certificate.status).label) if certificate else ""
            ),
            "certificate_expires": _iso(certificate.expires_at if certificate else None),
        }
        rows.append(CohortReportRow(status=status, progress=progress, cells=cells))
    return CohortReport(
        cohort=cohort,
        course_title=course_titles([cohort.course_key]).get(cohort.course_key, ""),
        rows=rows,
    )


def cohorts_for_coordinator(user):
    return (
        Cohort.objects.filter(organisation__in=coordinated_organisations(user))
        .select_related("organisation")
        .annotate(member_count=Count("memberships"))
        .order_by("closed_at", "deadline", "name")
    )


def cohort_for_coordinator(*, user, cohort_id) -> Cohort | None:
    return cohorts_for_coordinator(user).filter(pk=cohort_id).first()


def courses_for_cohorts(*, language: str | None = None) -> list[CoursePage]:
    """Courses a coordinator can choose for a cohort, in the current language."""
    language = language or get_language() or settings.LANGUAGE_CODE
    pages = CoursePage.objects.live().select_related("locale")
    chosen = _pick_language_version(pages, language=language, fallback=None)
    return sorted(chosen.values(), key=lambda page: page.title)


def cohort_by_code(code: str) -> Cohort | None:
    cleaned = "".join((code or "").split()).upper()
    if not cleaned or len(cleaned) > 32:
        return None
    return (
        Cohort.objects.filter(invitation_code=cleaned, closed_at__isnull=True)
        .select_related("organisation")
        .first()
    )


# ---------------------------------------------------------------------------------------
# Data export


def export_for_user(user) -> dict:
    """The learner's enrolments, progress, quiz attempts and certificates."""
    enrolments = list(Enrolment.objects.filter(user=user).order_by("enrolled_at"))
    titles = course_titles({e.course_key for e in enrolments})
    ids = [e.pk for e in enrolments]
    lessons: dict = {}
    for row in LessonProgress.objects.filter(enrolment_id__in=ids).order_by("started_at"):
        lessons.setdefault(row.enrolment_id, []).append(
            {
                "lesson": str(row.lesson_key),
                "started_at": row.started_at,
                "completed_at": row.completed_at,
            }
        )
    attempts: dict = {}
    answers: dict = {}
    for answer in QuizAnswer.objects.filter(attempt__enrolment_id__in=ids):
        answers.setdefault(answer.attempt_id, []).append(
            {
                "question": answer.question_key,
                "selected": answer.selected,
                "correct": answer.is_correct,
            }
        )
    for attempt in QuizAttempt.objects.filter(enrolment_id__in=ids).order_by("submitted_at"):
        attempts.setdefault(attempt.enrolment_id, []).append(
            {
                "quiz": str(attempt.quiz_key),
                "attempt": attempt.number,
                "submitted_at": attempt.submitted_at,
                "score_percent": attempt.score_percent,
                "passed": attempt.passed,
                "answers": answers.get(attempt.pk, []),
            }
        )
    return {
        "enrolments": [
            {
                "course": titles.get(e.course_key, str(e.course_key)),
                "round": e.round,
                "enrolled_at": e.enrolled_at,
                "started_at": e.started_at,
                "completed_at": e.completed_at,
                "left_at": e.withdrawn_at,
                "last_activity_at": e.last_activity_at,
                "progress_percent": e.progress_percent,
                "lessons": lessons.get(e.pk, []),
                "quiz_attempts": attempts.get(e.pk, []),
            }
            for e in enrolments
        ],
        "certificates": [
            {
                "number": c.number,
                "course": c.course_title,
                "name": c.holder_name,
                "issued_at": c.issued_at,
                "expires_at": c.expires_at,
                "status": c.status,
            }
            for c in Certificate.objects.filter(user=user)
        ],
        "cohorts": [
            {"cohort": m.cohort.name, "joined_at": m.joined_at, "deadline": m.cohort.deadline}
            for m in CohortMembership.objects.filter(user=user).select_related("cohort")
        ],
    }
