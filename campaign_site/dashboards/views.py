"""The dashboard pages and their CSV exports, in the Wagtail admin.

Every view: signed in with a second factor, allowed to see that dashboard, filters read from
the URL (a coordinator's organisation checked before anything is counted). A CSV export
builds the one panel it exports, from the same table the page shows.
"""

from urllib.parse import urlencode

from django.http import Http404, HttpResponse, HttpResponseForbidden, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import dates, formats, timezone
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from campaign_site.accounts.decorators import mfa_required
from campaign_site.accounts.models import Organisation
from campaign_site.reach.suppression import small_cell_threshold

from .access import Viewer, viewer_for
from .filters import DashboardFilterForm, period_presets
from .panels import DASHBOARDS, Dashboard, DashboardData
from .staticfiles import PLOTLY_STATIC_PATH
from .tables import not_shown_note, table_csv

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"


class NoAccess(Exception):
    """The person may not see these figures: answered 403 with a reason, inside the admin."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def forbidden(request, error: NoAccess, *, viewer: Viewer | None = None):
    viewer = viewer or viewer_for(request.user)
    return TemplateResponse(
        request,
        "dashboards/forbidden.html",
        {
            "message": error.message,
            "training_url": reverse("dashboards_training") if viewer.may_view_training else "",
        },
        status=403,
    )


def may_view(dashboard: Dashboard, viewer: Viewer) -> bool:
    if dashboard.for_coordinators:
        return viewer.may_view_training
    return viewer.may_view_reach


def visible_dashboards(viewer: Viewer) -> list[Dashboard]:
    return [dashboard for dashboard in DASHBOARDS.values() if may_view(dashboard, viewer)]


def filter_form(request, viewer: Viewer) -> DashboardFilterForm:
    """The filters of the URL. A coordinator always looks at one of their organisations:
    another organisation's number answers 403 before anything is read."""
    data = request.GET.copy()
    if viewer.sees_everything:
        return DashboardFilterForm(data)
    raw = (data.get("organisation") or "").strip()
    if raw:
        try:
            asked = int(raw)
        except ValueError:
            asked = None  # not a number: the form says so
        if asked is not None and asked not in viewer.organisation_ids:
            raise NoAccess(_("You can only see the figures of the organisations you coordinate."))
    else:
        data["organisation"] = str(viewer.organisation_ids[0])
    organisations = Organisation.objects.filter(pk__in=viewer.organisation_ids).order_by("name")
    return DashboardFilterForm(data, organisations=organisations)


def _refusal(dashboard: Dashboard) -> NoAccess:
    if dashboard.for_coordinators:
        return NoAccess(
            _("The training dashboard is for campaign staff and training coordinators.")
        )
    return NoAccess(_("This dashboard is for campaign staff."))


def plotly_locale() -> dict:
    """Month and day names and number separators of the admin's language, for plotly.js, so
    the axes read like the tables beside them."""
    weekdays = [dates.WEEKDAYS[(i + 6) % 7] for i in range(7)]  # plotly starts on Sunday
    short_weekdays = [dates.WEEKDAYS_ABBR[(i + 6) % 7] for i in range(7)]
    return {
        "decimal": formats.get_format("DECIMAL_SEPARATOR"),
        "thousands": formats.get_format("THOUSAND_SEPARATOR"),
        "months": [str(dates.MONTHS[i]) for i in range(1, 13)],
        "shortMonths": [str(dates.MONTHS_3[i]).capitalize() for i in range(1, 13)],
        "days": [str(day) for day in weekdays],
        "shortDays": [str(day) for day in short_weekdays],
        "dictionary": {
            "Download plot as a png": _("Download the chart as an image"),
            "Zoom": _("Zoom"),
            "Pan": _("Move"),
            "Zoom in": _("Zoom in"),
            "Zoom out": _("Zoom out"),
            "Reset axes": _("Reset the view"),
            "Double-click to zoom back out": _("Double-click to zoom back out"),
        },
    }


@method_decorator([never_cache, mfa_required], name="dispatch")
class DashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "dashboards/dashboard.html"
    dashboard_key = "overview"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.dashboard = DASHBOARDS[self.dashboard_key]

    def dispatch(self, request, *args, **kwargs):
        viewer = viewer_for(request.user)
        if not may_view(self.dashboard, viewer):
            if viewer.may_view_training and self.dashboard.key == "overview":
                # A coordinator opening the overview goes to their training dashboard.
                query = request.META.get("QUERY_STRING", "")
                url = reverse("dashboards_training") + (f"?{query}" if query else "")
                return HttpResponseRedirect(url)
            return forbidden(request, _refusal(self.dashboard), viewer=viewer)
        self.viewer = viewer
        try:
            self.form = filter_form(request, viewer)
        except NoAccess as error:
            return forbidden(request, error, viewer=viewer)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("%(dashboard)s dashboard") % {"dashboard": self.dashboard.title}

    def get_header_icon(self):
        return self.dashboard.icon

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        valid = self.form.is_valid()
        context = self.get_context_data(valid=valid)
        return self.render_to_response(context, status=200 if valid else 400)

    def get_context_data(self, *, valid: bool, **kwargs):
        context = super().get_context_data(**kwargs)
        panels, query = [], ""
        if valid:
            filters = self.form.filters()
            # Show the period counted, also when it came from the defaults.
            self.form.data["start"] = filters.start.isoformat()
            self.form.data["end"] = filters.end.isoformat()
            data = DashboardData(filters=filters, viewer=self.viewer)
            panels = [spec.build(data) for spec in self.dashboard.panels if spec.shown(data)]
            query = filters.query_string()
        else:
            query = urlencode(
                [(k, v) for k, v in self.request.GET.items() if len(k) < 20 and len(v) < 100]
            )
        today = timezone.localdate()
        context.update(
            {
                "dashboard": self.dashboard,
                "dashboards": visible_dashboards(self.viewer),
                "form": self.form,
                "shown_fields": [self.form[name] for name in self.dashboard.filter_names],
                "kept_fields": [
                    self.form[name]
                    for name in self.form.fields
                    if name not in self.dashboard.filter_names
                ],
                "panels": panels,
                "query": query,
                "presets": [
                    {"label": label, "query": self._preset_query(start, end)}
                    for label, start, end in period_presets(today)
                ],
                "not_shown_note": not_shown_note(),
                "threshold": small_cell_threshold(),
                # "<5" reads left to right inside Arabic sentences too.
                "small_label": format_html('<span dir="ltr">&lt;{}</span>', small_cell_threshold()),
                "plotly_path": PLOTLY_STATIC_PATH,
                "plotly_locale": plotly_locale(),
                "is_coordinator_view": not self.viewer.sees_everything,
            }
        )
        return context

    def _preset_query(self, start, end) -> str:
        kept = [
            (key, value)
            for key, value in self.request.GET.items()
            if key not in ("start", "end") and len(key) < 20 and len(value) < 100
        ]
        return urlencode([("start", start.isoformat()), ("end", end.isoformat()), *kept])


@never_cache
@mfa_required
def dashboard_csv(request, dashboard_key: str, panel_key: str):
    dashboard = DASHBOARDS.get(dashboard_key)
    if dashboard is None:
        raise Http404
    viewer = viewer_for(request.user)
    try:
        if not may_view(dashboard, viewer):
            raise _refusal(dashboard)
        form = filter_form(request, viewer)
    except NoAccess as error:
        return HttpResponseForbidden(error.message, content_type="text/plain; charset=utf-8")
    spec = dashboard.panel(panel_key)
    if spec is None:
        raise Http404
    if not form.is_valid():
        problems = "; ".join(
            f"{form.fields[name].label}: {' '.join(errors)}"
            if name in form.fields
            else " ".join(errors)
            for name, errors in form.errors.items()
        )
        return HttpResponse(
            _("The filters are not valid: %(problems)s") % {"problems": problems},
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    filters = form.filters()
    data = DashboardData(filters=filters, viewer=viewer)
    if not spec.shown(data):
        raise Http404
    panel = spec.build(data)
    # The byte order mark lets spreadsheet programs read names in every script correctly.
    response = HttpResponse("\ufeff" + table_csv(panel.table), content_type=CSV_CONTENT_TYPE)
    name = f"{dashboard.key}-{panel.key}-{filters.start.isoformat()}-{filters.end.isoformat()}"
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response
