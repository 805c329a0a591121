from django import template
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info

from ..selectors import alternate_links, content_locale, language_links

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    return {
        "links": language_links(request=request, page=page, current=current),
        "current": current,
    }


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_language_links(context):
    page = context.get("page")
    if page is None or not getattr(page, "pk", None):
        return {"links": []}
    return {"links": alternate_links(request=context.get("request"), page=page)}


@register.inclusion_tag("includes/untranslated_notice.html", takes_context=True)
def untranslated_notice(context):
    """Say so when the page is shown in another language than the visitor chose."""
    page = context.get("page")
    if page is None or not getattr(page, "alias_of_id", None):
        return {"show": False}
    source = content_locale(page)
    info = get_language_info(source.language_code)
    return {
        "show": True,
        "source_code": source.language_code,
        "source_name": info["name_translated"],
        "current": get_language(),
    }


@register.simple_tag(takes_context=True)
def content_language_attrs(context):
    """lang/dir for the main content when it is in another language than the interface."""
    page = context.get("page")
    if page is None or not getattr(page, "alias_of_id", None):
        return ""
    code = content_locale(page).language_code
    direction = "rtl" if get_language_info(code)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)
