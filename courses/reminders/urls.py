"""Reminder email links and preferences, under /<lang>/learn/reminders/."""

from django.urls import path

from . import views

app_name = "reminders"

urlpatterns = [
    path("preferences/", views.preferences, name="preferences"),
    path("preferences/<str:token>/", views.preferences_link, name="preferences_link"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
