"""Where each shipped language's version of the current page lives."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page, Site


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    has_translation: bool
    bidi: bool


def _locale_home_urls(request) -> dict[str, str]:
    """The home page of each locale, the fallback for pages without a translation."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    homes = Page.objects.filter(translation_key=site.root_page.translation_key).live()
    return {home.locale.language_code: home.get_url(request)
            for home in homes.select_related("locale")}


def language_links(*, request, page: Page | None, current: str) -> list[LanguageLink]:
    translations: dict[str, str] = {}
    if page is not None and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation.get_url(request)
    homes = _locale_home_urls(request) if page is not None else {}
    links = []
    for code, name in settings.LANGUAGES:
        if page is not None:
            url = translations.get(code) or homes.get(code) or f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code) if request else f"/{code}/"
        links.append(LanguageLink(
            code=code,
            name=name,
            url=url,
            is_current=code == current,
            has_translation=page is None or code in translations,
            bidi=get_language_info(code)["bidi"],
        ))
    return links


def active_locale_codes() -> list[str]:
    return list(Locale.objects.values_list("language_code", flat=True))
