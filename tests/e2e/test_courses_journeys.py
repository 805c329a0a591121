"""Training journeys in a real browser: a police officer finishes a course (failing, then
passing a quiz), gets the certificate and checks it; a learner switches language mid-course;
a coordinator creates a cohort and follows a learner's progress."""

import json
import shutil
import subprocess

import pytest

from tests.e2e.conftest import SCREENSHOTS

POLICE_COURSE = "police-investigation"
PASSWORD = "a-long-e2e-password-123"

SETUP_LEARNER = """
import json
from allauth.account.models import EmailAddress
from campaign_site.accounts.models import Organisation, User
from campaign_site.accounts.services import record_verification
from courses import selectors, services
from courses.models import CoursePage, QuizPage

email, first, last, language, leave_last = {args!r}
user = User.objects.filter(email=email).first()
if user is None:
    user = User.objects.create_user(email=email, password={password!r}, first_name=first,
                                    last_name=last)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    profile = user.profile
    profile.professional_role = "police"
    profile.preferred_language = language
    profile.save()
    record_verification(user=user, method="approval",
                        organisation=Organisation.objects.get(name="Demo National Police"))
course = CoursePage.objects.get(slug={course!r}, locale__language_code="en")
enrolment = services.enrol(user=user, course=course)
outline = selectors.course_outline(course=course, enrolment=enrolment)
for module in outline.modules[:-1] if leave_last else []:
    for lesson in module.lessons:
        services.record_completion(enrolment=enrolment, kind="lesson", page=lesson.page)
    quiz = QuizPage.objects.get(pk=module.quiz.page.pk)
    services.submit_quiz(user=user, quiz=quiz, answers={{
        q.key: sorted(q.correct_keys) for q in selectors.quiz_questions(quiz)}})
last = outline.modules[-1]
quiz = QuizPage.objects.get(pk=last.quiz.page.pk)
questions = selectors.quiz_questions(quiz)
print(json.dumps({{
    "course": course.url,
    "lessons": [lesson.page.url for lesson in last.lessons],
    "first_lesson": outline.modules[0].lessons[1].page.url,
    "quiz": quiz.url,
    "right": [key for q in questions for key in sorted(q.correct_keys)],
    "wrong": [next(o.key for o in q.options if not o.correct) for q in questions],
}}))
"""


def set_up_learner(
    live_site, email, *, leave_last=True, language="en", first="Nadia", last="Haddad"
):
    code = SETUP_LEARNER.format(
        args=(email, first, last, language, leave_last), password=PASSWORD, course=POLICE_COURSE
    )
    output = live_site.manage("shell", "-c", code)
    return json.loads(output.strip().splitlines()[-1])


def sign_in(page, live_site, email, password, language="en"):
    page.goto(f"{live_site.url}/{language}/accounts/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", password)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()


def answer(page, keys):
    for key in keys:
        page.locator(f"#o-{key}").check()
    page.get_by_role("button", name="Submit answers").click()
    page.wait_for_load_state()


def test_officer_fails_then_passes_and_checks_the_certificate(live_site, new_context, screenshot):
    data = set_up_learner(live_site, "nadia.haddad@police.demo-fr.example")
    context = new_context()
    page = context.new_page()
    sign_in(page, live_site, "nadia.haddad@police.demo-fr.example", PASSWORD)

    page.goto(f"{live_site.url}/en/learn/")
    assert page.get_by_role("heading", name="Continue where you left off").is_visible()
    screenshot(page, "courses-dashboard-en")
    page.locator(".continue-card a.button").click()
    page.wait_for_load_state()
    assert page.url.startswith(f"{live_site.url}{data['lessons'][0]}")
    screenshot(page, "courses-lesson-en")

    for _lesson in data["lessons"]:
        page.get_by_role("button", name="Mark as complete and continue").click()
        page.wait_for_load_state()
    assert page.url.startswith(f"{live_site.url}{data['quiz']}")

    answer(page, data["wrong"])
    assert page.get_by_role("heading", name="Not passed this time").is_visible()
    screenshot(page, "courses-quiz-failed-en")
    answer(page, data["right"])
    assert page.get_by_role("heading", name="You passed").is_visible()
    screenshot(page, "courses-quiz-passed-en")

    page.goto(f"{live_site.url}/en/learn/")
    link = page.get_by_role("link", name="Download the certificate (PDF)")
    response = page.request.get(live_site.url + link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    pdf = response.body()
    assert pdf.startswith(b"%PDF")
    (SCREENSHOTS / "courses-certificate-en.pdf").write_bytes(pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-singlefile",
                str(SCREENSHOTS / "courses-certificate-en.pdf"),
                str(SCREENSHOTS / "courses-certificate-en"),
            ],
            check=True,
        )
        (SCREENSHOTS / "courses-certificate-en.pdf").unlink()

    page.get_by_role("link", name="Verification page").click()
    page.wait_for_load_state()
    assert page.get_by_text("This certificate is valid.").is_visible()
    assert page.get_by_text("Nadia Haddad").is_visible()

    # The verification page is public: a stranger without cookies sees the same verdict.
    stranger = new_context().new_page()
    stranger.goto(page.url)
    assert stranger.get_by_text("This certificate is valid.").is_visible()
    assert stranger.context.cookies() == []
    screenshot(stranger, "courses-verify-en")


def test_switching_language_mid_course_keeps_progress(live_site, new_context, screenshot):
    data = set_up_learner(
        live_site,
        "karim.benali@police.demo-fr.example",
        leave_last=False,
        first="Karim",
        last="Benali",
    )
    page = new_context().new_page()
    sign_in(page, live_site, "karim.benali@police.demo-fr.example", PASSWORD)
    page.goto(live_site.url + data["first_lesson"])
    page.get_by_role("button", name="Mark as complete and continue").click()
    page.wait_for_load_state()
    page.goto(live_site.url + data["course"])
    english_progress = page.locator("#course-progress").get_attribute("value")
    assert int(english_progress) > 0

    page.get_by_role("link", name="Français").click()
    page.wait_for_load_state()
    assert "/fr/" in page.url
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("#course-progress").get_attribute("value") == english_progress
    screenshot(page, "courses-course-fr")

    page.get_by_role("link", name="العربية").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("#course-progress").get_attribute("value") == english_progress
    screenshot(page, "courses-course-ar")
    page.goto(f"{live_site.url}/ar/learn/")
    screenshot(page, "courses-dashboard-ar")


@pytest.mark.parametrize("language", ["en"])
def test_coordinator_creates_a_cohort_and_sees_progress(
    live_site, new_context, screenshot, language
):
    from campaign_site.accounts.demo import DEMO_COORDINATOR_PASSWORD, totp_code

    coordinator = new_context().new_page()
    sign_in(coordinator, live_site, "coordinator@police.demo-fr.example", DEMO_COORDINATOR_PASSWORD)
    if coordinator.locator("#id_code").count():
        coordinator.fill("#id_code", totp_code())
        coordinator.locator("main form button[type=submit]").first.click()
        coordinator.wait_for_load_state()
    coordinator.goto(f"{live_site.url}/en/learn/cohorts/new/")
    coordinator.fill("#id_name", "Online investigations, e2e intake")
    coordinator.locator("#id_course").select_option(
        label="Investigating online child sexual exploitation and abuse"
    )
    coordinator.fill("#id_deadline", "2099-06-30")
    coordinator.get_by_role("button", name="Create the cohort").click()
    coordinator.wait_for_load_state()
    assert coordinator.get_by_role("heading", name="Online investigations, e2e intake").is_visible()
    join_url = coordinator.locator("code.copyable").first.inner_text()

    set_up_learner(
        live_site, "lea.martin@police.demo-fr.example", leave_last=False, first="Léa", last="Martin"
    )
    learner = new_context().new_page()
    sign_in(learner, live_site, "lea.martin@police.demo-fr.example", PASSWORD)
    learner.goto(join_url)
    learner.get_by_role("button", name="Join and start the course").click()
    learner.wait_for_load_state()
    learner.get_by_role("button", name="Mark as complete and continue").click()
    learner.wait_for_load_state()

    coordinator.reload()
    row = coordinator.locator(
        "#cohort-report tbody tr", has_text="lea.martin@police.demo-fr.example"
    )
    assert row.count() == 1
    assert "In progress" in row.inner_text()
    screenshot(coordinator, "courses-cohort-report-en")
    csv_response = coordinator.request.get(
        live_site.url
        + coordinator.get_by_role("link", name="Download as CSV").get_attribute("href")
    )
    assert "lea.martin@police.demo-fr.example" in csv_response.text()
    coordinator.goto(coordinator.url.replace("/en/", "/ar/"))
    screenshot(coordinator, "courses-cohort-report-ar")
