"""What each kind of visitor gets from every kind of course URL."""

import csv
import io

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale

from courses import selectors, services
from courses.models import Certificate, Enrolment, LessonPage, QuizPage
from tests.courses.test_services import finish, right_answers, wrong_answers

pytestmark = pytest.mark.django_db


def png_bytes():
    import base64

    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    )


@pytest.fixture
def media_lesson(course, settings, tmp_path):
    """A restricted lesson with an image and a document."""
    settings.MEDIA_ROOT = tmp_path
    image = Image.objects.create(
        title="Referral flow chart", file=ContentFile(png_bytes(), name="flow.png")
    )
    document = Document.objects.create(
        title="Referral form", file=ContentFile(b"%PDF-1.4 demo", name="form.pdf")
    )
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    lesson.body = [
        *[
            {"type": b.block_type, "value": b.block.get_prep_value(b.value), "id": b.id}
            for b in lesson.body
        ],
        {"type": "image", "value": {"image": image.pk, "alt_text": "Flow chart", "caption": ""}},
        {
            "type": "document",
            "value": {"document": document.pk, "title": "Form", "description": ""},
        },
    ]
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson, image, document


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def course_urls(course, lesson, image, document):
    quiz = QuizPage.objects.descendant_of(course).first()
    return {
        "course": course.url,
        "module": lesson.get_parent().url,
        "lesson": lesson.url,
        "quiz": quiz.url,
        "document": document.url,
        "image": reverse("courses:lesson_image", args=[lesson.pk, image.pk, "width-800"]),
    }


@pytest.mark.parametrize("who", ["anonymous", "unverified", "wrong_role", "not_enrolled"])
def test_restricted_material_is_never_served(who, media_lesson, course, unverified, judge, police):
    lesson, image, document = media_lesson
    user = {
        "anonymous": None,
        "unverified": unverified,
        "wrong_role": judge,
        "not_enrolled": police,
    }[who]
    client = client_for(user)
    for kind, url in course_urls(course, lesson, image, document).items():
        response = client.get(url)
        if who == "anonymous":
            assert response.status_code == 302, (kind, url)
            assert "/accounts/login/" in response["Location"]
        else:
            assert response.status_code == 403, (kind, url, response.status_code)
        body = b"".join(response) if hasattr(response, "streaming_content") else response.content
        assert b"Grooming builds trust" not in body
        assert b"%PDF-1.4 demo" not in body
        assert png_bytes()[:8] not in body


def test_enrolled_verified_learner_gets_everything(media_lesson, course, police):
    lesson, image, document = media_lesson
    services.enrol(user=police, course=course)
    client = client_for(police)
    urls = course_urls(course, lesson, image, document)
    for kind in ["course", "module", "lesson", "quiz"]:
        response = client.get(urls[kind])
        assert response.status_code == 200, kind
        assert "no-store" in response["Cache-Control"]
    page = client.get(urls["lesson"]).content.decode()
    assert "Grooming builds trust" in page
    assert urls["image"] in page  # served through the checked view, not a public rendition
    assert "/media/images/" not in page
    assert client.get(urls["image"]).status_code == 200
    response = client.get(urls["document"])
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 demo"


def test_image_view_serves_only_images_of_that_lesson(media_lesson, course, police):
    lesson, image, _document = media_lesson
    services.enrol(user=police, course=course)
    other = Image.objects.create(title="Other", file=ContentFile(png_bytes(), name="other.png"))
    client = client_for(police)
    assert (
        client.get(
            reverse("courses:lesson_image", args=[lesson.pk, other.pk, "width-800"])
        ).status_code
        == 404
    )
    assert (
        client.get(
            reverse("courses:lesson_image", args=[lesson.pk, image.pk, "fill-10x10"])
        ).status_code
        == 404
    )


def test_open_course_is_public_and_sets_no_cookie(open_course):
    lesson = LessonPage.objects.descendant_of(open_course).first()
    response = Client().get(lesson.url)
    assert response.status_code == 200
    assert "Grooming builds trust" in response.content.decode()
    assert not response.cookies


def test_lesson_shows_content_note_case_label_and_wellbeing(course, police):
    services.enrol(user=police, course=course)
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    html = client_for(police).get(lesson.url).content.decode()
    assert "Content note" in html and "Discusses sexual extortion." in html
    assert "Fictional case scenario" in html
    assert "Support for professionals" in html
    assert 'style="' not in html and "<script>" not in html


def test_lesson_visit_marks_started_and_continue_points_there(course, police):
    services.enrol(user=police, course=course)
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    client = client_for(police)
    client.get(lessons[1].url)
    enrolment = Enrolment.objects.get()
    assert enrolment.last_lesson_key == lessons[1].translation_key
    assert enrolment.started_at is not None
    dashboard = client.get(reverse("courses:dashboard")).content.decode()
    assert "Continue where you left off" in dashboard
    assert lessons[1].url in dashboard


def test_complete_lesson_by_post_only(course, police):
    services.enrol(user=police, course=course)
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    client = client_for(police)
    url = reverse("courses:complete_lesson", args=[lesson.pk])
    assert client.get(url).status_code == 405
    response = client.post(url)
    assert response.status_code == 302
    assert Enrolment.objects.get().lesson_progress.filter(completed_at__isnull=False).count() == 1


def test_quiz_submission_fail_then_pass_through_the_form(course, police):
    services.enrol(user=police, course=course)
    for lesson in LessonPage.objects.descendant_of(course).order_by("path")[:2]:
        services.complete_lesson(user=police, lesson=lesson)
    quiz = QuizPage.objects.descendant_of(course).order_by("path").first()
    client = client_for(police)
    url = reverse("courses:submit_quiz", args=[quiz.pk])
    wrong = {f"q-{key}": value for key, value in wrong_answers(quiz).items()}
    response = client.post(url, wrong)
    assert response.status_code == 302 and "attempt=1" in response["Location"]
    result = client.get(response["Location"]).content.decode()
    assert "Not passed this time" in result and "No." in result  # feedback of the chosen answer
    right = {f"q-{key}": value for key, value in right_answers(quiz).items()}
    response = client.post(url, right)
    result = client.get(response["Location"]).content.decode()
    assert "You passed" in result


def test_incomplete_quiz_form_keeps_answers_and_records_nothing(course, police):
    services.enrol(user=police, course=course)
    quiz = QuizPage.objects.descendant_of(course).order_by("path").first()
    questions = selectors.quiz_questions(quiz)
    chosen = questions[0].options[0].key
    response = client_for(police).post(
        reverse("courses:submit_quiz", args=[quiz.pk]), {f"q-{questions[0].key}": chosen}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Answer every question" in html
    assert f'value="{chosen}" checked' in html
    assert not quiz.__class__.objects.none().exists()
    from courses.models import QuizAttempt

    assert QuizAttempt.objects.count() == 0


def test_hostile_quiz_post_is_refused_cleanly(course, police):
    services.enrol(user=police, course=course)
    quiz = QuizPage.objects.descendant_of(course).first()
    client = client_for(police)
    url = reverse("courses:submit_quiz", args=[quiz.pk])
    assert client.post(url, {"q-x" * 40: "y" * 5000}).status_code == 400
    assert client.post(url, {"q-a": ["1"] * 60}).status_code == 400


def test_quiz_of_another_course_cannot_be_submitted_without_access(course, judge):
    quiz = QuizPage.objects.descendant_of(course).first()
    response = client_for(judge).post(
        reverse("courses:submit_quiz", args=[quiz.pk]),
        {f"q-{k}": v for k, v in right_answers(quiz).items()},
    )
    assert response.status_code == 302
    from courses.models import QuizAttempt

    assert QuizAttempt.objects.count() == 0


def test_certificate_pdf_for_owner_only(course, police, judge):
    services.enrol(user=police, course=course)
    finish(police, course)
    certificate = Certificate.objects.get()
    url = reverse("courses:certificate_pdf", args=[certificate.number])
    response = client_for(police).get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert client_for(judge).get(url).status_code == 404
    assert Client().get(url).status_code == 302


@pytest.mark.parametrize("state", ["valid", "expired", "revoked"])
def test_verification_page_is_public_and_minimal(course, police, state):
    from datetime import timedelta

    from django.utils import timezone

    services.enrol(user=police, course=course)
    finish(police, course)
    certificate = Certificate.objects.get()
    if state == "expired":
        Certificate.objects.update(
            issued_at=timezone.now() - timedelta(days=800),
            expires_at=timezone.now() - timedelta(days=1),
        )
    elif state == "revoked":
        services.revoke_certificate(
            certificate=certificate, revoked_by=None, reason="Confidential internal reason"
        )
    response = Client().get(f"/fr/learn/verify/{certificate.number}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ana Example" in html and "Course title (fr)" in html
    assert "officer@example.org" not in html and "Confidential internal reason" not in html
    assert not response.cookies
    english = Client().get(f"/en/learn/verify/{certificate.number}/").content.decode()
    expected = {
        "valid": "This certificate is valid.",
        "expired": "This certificate has expired.",
        "revoked": "This certificate has been revoked.",
    }[state]
    assert expected in english


def test_unknown_certificate_number(db):
    response = Client().get("/en/learn/verify/C-NOPE-NOPE-NOPE/")
    assert response.status_code == 404
    assert "No certificate has this number." in response.content.decode()
    assert Client().get("/en/learn/verify/", {"number": "x" * 500}).status_code in {200, 404}


def test_dashboard_lists_courses_certificates_and_invitations(
    course, open_course, police, coordinator
):
    from courses.models import CohortInvitation

    services.enrol(user=police, course=open_course)
    finish(police, open_course)
    services.enrol(user=police, course=course)
    cohort = services.create_cohort(
        coordinator=coordinator,
        organisation=coordinator.profile.organisation,
        course=course,
        name="Spring intake",
        deadline=__import__("datetime").date(2099, 1, 1),
    )
    CohortInvitation.objects.create(cohort=cohort, email=police.email)
    html = client_for(police).get(reverse("courses:dashboard")).content.decode()
    assert "Course title" in html
    assert "Download the certificate (PDF)" in html
    assert "invites you to join Spring intake" in html


def test_dashboard_highlights_certificate_expiring_soon(open_course, police):
    from datetime import timedelta

    from django.utils import timezone

    services.enrol(user=police, course=open_course)
    finish(police, open_course)
    Certificate.objects.update(expires_at=timezone.now() + timedelta(days=20))
    html = client_for(police).get(reverse("courses:dashboard")).content.decode()
    assert "Expires soon" in html
    assert "Start a refresher" in html


def test_language_switch_keeps_progress_on_the_page(course, police):
    services.enrol(user=police, course=course)
    english = LessonPage.objects.descendant_of(course).order_by("path").first()
    services.complete_lesson(user=police, lesson=english)
    french_course = course.get_translation(Locale.objects.get(language_code="fr"))
    html = client_for(police).get(french_course.url).content.decode()
    assert "Lesson 1.1 (fr)" in html
    assert "17 % effectués" in html  # 1 of 6 units, shown in French on the French page


def test_cohort_report_and_csv_hold_the_same_figures(
    course, police, coordinator, coordinated_cohort, settings
):

    cohort = coordinated_cohort("Unit A")
    services.join_cohort(user=police, cohort=cohort)
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    services.complete_lesson(user=police, lesson=lesson)
    client = client_for(coordinator)
    with translation.override("en"):
        report_url = reverse("courses:cohort_report", args=[cohort.pk])
        csv_url = reverse("courses:cohort_csv", args=[cohort.pk])
    html = client.get(report_url).content.decode()
    response = client.get(csv_url)
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][0] == "Learner"
    assert rows[1][:2] == ["Ana Example", "officer@example.org"]
    assert rows[1][3] == "17" and rows[1][5] == "In progress"
    for cell in rows[1]:
        assert f">{cell}<" in html
    # Another coordinator's organisation's cohort is not found.
    from tests.courses.conftest import make_user

    stranger = make_user("other@example.org")
    assert client_for(stranger).get(report_url).status_code in {302, 404}


def test_a_large_cohort_report_pages_and_filters_while_the_csv_keeps_everyone(
    course, coordinator, coordinated_cohort, monkeypatch
):

    from courses import views
    from tests.courses.conftest import make_user

    monkeypatch.setattr(views, "COHORT_REPORT_PAGE_SIZE", 2)
    cohort = coordinated_cohort("Large unit")
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    for number in range(5):
        learner = make_user(f"learner{number}@example.org", last_name=f"Learner {number}")
        services.join_cohort(user=learner, cohort=cohort)
        if number < 2:
            services.complete_lesson(user=learner, lesson=lesson)
    client = client_for(coordinator)
    with translation.override("en"):
        url = reverse("courses:cohort_report", args=[cohort.pk])
        csv_url = reverse("courses:cohort_csv", args=[cohort.pk])

    def learners_on(query):
        html = client.get(url + query).content.decode()
        return [n for n in range(5) if f"learner{n}@example.org" in html], html

    first, html = learners_on("")
    assert first == [0, 1] and "Page 1 of 3" in html and 'rel="next"' in html
    assert "Learners: 5. Completed: 0, in progress: 2, not started: 3, overdue: 0." in html
    assert 'href="?status=in_progress"' in html and "In progress (2)" in html
    assert learners_on("?page=3")[0] == [4]
    assert learners_on("?page=999")[0] == [4]  # past the end: the last page
    in_progress, html = learners_on("?status=in_progress")
    assert in_progress == [0, 1] and "Page 1 of" not in html
    not_started, html = learners_on("?status=not_started&page=2")
    assert not_started == [4] and 'href="?status=not_started&amp;page=1"' in html
    # Hostile or unknown values fall back to everyone, page one.
    for query in ("?status=<script>", "?page=-1", "?page=abc", "?status=left%00"):
        response = client.get(url + query)
        assert response.status_code == 200 and "<script>" not in response.content.decode()
    assert learners_on("?status=completed")[1].count("No learners with this status.") == 1
    rows = list(
        csv.reader(io.StringIO(b"".join(client.get(csv_url).streaming_content).decode("utf-8-sig")))
    )
    assert len(rows) == 6  # the header and every learner, whatever page was on screen
