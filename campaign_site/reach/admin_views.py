"""Admin screens beyond the generic ones: the outreach CSV import and short links' QR codes."""

import segno
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from . import services
from .forms import OutreachImportForm
from .models import OutreachActivity, TrackedLink
from .outreach_import import template_csv

OUTREACH_ADD_PERMISSION = "reach.add_outreachactivity"


class OutreachIndexView(IndexView):
    def get_header_buttons(self):
        buttons = list(super().get_header_buttons())
        if self.request.user.has_perm(OUTREACH_ADD_PERMISSION):
            buttons.append(
                HeaderButton(
                    _("Import CSV"), url=reverse("reach_outreach_import"), icon_name="upload"
                )
            )
        return buttons


class OutreachImportView(WagtailAdminTemplateMixin, FormView):
    form_class = OutreachImportForm
    template_name = "reach/admin/outreach_import.html"
    page_title = gettext_lazy("Import outreach activities")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(OUTREACH_ADD_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("reach_outreach:index"),
                "label": OutreachActivity._meta.verbose_name_plural.capitalize(),
            },
            {"url": "", "label": self.page_title},
        ]

    def form_valid(self, form):
        uploaded = form.cleaned_data["file"]
        result = services.import_outreach_csv(
            raw=uploaded.read(), file_name=uploaded.name, user=self.request.user
        )
        if not result.ok:
            return self.render_to_response(
                self.get_context_data(form=form, problems=result.problems)
            )
        messages.success(
            self.request,
            _("%(count)s activities imported from %(file)s.")
            % {"count": result.created, "file": uploaded.name},
        )
        return redirect("reach_outreach:index")


def outreach_template_csv(request):
    if not request.user.has_perm(OUTREACH_ADD_PERMISSION):
        raise PermissionDenied
    response = HttpResponse(template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="outreach-template.csv"'
    return response


def short_link_qr_code(request, pk: int):
    """The link as an SVG QR code, ready for a poster; scanning it counts a visit."""
    if not request.user.has_perm("reach.view_trackedlink") and not request.user.has_perm(
        "reach.change_trackedlink"
    ):
        raise PermissionDenied
    link = get_object_or_404(TrackedLink, pk=pk)
    url = f"{settings.SITE_URL}/go/{link.code}"
    svg = segno.make(url, error="m").svg_inline(scale=8, border=4, dark="#000", light="#fff")
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Content-Disposition"] = f'attachment; filename="qr-{link.code}.svg"'
    return response
