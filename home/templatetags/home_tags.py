from babel import Locale as BabelLocale
from babel import UnknownLocaleError
from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.translation import get_language, get_language_info, to_locale
from wagtail.models import Locale

register = template.Library()


def _language_code(context, item) -> str:
    """The language of a page or snippet without a query when its locale is already loaded."""
    if "locale" in item._state.fields_cache:
        return item.locale.language_code
    request = context.get("request")
    codes = getattr(request, "_home_locale_codes", None)
    if codes is None:
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        if request is not None:
            request._home_locale_codes = codes
    return codes.get(item.locale_id, "")


@register.simple_tag(takes_context=True)
def other_language(context, item) -> dict:
    """For content shown in another language than the page (a fallback): its code, direction
    and name, for `lang`/`dir` attributes and a label; empty when it is in the page's language.
    """
    code = _language_code(context, item)
    if not code or code == get_language():
        return {}
    info = get_language_info(code)
    return {"code": code, "dir": "rtl" if info["bidi"] else "ltr", "name": info["name_local"]}


@register.inclusion_tag("home/includes/page_meta.html", takes_context=True)
def page_meta(context):
    """Canonical link and Open Graph metadata of the current page."""
    page = context.get("page")
    request = context.get("request")
    if page is None:
        return {}
    canonical = page.canonical_page() if hasattr(page, "canonical_page") else page
    url = canonical.get_full_url(request) if canonical else ""
    origin = url.split("/", 3)[:3]
    image = "/".join(origin) + static("img/social-card.png") if url else ""
    description = page.social_description() if hasattr(page, "social_description") else ""
    return {
        "canonical_url": url,
        "title": page.seo_title or page.title,
        "description": description,
        "og_type": getattr(page, "og_type", "website"),
        "og_locale": to_locale(get_language() or settings.LANGUAGE_CODE),
        "image_url": image,
    }


@register.filter
def language_names(codes) -> str:
    """["en", "pt-BR"] -> "English, Portuguese (Brazil)" in the active language."""
    try:
        current = BabelLocale.parse(to_locale(get_language() or settings.LANGUAGE_CODE))
    except (ValueError, UnknownLocaleError):
        current = BabelLocale.parse("en")
    names = []
    for code in codes or []:
        try:
            names.append(BabelLocale.parse(code, sep="-").get_display_name(current) or code)
        except (ValueError, UnknownLocaleError):
            names.append(code)
    return ", ".join(names)
