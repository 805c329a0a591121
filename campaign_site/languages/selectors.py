"""Where each shipped language's version of the current page lives, and what is translated."""

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
    return {
        home.locale.language_code: home.get_url(request) for home in homes.select_related("locale")
    }


def page_versions(page: Page, request=None) -> dict[str, tuple[str, bool]]:
    """language code -> (url, is a real translation) for every live version of the page.

    A synchronised alias (wagtail-localize's placeholder for a page not yet translated)
    has a URL in its locale but is not a translation: it shows the source language.
    """
    versions = {}
    for version in page.get_translations(inclusive=True).live().select_related("locale"):
        url = version.get_url(request)
        if url:
            versions[version.locale.language_code] = (url, version.alias_of_id is None)
    return versions


def language_links(*, request, page: Page | None, current: str) -> list[LanguageLink]:
    versions = page_versions(page, request) if page is not None and page.pk else {}
    homes = _locale_home_urls(request) if page is not None else {}
    links = []
    for code, name in settings.LANGUAGES:
        if page is not None:
            url = versions.get(code, (None,))[0] or homes.get(code) or f"/{code}/"
            translated = versions.get(code, (None, False))[1]
        else:
            url = translate_url(request.get_full_path(), code) if request else f"/{code}/"
            translated = True
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                is_current=code == current,
                has_translation=translated,
                bidi=get_language_info(code)["bidi"],
            )
        )
    return links


def alternate_links(*, request, page: Page) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) for every real translation, plus x-default; never an alias."""
    base = f"{request.scheme}://{request.get_host()}" if request else settings.SITE_URL
    links = []
    default_url = None
    for code, (url, translated) in sorted(page_versions(page, request).items()):
        if not translated:
            continue
        absolute = url if url.startswith("http") else f"{base}{url}"
        links.append((code, absolute))
        if code == settings.LANGUAGE_CODE:
            default_url = absolute
    if default_url:
        links.append(("x-default", default_url))
    return links


def content_locale(page: Page) -> Locale:
    """The language the page's content is written in: the source's for an alias."""
    if page.alias_of_id:
        return Locale.objects.get(
            pk=Page.objects.filter(pk=page.alias_of_id)
            .values_list("locale_id", flat=True)[:1]
            .get()
        )
    return page.locale


def active_locale_codes() -> list[str]:
    return list(Locale.objects.values_list("language_code", flat=True))
