"""Demo content of the awareness site: locales, home pages, guidance, help directory.

`make run` and `make demo` call load(); tests call ensure_locales() and ensure_home_pages().
The guidance itself is read from home/demo_data by home.demo_guidance.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from .models import HomePage

HOME_TEXT = {
    "en": (
        "Keep children safe online",
        "Clear guidance for parents and carers, teachers and young people, and where to "
        "get help in your country.",
    ),
    "fr": (
        "Protéger les enfants en ligne",
        "Des conseils clairs pour les parents, les enseignants et les jeunes, et où "
        "trouver de l'aide dans votre pays.",
    ),
    "es": (
        "Proteger a niñas, niños y adolescentes en internet",
        "Orientación clara para madres, padres y personas cuidadoras, docentes y jóvenes, "
        "y dónde pedir ayuda en tu país.",
    ),
    "pt-br": (
        "Proteger crianças e adolescentes na internet",
        "Orientações claras para mães, pais e cuidadores, professores e jovens, e onde "
        "buscar ajuda no seu país.",
    ),
    "ar": (
        "حماية الأطفال على الإنترنت",
        "إرشادات واضحة للآباء والأمهات ومقدمي الرعاية والمعلمين والشباب، وأين تجد المساعدة "
        "في بلدك.",
    ),
    "zh-hans": (
        "保护儿童网络安全",
        "为父母和照护者、教师和青少年提供清晰的指导，并告诉您在所在国家/地区可以向哪里求助。",
    ),
    "ru": (
        "Защита детей в интернете",
        "Понятные рекомендации для родителей и опекунов, учителей и молодёжи, а также куда "
        "обратиться за помощью в вашей стране.",
    ),
    "vi": (
        "Bảo vệ trẻ em trên mạng",
        "Hướng dẫn rõ ràng cho cha mẹ và người chăm sóc, giáo viên và người trẻ, cùng nơi "
        "tìm trợ giúp tại quốc gia của bạn.",
    ),
    "sq": (
        "Mbrojmë fëmijët në internet",
        "Udhëzime të qarta për prindërit dhe kujdestarët, mësuesit dhe të rinjtë, si dhe ku "
        "të gjeni ndihmë në vendin tuaj.",
    ),
    "sr-latn": (
        "Zaštitimo decu na internetu",
        "Jasna uputstva za roditelje i staratelje, nastavnike i mlade, i gde da potražite "
        "pomoć u svojoj zemlji.",
    ),
}


def ensure_locales() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def ensure_home_pages(locales: dict[str, Locale]) -> HomePage:
    root = Page.get_first_root_node()
    source_locale = locales[settings.LANGUAGE_CODE]
    english = HomePage.objects.filter(locale=source_locale).first()
    if english is None:
        # Wagtail's installer leaves a plain "Welcome" page (slug "home") behind.
        for leftover in root.get_children().filter(content_type__model="page"):
            Site.objects.filter(root_page=leftover).delete()
            leftover.delete()
        title, intro = HOME_TEXT[settings.LANGUAGE_CODE]
        english = root.add_child(
            instance=HomePage(title=title, intro=intro, slug="home", locale=source_locale)
        )
        english.save_revision().publish()
    address = urlsplit(settings.SITE_URL)
    default_port = 443 if address.scheme == "https" else 80
    # Canonical links and the sitemap use the site's address, so it matches SITE_URL.
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": address.hostname or "localhost",
            "port": address.port or default_port,
            "root_page": english,
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
    )
    for code, locale in locales.items():
        if code == settings.LANGUAGE_CODE or english.has_translation(locale):
            continue
        translation = english.copy_for_translation(locale)
        translation.title, translation.intro = HOME_TEXT.get(code, HOME_TEXT["en"])
        translation.slug = f"home-{code}"
        translation.save_revision().publish()
    return english


def load(*, stdout, data=None):
    from .demo_guidance import DemoData, GuidanceLoader

    locales = ensure_locales()
    english_home = ensure_home_pages(locales)
    data = data if data is not None else DemoData.from_package()
    if data is None:
        stdout.write("No demo guidance in home/demo_data; only home pages loaded.")
        return
    GuidanceLoader(locales=locales, data=data, stdout=stdout).run(english_home)
