"""Admin screens: organisations with their verified email domains, memberships
(coordinators are appointed here), and staff verification of learners."""

from django import forms
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import DecideView, PendingLearnersView, can_decide
from .models import Membership, Organisation, User


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "country", "kind"]
    list_filter = ["kind"]
    search_fields = ["name"]
    ordering = ["country", "name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("country"),
        FieldPanel("kind"),
        InlinePanel("email_domains", heading=_("Verified email domains"), label=_("Email domain")),
    ]


class MembershipAdminForm(WagtailAdminModelForm):
    # Typing an address scales to any number of learners, unlike a list of every user.
    user = forms.ModelChoiceField(
        queryset=User.objects.all(),
        to_field_name="email",
        label=_("Email address"),
        widget=forms.EmailInput,
        error_messages={"invalid_choice": _("No account uses this email address.")},
    )

    class Meta:
        model = Membership
        fields = ["user", "organisation", "role"]


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "user"
    menu_label = _("Memberships")
    list_display = ["user", "organisation", "role", "created_at"]
    list_filter = ["role", "organisation"]
    search_fields = ["user__email", "organisation__name"]
    ordering = ["organisation", "role"]
    edit_handler = ObjectList(
        [FieldPanel("user"), FieldPanel("organisation"), FieldPanel("role")],
        base_form_class=MembershipAdminForm,
    )


class OrganisationsGroup(SnippetViewSetGroup):
    menu_label = _("Organisations")
    menu_icon = "group"
    menu_order = 310
    items = (OrganisationViewSet, MembershipViewSet)


register_snippet(OrganisationsGroup)


class DecideMenuItem(MenuItem):
    def is_shown(self, request):
        return can_decide(request.user)


class VerificationViewSet(ViewSet):
    name = "accounts_verification"
    url_prefix = "verification"
    icon = "user"
    menu_label = _("Verification requests")
    menu_order = 320
    add_to_admin_menu = True
    menu_item_class = DecideMenuItem

    def get_urlpatterns(self):
        return [
            path("", PendingLearnersView.as_view(), name="index"),
            path("<int:user_id>/", DecideView.as_view(), name="decide"),
        ]

    @property
    def menu_url(self):
        return reverse("accounts_verification:index")


@hooks.register("register_admin_viewset")
def register_verification_viewset():
    return VerificationViewSet()
