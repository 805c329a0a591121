from django import template
from django.utils.translation import gettext as _

from ..pages import beacon_signature, dimensions_of
from ..suppression import display_count

register = template.Library()


@register.inclusion_tag("reach/beacon.html", takes_context=True)
def reach_beacon(context):
    """The counting script and its no-script image for the page being shown, or nothing.

    Depends only on the page, so the page stays cacheable by a CDN. Previews, drafts and
    pages that are not Wagtail pages are not counted.
    """
    page = context.get("page")
    request = context.get("request")
    if (
        page is None
        or not getattr(page, "pk", None)
        or not getattr(page, "live", False)
        or getattr(request, "is_preview", False)
        or not hasattr(page, "translation_key")
    ):
        return {"beacon": None}
    dims = dimensions_of(page)
    return {
        "beacon": dims,
        "signature": beacon_signature(page.pk, dims.locale),
    }


@register.filter
def reach_count(value):
    """A breakdown figure as shown and exported: "<5" for small cells (see suppression)."""
    return display_count(value)


@register.simple_tag
def reach_visitor_days_label():
    return _("Unique visitors (visitor-days)")
