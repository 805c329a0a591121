"""Writes for courses: enrolment, progress, quizzes, completion, certificates and cohorts.

`record_completion` is the one function that completes anything (a lesson, a module, a
course) and sends `completion_recorded`; certificates, reminders and reach listen to it.
"""

from __future__ import annotations

import calendar
import logging
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from campaign_site.accounts.selectors import coordinated_organisations, is_verified, profile_for

from . import selectors
from .models import (
    Certificate,
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
from .signals import certificate_issued, completion_recorded, enrolment_created

logger = logging.getLogger(__name__)

MAX_ANSWER_VALUES = 50
MAX_INVITATIONS_AT_ONCE = 500
REVOCATION_REASON_MAX = 2000


class CourseActionRefused(Exception):
    """The learner may not do this now; `message` says why in their language."""

    def __init__(self, message, *, reason: str | None = None):
        super().__init__(str(message))
        self.message = message
        self.reason = reason


# ---------------------------------------------------------------------------------------
# Enrolment

REFUSAL_MESSAGES = {
    selectors.AccessReason.LOGIN: _("Sign in to enrol in this course."),
    selectors.AccessReason.VERIFY: _(
        "This course is for verified professionals. Your account is not verified yet."
    ),
    selectors.AccessReason.ROLE: _(
        "This course is for other professional roles than the one in your profile."
    ),
}


@transaction.atomic
def enrol(*, user, course: CoursePage) -> Enrolment:
    """Enrol the learner, or return their open enrolment. After a completion, a new round
    (a refresher) starts; the earlier certificate stays valid until it lapses."""
    refusal = selectors.enrolment_refusal(user=user, course=course)
    if refusal is not None:
        raise CourseActionRefused(REFUSAL_MESSAGES[refusal], reason=refusal)
    key = course.translation_key
    existing = Enrolment.objects.filter(
        user=user, course_key=key, completed_at__isnull=True, withdrawn_at__isnull=True
    ).first()
    if existing is not None:
        return existing
    last_round = (
        Enrolment.objects.filter(user=user, course_key=key).aggregate(last=Max("round"))["last"]
        or 0
    )
    try:
        with transaction.atomic():
            enrolment = Enrolment.objects.create(
                user=user,
                course_key=key,
                round=last_round + 1,
                language=course.locale.language_code,
            )
    except IntegrityError:
        # A second request enrolled the learner at the same moment.
        return Enrolment.objects.get(
            user=user, course_key=key, completed_at__isnull=True, withdrawn_at__isnull=True
        )
    enrolment_created.send(sender=Enrolment, enrolment=enrolment)
    logger.info("user %s enrolled in course %s (round %s)", user.pk, key, enrolment.round)
    return enrolment


@transaction.atomic
def leave_course(*, enrolment: Enrolment) -> None:
    """The learner stops an unfinished course; reminders stop with it."""
    if enrolment.is_open:
        enrolment.withdrawn_at = timezone.now()
        enrolment.save(update_fields=["withdrawn_at"])


def _touch(
    enrolment: Enrolment, *, now: datetime, language: str | None = None, lesson_key=None
) -> None:
    fields = ["last_activity_at"]
    enrolment.last_activity_at = now
    if enrolment.started_at is None:
        enrolment.started_at = now
        fields.append("started_at")
    if lesson_key is not None and enrolment.last_lesson_key != lesson_key:
        enrolment.last_lesson_key = lesson_key
        fields.append("last_lesson_key")
    if language and enrolment.language != language:
        enrolment.language = language
        fields.append("language")
    enrolment.save(update_fields=fields)


def record_lesson_visit(*, enrolment: Enrolment, lesson: LessonPage, module_key=None) -> None:
    """Mark the lesson started and remember it for "continue where you left off"."""
    if not enrolment.is_open:
        return
    now = timezone.now()
    if module_key is None:
        module_key = (
            ModulePage.objects.filter(path=lesson.path[: -lesson.steplen])
            .values_list("translation_key", flat=True)
            .first()
        )
    if module_key is None:
        return
    with transaction.atomic():
        LessonProgress.objects.get_or_create(
            enrolment=enrolment,
            lesson_key=lesson.translation_key,
            defaults={"module_key": module_key, "started_at": now},
        )
        _touch(enrolment, now=now, language=get_language(), lesson_key=lesson.translation_key)


def _open_enrolment_for(*, user, page, course: CoursePage) -> Enrolment:
    access = selectors.material_access(user=user, course=course)
    if not access.allowed or access.enrolment is None:
        raise CourseActionRefused(_("Enrol in the course first."), reason="enrol")
    if not access.enrolment.is_open:
        raise CourseActionRefused(_("You have already completed this course."), reason="completed")
    return access.enrolment


def _module_is_locked(*, enrolment: Enrolment, course: CoursePage, module_key) -> bool:
    outline = selectors.course_outline(course=course, enrolment=enrolment)
    module = outline.module_for(module_key)
    return module is None or module.locked


def complete_lesson(*, user, lesson: LessonPage) -> bool:
    """The learner says they finished the lesson. The server decides what that completes."""
    course = lesson.course
    enrolment = _open_enrolment_for(user=user, page=lesson, course=course)
    module = ModulePage.objects.get(path=lesson.path[: -lesson.steplen])
    if _module_is_locked(enrolment=enrolment, course=course, module_key=module.translation_key):
        raise CourseActionRefused(
            _("Complete the modules this one builds on first."), reason="locked"
        )
    return record_completion(enrolment=enrolment, kind="lesson", page=lesson)


# ---------------------------------------------------------------------------------------
# Completion


def _record(*, enrolment: Enrolment, kind: str, page, now: datetime) -> bool:
    if kind == "lesson":
        module_key = (
            ModulePage.objects.filter(path=page.path[: -page.steplen])
            .values_list("translation_key", flat=True)
            .get()
        )
        progress, created = LessonProgress.objects.get_or_create(
            enrolment=enrolment,
            lesson_key=page.translation_key,
            defaults={"module_key": module_key, "started_at": now, "completed_at": now},
        )
        if not created:
            if progress.completed_at is not None:
                return False
            progress.completed_at = now
            progress.save(update_fields=["completed_at"])
    elif kind == "module":
        _completion, created = ModuleCompletion.objects.get_or_create(
            enrolment=enrolment, module_key=page.translation_key, defaults={"completed_at": now}
        )
        if not created:
            return False
    elif kind == "course":
        if enrolment.completed_at is not None:
            return False
        enrolment.completed_at = now
        enrolment.progress_percent = 100
        enrolment.save(update_fields=["completed_at", "progress_percent"])
    else:
        raise ValueError(f"unknown completion kind {kind!r}")
    completion_recorded.send(
        sender=Enrolment, user=enrolment.user, enrolment=enrolment, kind=kind, page=page
    )
    logger.info("enrolment %s completed %s %s", enrolment.pk, kind, page.translation_key)
    return True


@transaction.atomic
def record_completion(*, enrolment: Enrolment, kind: str, page) -> bool:
    """Complete a lesson, module or course, then whatever that completes in turn.

    Returns True when `page` was newly completed. Completing something twice changes and
    sends nothing. A module completes when its required lessons are complete and its quiz
    passed (and the modules it builds on are complete); a course when every module is.
    """
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if not enrolment.is_open:
        return False
    now = timezone.now()
    newly = _record(enrolment=enrolment, kind=kind, page=page, now=now)
    if kind != "course":
        course = page.course if hasattr(page, "course") else None
        if course is not None:
            _settle(enrolment=enrolment, course=course, now=now)
    _touch(enrolment, now=now)
    return newly


def _settle(*, enrolment: Enrolment, course: CoursePage, now: datetime) -> None:
    """Complete the modules and the course that are now complete; store the progress."""
    outline = selectors.course_outline(course=course, enrolment=enrolment)
    for module in outline.modules:
        locked = any(not prerequisite.completed for prerequisite in module.prerequisites)
        if not module.completed and not locked and module.ready_to_complete:
            _record(enrolment=enrolment, kind="module", page=module.page, now=now)
            module.completed = True
    if outline.modules and all(module.completed for module in outline.modules):
        _record(enrolment=enrolment, kind="course", page=course, now=now)
        return
    percent = outline.progress_percent
    if enrolment.progress_percent != percent:
        enrolment.progress_percent = percent
        enrolment.save(update_fields=["progress_percent"])


# ---------------------------------------------------------------------------------------
# Quizzes


@dataclass
class QuizSubmissionInvalid(Exception):
    """The form was incomplete or malformed; nothing was recorded."""

    message: str
    unanswered: list[str] = field(default_factory=list)

    def __str__(self):
        return str(self.message)


def parse_quiz_answers(data) -> dict[str, list[str]]:
    """Answers from a POST: fields named "q-<question key>" with one value per option."""
    answers: dict[str, list[str]] = {}
    for name in data:
        if not name.startswith("q-"):
            continue
        values = data.getlist(name) if hasattr(data, "getlist") else data[name]
        if isinstance(values, str):
            values = [values]
        if len(values) > MAX_ANSWER_VALUES:
            raise QuizSubmissionInvalid(_("The answers could not be read. Please try again."))
        answers[name[2:][:64]] = [str(value)[:64] for value in values]
    return answers


def grade_answers(*, questions, answers: dict[str, list[str]]):
    """(correct count, [(question, selected keys, correct?)]); raises on bad answers."""
    graded, unanswered = [], []
    for question in questions:
        chosen = answers.get(question.key) or []
        option_keys = {option.key for option in question.options}
        if any(key not in option_keys for key in chosen):
            raise QuizSubmissionInvalid(_("The answers could not be read. Please try again."))
        chosen_set = frozenset(chosen)
        if not chosen_set or (not question.is_multiple and len(chosen_set) != 1):
            unanswered.append(question.key)
            continue
        graded.append((question, sorted(chosen_set), chosen_set == question.correct_keys))
    if unanswered:
        raise QuizSubmissionInvalid(
            _("Answer every question before you submit."), unanswered=unanswered
        )
    return sum(1 for _q, _s, correct in graded if correct), graded


def submit_quiz(*, user, quiz: QuizPage, answers: dict[str, list[str]]) -> QuizAttempt:
    """Grade the answers on the server and record the attempt. A pass may complete the
    module and the course; a failure completes nothing."""
    course = quiz.course
    enrolment = _open_enrolment_for(user=user, page=quiz, course=course)
    module_key = (
        ModulePage.objects.filter(path=quiz.path[: -quiz.steplen])
        .values_list("translation_key", flat=True)
        .get()
    )
    if _module_is_locked(enrolment=enrolment, course=course, module_key=module_key):
        raise CourseActionRefused(
            _("Complete the modules this one builds on first."), reason="locked"
        )
    questions = selectors.quiz_questions(quiz)
    if not questions:
        raise CourseActionRefused(_("This quiz has no questions yet."), reason="empty")
    correct, graded = grade_answers(questions=questions, answers=answers)
    with transaction.atomic():
        enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        status = selectors.quiz_status(quiz=quiz, enrolment=enrolment)
        if status.passed:
            raise CourseActionRefused(_("You have already passed this quiz."), reason="passed")
        if status.out_of_attempts:
            raise CourseActionRefused(
                _("You have used every attempt at this quiz. Your coordinator can help."),
                reason="attempts",
            )
        if status.waiting:
            raise CourseActionRefused(_("You can try this quiz again later."), reason="wait")
        total = len(questions)
        percent = (100 * correct) // total
        now = timezone.now()
        attempt = QuizAttempt.objects.create(
            enrolment=enrolment,
            quiz_key=quiz.translation_key,
            module_key=module_key,
            number=status.attempts_used + 1,
            submitted_at=now,
            correct_count=correct,
            question_count=total,
            score_percent=percent,
            pass_mark=quiz.pass_mark,
            passed=percent >= quiz.pass_mark,
            language=quiz.locale.language_code,
        )
        QuizAnswer.objects.bulk_create(
            [
                QuizAnswer(
                    attempt=attempt,
                    question_key=question.key,
                    selected=selected,
                    is_correct=is_correct,
                )
                for question, selected, is_correct in graded
            ]
        )
        _touch(enrolment, now=now, language=quiz.locale.language_code)
        if attempt.passed:
            # A passed quiz is not a completion itself: it may complete its module and course.
            _settle(enrolment=enrolment, course=course, now=now)
    return attempt


# ---------------------------------------------------------------------------------------
# Certificates

NUMBER_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_certificate_number() -> str:
    groups = ["".join(secrets.choice(NUMBER_ALPHABET) for _ in range(4)) for _ in range(3)]
    return "C-" + "-".join(groups)


def add_months(moment: datetime, months: int) -> datetime:
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def certificate_language(*, user, enrolment: Enrolment) -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    profile = profile_for(user)
    if profile is not None and profile.preferred_language in codes:
        return profile.preferred_language
    if enrolment.language in codes:
        return enrolment.language
    return settings.LANGUAGE_CODE


@transaction.atomic
def issue_certificate(*, enrolment: Enrolment, course: CoursePage) -> Certificate:
    """Issue the certificate of a completed enrolment (once; a second call returns it)."""
    existing = Certificate.objects.filter(enrolment=enrolment).first()
    if existing is not None:
        return existing
    if enrolment.completed_at is None or enrolment.user is None:
        raise ValueError("only a completed enrolment of an existing learner earns a certificate")
    user = enrolment.user
    language = certificate_language(user=user, enrolment=enrolment)
    titled = (
        selectors.course_in_language(course_key=course.translation_key, language=language) or course
    )
    issued = enrolment.completed_at
    for _attempt in range(5):
        try:
            with transaction.atomic():
                certificate = Certificate.objects.create(
                    number=new_certificate_number(),
                    enrolment=enrolment,
                    user=user,
                    course_key=course.translation_key,
                    holder_name=(user.get_full_name() or user.email)[:300],
                    course_title=titled.title[:255],
                    language=language,
                    issued_at=issued,
                    expires_at=add_months(issued, course.certificate_validity_months),
                )
            break
        except IntegrityError:
            if Certificate.objects.filter(enrolment=enrolment).exists():
                return Certificate.objects.get(enrolment=enrolment)
    else:  # pragma: no cover - five collisions in a 31^12 space
        raise RuntimeError("could not find a free certificate number")
    certificate_issued.send(sender=Certificate, certificate=certificate)
    from . import tasks

    transaction.on_commit(lambda: tasks.deliver_certificate.delay(certificate.pk))
    logger.info("certificate %s issued for enrolment %s", certificate.number, enrolment.pk)
    return certificate


def issue_certificate_on_course_completion(sender, *, enrolment, kind, page, **kwargs):
    """Receiver of completion_recorded: a completed course earns a certificate."""
    if kind == "course":
        issue_certificate(enrolment=enrolment, course=page)


@transaction.atomic
def revoke_certificate(*, certificate: Certificate, revoked_by, reason: str) -> Certificate:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the certificate is revoked.")})
    if len(reason) > REVOCATION_REASON_MAX:
        raise ValidationError({"reason": _("Keep the reason under 2,000 characters.")})
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.revoked_at is not None:
        raise ValidationError(_("This certificate is already revoked."))
    certificate.revoked_at = timezone.now()
    certificate.revocation_reason = reason
    certificate.revoked_by = revoked_by
    certificate.save(update_fields=["revoked_at", "revocation_reason", "revoked_by"])
    logger.info(
        "certificate %s revoked by %s", certificate.number, revoked_by.pk if revoked_by else None
    )
    return certificate


def certificate_pdf(*, certificate: Certificate) -> bytes:
    """The certificate's PDF: the stored copy, or rendered now and stored."""
    from .certificate_pdf import certificate_storage, render_certificate_pdf

    storage = certificate_storage()
    if certificate.pdf_file and storage.exists(certificate.pdf_file):
        with storage.open(certificate.pdf_file, "rb") as handle:
            return handle.read()
    return store_certificate_pdf(certificate=certificate, data=render_certificate_pdf(certificate))


def store_certificate_pdf(*, certificate: Certificate, data: bytes | None = None) -> bytes:
    from django.core.files.base import ContentFile

    from .certificate_pdf import certificate_storage, render_certificate_pdf

    if data is None:
        data = render_certificate_pdf(certificate)
    storage = certificate_storage()
    name = f"{certificate.number}.pdf"
    if storage.exists(name):
        storage.delete(name)
    saved = storage.save(name, ContentFile(data))
    Certificate.objects.filter(pk=certificate.pk).update(pdf_file=saved)
    certificate.pdf_file = saved
    return data


def discard_certificate_pdf(*, certificate: Certificate) -> None:
    from .certificate_pdf import certificate_storage

    if certificate.pdf_file:
        storage = certificate_storage()
        if storage.exists(certificate.pdf_file):
            storage.delete(certificate.pdf_file)
        Certificate.objects.filter(pk=certificate.pk).update(pdf_file="")


def deliver_certificate(*, certificate_id: int) -> bool:
    """Render and store the PDF, then email the learner a link. Safe to run twice: the
    email is claimed (emailed_at) before it is sent, and released if sending fails."""
    from django.urls import reverse
    from django.utils import translation

    from campaign_site.accounts.emails import send_to_user

    certificate = Certificate.objects.select_related("user").filter(pk=certificate_id).first()
    if certificate is None or certificate.user is None:
        return False
    if not certificate.pdf_file:
        store_certificate_pdf(certificate=certificate)
    claimed = Certificate.objects.filter(pk=certificate.pk, emailed_at__isnull=True).update(
        emailed_at=timezone.now()
    )
    if not claimed:
        return False
    with translation.override(certificate.language):
        dashboard_path = reverse("courses:dashboard")
        verify_path = reverse("courses:verify", args=[certificate.number])
    try:
        send_to_user(
            user=certificate.user,
            template="courses/emails/certificate_issued",
            context={
                "certificate": certificate,
                "dashboard_url": settings.SITE_URL + dashboard_path,
                "verify_url": settings.SITE_URL + verify_path,
            },
        )
    except OSError:
        Certificate.objects.filter(pk=certificate.pk).update(emailed_at=None)
        raise
    return True


# ---------------------------------------------------------------------------------------
# Cohorts


def _coordinates(user, organisation) -> bool:
    return coordinated_organisations(user).filter(pk=organisation.pk).exists()


@transaction.atomic
def create_cohort(
    *, coordinator, organisation, course: CoursePage, name: str, deadline: date
) -> Cohort:
    if not _coordinates(coordinator, organisation):
        raise CourseActionRefused(_("You do not coordinate this organisation."))
    name = " ".join((name or "").split())
    errors = {}
    if not name:
        errors["name"] = _("Give the cohort a name.")
    elif len(name) > 200:
        errors["name"] = _("Keep the name under 200 characters.")
    elif Cohort.objects.filter(organisation=organisation, name__iexact=name).exists():
        errors["name"] = _("Your organisation already has a cohort with this name.")
    if deadline < timezone.localdate():
        errors["deadline"] = _("Choose a deadline in the future.")
    if errors:
        raise ValidationError(errors)
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Cohort.objects.create(
                    organisation=organisation,
                    course_key=course.translation_key,
                    name=name,
                    deadline=deadline,
                    created_by=coordinator,
                )
        except IntegrityError:
            if Cohort.objects.filter(organisation=organisation, name__iexact=name).exists():
                raise ValidationError(
                    {"name": _("Your organisation already has a cohort with this name.")}
                ) from None
    raise RuntimeError("could not find a free invitation code")  # pragma: no cover


@transaction.atomic
def close_cohort(*, cohort: Cohort) -> None:
    if cohort.closed_at is None:
        cohort.closed_at = timezone.now()
        cohort.save(update_fields=["closed_at"])


def join_cohort(*, user, cohort: Cohort) -> Enrolment:
    """The learner accepts an invitation (code, link or email): they are verified by the
    invitation, join the cohort and are enrolled in its course."""
    from campaign_site.accounts.services import record_verification

    if not cohort.is_open:
        raise CourseActionRefused(_("This cohort no longer takes new learners."))
    course = selectors.course_in_language(course_key=cohort.course_key)
    if course is None:
        raise CourseActionRefused(_("The course of this cohort is not available."))
    profile = profile_for(user)
    roles = course.audience_roles or []
    if roles and (profile is None or profile.professional_role not in roles):
        raise CourseActionRefused(
            _(
                "This course is for other professional roles. Check the role in your profile, "
                "or ask your coordinator."
            ),
            reason="role",
        )
    with transaction.atomic():
        if not is_verified(user):
            record_verification(user=user, method="invitation", organisation=cohort.organisation)
            user.refresh_from_db()
            if hasattr(user, "profile"):
                user.profile.refresh_from_db()
        CohortMembership.objects.get_or_create(cohort=cohort, user=user)
        CohortInvitation.objects.filter(
            cohort=cohort, email__iexact=user.email, accepted_at__isnull=True
        ).update(accepted_at=timezone.now())
        enrolment = enrol(user=user, course=course)
    return enrolment


def invite_to_cohort(*, cohort: Cohort, emails_text: str, invited_by) -> list[CohortInvitation]:
    """Invite each address (one per line, or separated by commas); each gets one email."""
    raw = [
        part.strip()
        for part in (emails_text or "").replace(",", "\n").replace(";", "\n").splitlines()
    ]
    raw = [part for part in raw if part]
    if not raw:
        raise ValidationError({"emails": _("Enter at least one email address.")})
    if len(raw) > MAX_INVITATIONS_AT_ONCE:
        raise ValidationError({"emails": _("Invite at most 500 people at a time.")})
    invalid = []
    addresses = []
    for address in raw:
        try:
            validate_email(address)
        except ValidationError:
            invalid.append(address[:100])
            continue
        if address.lower() not in addresses:
            addresses.append(address.lower())
    if invalid:
        raise ValidationError(
            {
                "emails": _("These are not email addresses: %(list)s")
                % {"list": ", ".join(invalid[:10])}
            }
        )
    if not cohort.is_open:
        raise CourseActionRefused(_("This cohort no longer takes new learners."))
    language = get_language() or settings.LANGUAGE_CODE
    created = []
    with transaction.atomic():
        for address in addresses:
            invitation, is_new = CohortInvitation.objects.get_or_create(
                cohort=cohort, email=address, defaults={"invited_by": invited_by}
            )
            if is_new:
                created.append(invitation)
        from . import tasks

        ids = [invitation.pk for invitation in created]
        transaction.on_commit(
            lambda: [tasks.send_cohort_invitation.delay(pk, language) for pk in ids]
        )
    return created


def send_cohort_invitation(*, invitation_id: int, language: str) -> bool:
    """Email one invitation: to an account holder in their language, else in `language`."""
    from django.core.mail import EmailMultiAlternatives
    from django.template.loader import render_to_string
    from django.urls import reverse
    from django.utils import translation

    from campaign_site.accounts.emails import send_to_user
    from campaign_site.accounts.models import User

    invitation = (
        CohortInvitation.objects.select_related("cohort", "cohort__organisation")
        .filter(pk=invitation_id, accepted_at__isnull=True)
        .first()
    )
    if invitation is None:
        return False
    user = User.objects.filter(email__iexact=invitation.email, is_active=True).first()
    codes = {code for code, _name in settings.LANGUAGES}
    language = language if language in codes else settings.LANGUAGE_CODE
    if user is not None:
        from campaign_site.accounts.emails import language_for

        language = language_for(user)
    with translation.override(language):
        join_url = settings.SITE_URL + reverse(
            "courses:join_code", args=[invitation.cohort.invitation_code]
        )
        course_title = selectors.course_titles(
            [invitation.cohort.course_key], language=language
        ).get(invitation.cohort.course_key, "")
    context = {
        "invitation": invitation,
        "cohort": invitation.cohort,
        "join_url": join_url,
        "course_title": course_title,
    }
    template = "courses/emails/cohort_invitation"
    if user is not None:
        return bool(send_to_user(user=user, template=template, context=context))
    context.update(
        {
            "site_url": settings.SITE_URL,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "language_code": language,
        }
    )
    with translation.override(language):
        context["language_bidi"] = translation.get_language_bidi()
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject, body=text, from_email=settings.DEFAULT_FROM_EMAIL, to=[invitation.email]
    )
    message.attach_alternative(html, "text/html")
    return bool(message.send())


# ---------------------------------------------------------------------------------------
# Account deletion


def anonymise_learner(sender=None, *, user, **kwargs) -> None:
    """Receiver of accounts' account_deleting: keep progress as anonymous counts and
    certificates as anonymised, still verifiable records; drop everything personal."""
    now = timezone.now()
    for certificate in Certificate.objects.filter(user=user):
        discard_certificate_pdf(certificate=certificate)
    Certificate.objects.filter(user=user).update(user=None, holder_name="", anonymised_at=now)
    Enrolment.objects.filter(user=user).update(user=None, anonymised_at=now, last_lesson_key=None)
    CohortInvitation.objects.filter(email__iexact=user.email).delete()
