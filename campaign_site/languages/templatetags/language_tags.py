from django import template
from django.utils.translation import get_language

from ..selectors import language_links

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    return {"links": language_links(request=request, page=page, current=current),
            "current": current}
