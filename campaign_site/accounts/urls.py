from django.urls import path
from django.views.generic import RedirectView

from . import views

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="accounts_profile"), name="accounts_home"),
    path("profile/", views.profile, name="accounts_profile"),
    path("data/", views.your_data, name="accounts_data"),
    path("data/export/", views.export_data, name="accounts_export"),
    path("delete/", views.delete_account, name="accounts_delete"),
    path("coordinator/requests/", views.coordinator_requests, name="accounts_coordinator_requests"),
    path(
        "coordinator/requests/<int:user_id>/",
        views.coordinator_decide,
        name="accounts_coordinator_decide",
    ),
]
