"""The learner area, under each language prefix: /<lang>/learn/…"""

from django.urls import include, path

from . import views

app_name = "courses"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("courses/<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("courses/<int:course_id>/leave/", views.leave, name="leave"),
    path("lessons/<int:lesson_id>/complete/", views.complete_lesson, name="complete_lesson"),
    path(
        "lessons/<int:lesson_id>/images/<int:image_id>/<str:spec>/",
        views.lesson_image,
        name="lesson_image",
    ),
    path("quizzes/<int:quiz_id>/submit/", views.submit_quiz, name="submit_quiz"),
    path("certificates/<str:number>.pdf", views.certificate_pdf, name="certificate_pdf"),
    path("verify/", views.verify_lookup, name="verify_lookup"),
    path("verify/<str:number>/", views.verify, name="verify"),
    path("join/", views.join, name="join"),
    path("join/<str:code>/", views.join_code, name="join_code"),
    path("cohorts/", views.cohort_list, name="cohorts"),
    path("cohorts/new/", views.cohort_create, name="cohort_create"),
    path("cohorts/<int:cohort_id>/", views.cohort_report, name="cohort_report"),
    path("cohorts/<int:cohort_id>/report.csv", views.cohort_report_csv, name="cohort_csv"),
    path("cohorts/<int:cohort_id>/close/", views.cohort_close, name="cohort_close"),
    path("reminders/", include("courses.reminders.urls")),
]
