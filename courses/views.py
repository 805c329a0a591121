"""The learner area, quiz submission, certificates and coordinators' cohort reports.

Views are thin: they read through selectors and write through services.
"""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.images import get_image_model

from campaign_site.accounts.decorators import mfa_required
from campaign_site.accounts.selectors import coordinated_organisations, is_coordinator

from . import forms, selectors, services
from .models import CoursePage, LessonPage, QuizPage

LESSON_IMAGE_SPECS = {"width-800", "width-1600"}


def _private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


def _back(request, fallback: str):
    target = request.POST.get("next") or request.META.get("HTTP_REFERER") or fallback
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = fallback
    return HttpResponseRedirect(target)


def access_denied(request, *, course, decision):
    """What someone without access to restricted material gets instead of it."""
    if decision.reason == selectors.AccessReason.LOGIN:
        return redirect_to_login(request.get_full_path())
    response = TemplateResponse(
        request,
        "courses/access_denied.html",
        {
            "course": course,
            "decision": decision,
            "page": course if decision.reason == "enrol" else None,
        },
        status=403,
    )
    return _private(response)


# ---------------------------------------------------------------------------------------
# Learner


@login_required
@require_GET
def dashboard(request):
    context = {
        "dashboard": selectors.learner_dashboard(user=request.user, request=request),
        "join_form": forms.JoinCohortForm(),
    }
    return _private(TemplateResponse(request, "courses/dashboard.html", context))


@login_required
@require_POST
def enrol(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        enrolment = services.enrol(user=request.user, course=course)
    except services.CourseActionRefused as refused:
        messages.error(request, refused.message)
        return _back(request, reverse("courses:dashboard"))
    outline = selectors.course_outline(course=course, enrolment=enrolment, request=request)
    if enrolment.is_refresher and enrolment.started_at is None:
        messages.success(
            request, _("Refresher started. Your current certificate stays valid until it expires.")
        )
    else:
        messages.success(request, _("You are enrolled. Your progress is saved as you go."))
    target = outline.next_item.url if outline.next_item else course.get_url(request)
    return redirect(target)


@login_required
@require_POST
def leave(request, course_id: int):
    course = get_object_or_404(CoursePage, pk=course_id)
    enrolment = selectors.current_enrolment(user=request.user, course_key=course.translation_key)
    if enrolment is not None and enrolment.is_open:
        services.leave_course(enrolment=enrolment)
        messages.success(request, _("You have left the course. You can enrol again at any time."))
    return redirect("courses:dashboard")


@login_required
@require_POST
def complete_lesson(request, lesson_id: int):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    try:
        services.complete_lesson(user=request.user, lesson=lesson)
    except services.CourseActionRefused as refused:
        messages.error(request, refused.message)
        return redirect(lesson.get_url(request))
    enrolment = selectors.current_enrolment(
        user=request.user, course_key=lesson.course.translation_key
    )
    if enrolment is not None and enrolment.completed_at is not None:
        messages.success(request, _("Course complete. Your certificate is ready."))
        return redirect("courses:dashboard")
    outline = selectors.course_outline(course=lesson.course, enrolment=enrolment, request=request)
    _before, after = outline.neighbours(lesson.translation_key)
    next_item = after if after is not None and not after.done else outline.next_item
    return redirect(next_item.url if next_item else lesson.course.get_url(request))


@login_required
@require_POST
def submit_quiz(request, quiz_id: int):
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    try:
        answers = services.parse_quiz_answers(request.POST)
        attempt = services.submit_quiz(user=request.user, quiz=quiz, answers=answers)
    except services.QuizSubmissionInvalid as invalid:
        return _render_quiz_with_errors(request, quiz, invalid)
    except services.CourseActionRefused as refused:
        messages.error(request, refused.message)
        return redirect(quiz.get_url(request))
    return redirect(f"{quiz.get_url(request)}?attempt={attempt.number}#result")


def _render_quiz_with_errors(request, quiz, invalid):
    decision = selectors.material_access(user=request.user, course=quiz.course)
    if not decision.allowed:
        return access_denied(request, course=quiz.course, decision=decision)
    request.course_access = decision
    request.is_preview = False
    context = quiz.get_context(request)
    chosen = {}
    for name in request.POST:
        if name.startswith("q-"):
            chosen[name[2:][:64]] = set(request.POST.getlist(name)[:50])
    context.update(
        {
            "submission_error": invalid.message,
            "unanswered": set(invalid.unanswered),
            "chosen": chosen,
        }
    )
    return _private(TemplateResponse(request, quiz.get_template(request), context, status=400))


# ---------------------------------------------------------------------------------------
# Restricted images


@require_GET
def lesson_image(request, lesson_id: int, image_id: int, spec: str):
    """An image of a lesson, served only to those who may read the lesson."""
    if spec not in LESSON_IMAGE_SPECS:
        raise Http404
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    decision = selectors.material_access(user=request.user, course=lesson.course)
    if not decision.allowed:
        return access_denied(request, course=lesson.course, decision=decision)
    used = {
        block.value["image"].pk
        for block in lesson.body
        if block.block_type == "image" and block.value.get("image") is not None
    }
    if image_id not in used:
        raise Http404
    image = get_object_or_404(get_image_model(), pk=image_id)
    rendition = image.get_rendition(spec)
    response = FileResponse(
        rendition.file.open("rb"), content_type=f"image/{rendition.file.name.rsplit('.', 1)[-1]}"
    )
    if lesson.course.is_restricted:
        patch_cache_control(response, private=True, max_age=3600)
    else:
        patch_cache_control(response, public=True, max_age=86400)
    return response


# ---------------------------------------------------------------------------------------
# Certificates


@login_required
@require_GET
def certificate_pdf(request, number: str):
    certificate = selectors.certificate_by_number(number)
    if certificate is None or (
        certificate.user_id != request.user.pk
        and not request.user.has_perm("courses.view_certificate")
    ):
        raise Http404
    data = services.certificate_pdf(certificate=certificate)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="certificate-{certificate.number}.pdf"'
    return _private(response)


@require_GET
def verify_lookup(request):
    form = forms.CertificateLookupForm(request.GET or None)
    if form.is_valid():
        number = form.cleaned_data["number"].strip().upper()
        if selectors.certificate_by_number(number) is not None:
            return redirect("courses:verify", number=number)
        form.add_error("number", _("No certificate has this number. Check it and try again."))
    response = TemplateResponse(
        request, "courses/verify_lookup.html", {"form": form}, status=404 if form.is_bound else 200
    )
    patch_cache_control(response, no_cache=True)
    return response


@require_GET
def verify(request, number: str):
    """Public: says valid, expired or revoked, with the name, course and dates only."""
    certificate = selectors.certificate_by_number(number)
    if certificate is None:
        response = TemplateResponse(
            request, "courses/verify.html", {"number": number[:40]}, status=404
        )
    else:
        title = (
            selectors.course_titles([certificate.course_key]).get(certificate.course_key)
            or certificate.course_title
        )
        response = TemplateResponse(
            request,
            "courses/verify.html",
            {"certificate": certificate, "course_title": title, "status": certificate.status},
        )
    # Revocations must show at once: caches revalidate every time.
    patch_cache_control(response, no_cache=True)
    response["X-Robots-Tag"] = "noindex"
    return response


# ---------------------------------------------------------------------------------------
# Cohorts: learners joining


@login_required
def join(request):
    form = forms.JoinCohortForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return redirect("courses:join_code", code=form.cleaned_data["code"])
    return _private(
        TemplateResponse(
            request, "courses/join.html", {"form": form}, status=400 if form.is_bound else 200
        )
    )


@login_required
def join_code(request, code: str):
    cohort = selectors.cohort_by_code(code)
    if cohort is None:
        messages.error(
            request, _("This invitation is not valid any more. Ask your coordinator for a new one.")
        )
        return redirect("courses:join")
    course = selectors.course_in_language(course_key=cohort.course_key)
    if request.method == "POST":
        try:
            enrolment = services.join_cohort(user=request.user, cohort=cohort)
        except services.CourseActionRefused as refused:
            messages.error(request, refused.message)
            return redirect("courses:dashboard")
        messages.success(request, _("You have joined %(cohort)s.") % {"cohort": cohort.name})
        outline = selectors.course_outline(course=course, enrolment=enrolment, request=request)
        return redirect(outline.next_item.url if outline.next_item else course.get_url(request))
    return _private(
        TemplateResponse(request, "courses/join_confirm.html", {"cohort": cohort, "course": course})
    )


# ---------------------------------------------------------------------------------------
# Cohorts: coordinators


def _coordinator_only(request):
    if not is_coordinator(request.user):
        raise Http404


@mfa_required
def cohort_list(request):
    _coordinator_only(request)
    cohorts = list(selectors.cohorts_for_coordinator(request.user))
    titles = selectors.course_titles({cohort.course_key for cohort in cohorts})
    rows = [(cohort, titles.get(cohort.course_key, "")) for cohort in cohorts]
    return _private(TemplateResponse(request, "courses/cohort_list.html", {"rows": rows}))


@mfa_required
def cohort_create(request):
    _coordinator_only(request)
    form = forms.CohortForm(
        request.POST or None,
        organisations=coordinated_organisations(request.user),
        courses=selectors.courses_for_cohorts(),
    )
    if request.method == "POST" and form.is_valid():
        try:
            cohort = services.create_cohort(
                coordinator=request.user,
                organisation=form.cleaned_data["organisation"],
                course=form.cleaned_data["course"],
                name=form.cleaned_data["name"],
                deadline=form.cleaned_data["deadline"],
            )
        except ValidationError as error:
            for field, problems in error.message_dict.items():
                for problem in problems:
                    form.add_error(field if field in form.fields else None, problem)
        except services.CourseActionRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("Cohort created. Share the invitation link or code."))
            return redirect("courses:cohort_report", cohort_id=cohort.pk)
    return _private(
        TemplateResponse(
            request,
            "courses/cohort_form.html",
            {"form": form},
            status=400 if form.is_bound and form.errors else 200,
        )
    )


def _coordinated_cohort(request, cohort_id):
    _coordinator_only(request)
    cohort = selectors.cohort_for_coordinator(user=request.user, cohort_id=cohort_id)
    if cohort is None:
        raise Http404
    return cohort


COHORT_REPORT_PAGE_SIZE = 100


@mfa_required
def cohort_report(request, cohort_id: int):
    cohort = _coordinated_cohort(request, cohort_id)
    invite_form = forms.InviteForm(request.POST or None)
    if request.method == "POST" and invite_form.is_valid():
        try:
            created = services.invite_to_cohort(
                cohort=cohort,
                emails_text=invite_form.cleaned_data["emails"],
                invited_by=request.user,
            )
        except ValidationError as error:
            for problem in error.message_dict.get("emails", error.messages):
                invite_form.add_error("emails", problem)
        except services.CourseActionRefused as refused:
            invite_form.add_error("emails", refused.message)
        else:
            messages.success(request, _("Invitations sent: %(count)s.") % {"count": len(created)})
            return redirect("courses:cohort_report", cohort_id=cohort.pk)
    report = selectors.cohort_report(cohort=cohort)
    join_url = request.build_absolute_uri(
        reverse("courses:join_code", args=[cohort.invitation_code])
    )
    # One status at a time ("who is overdue?"), a page of learners at a time: a large
    # cohort's report stays quick to load and to read; the CSV keeps every learner.
    status = request.GET.get("status", "")
    if status not in selectors.CohortLearnerStatus.LABELS:
        status = ""
    learners = Paginator(report.rows_with(status), COHORT_REPORT_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return _private(
        TemplateResponse(
            request,
            "courses/cohort_report.html",
            {
                "report": report,
                "cohort": cohort,
                "join_url": join_url,
                "invite_form": invite_form,
                "status": status,
                "status_filters": report.status_filters(),
                "learners": learners,
            },
            status=400 if invite_form.is_bound and invite_form.errors else 200,
        )
    )


class _Echo:
    def write(self, value):
        return value


@mfa_required
@require_GET
def cohort_report_csv(request, cohort_id: int):
    """Exactly the rows and cells of the report on screen."""
    from django.http import StreamingHttpResponse

    cohort = _coordinated_cohort(request, cohort_id)
    report = selectors.cohort_report(cohort=cohort)
    writer = csv.writer(_Echo())

    def rows():
        yield "\ufeff"  # spreadsheet programs read UTF-8 only with a byte order mark
        yield writer.writerow([str(label) for _key, label in report.columns])
        for row in report.rows:
            yield writer.writerow([_csv_safe(row.cells[key]) for key, _label in report.columns])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="cohort-{cohort.pk}.csv"'
    return _private(response)


def _csv_safe(value: str) -> str:
    # A cell starting with = + - @ is run as a formula by spreadsheets: neutralise it.
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


@mfa_required
@require_POST
def cohort_close(request, cohort_id: int):
    cohort = _coordinated_cohort(request, cohort_id)
    services.close_cohort(cohort=cohort)
    messages.success(request, _("The cohort is closed to new learners."))
    return redirect("courses:cohort_report", cohort_id=cohort.pk)
