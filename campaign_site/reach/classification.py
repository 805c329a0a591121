"""Sorting a visit into channel and device class, and keeping crawlers out, from request data.

Everything here is a pure function of strings the request carries, cached by value, so a
busy beacon endpoint does each regular-expression match once per distinct user agent.
"""

import re
from functools import lru_cache

from crawlerdetect import CrawlerDetect

from .models import Channel, DeviceClass

MAX_USER_AGENT = 512
_HOSTNAME = re.compile(r"^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$")
_crawlers = CrawlerDetect()

# Matched against the end of the referring host name (so "www.google.co.uk" is a search).
SEARCH_ENGINES = (
    "google",
    "bing.com",
    "duckduckgo.com",
    "yahoo.com",
    "yandex",
    "baidu.com",
    "ecosia.org",
    "qwant.com",
    "naver.com",
    "seznam.cz",
    "sogou.com",
    "so.com",
    "startpage.com",
    "brave.com",
    "search.yahoo.co.jp",
    "coccoc.com",
)
SOCIAL_NETWORKS = (
    "facebook.com",
    "fb.com",
    "instagram.com",
    "t.co",
    "twitter.com",
    "x.com",
    "tiktok.com",
    "youtube.com",
    "linkedin.com",
    "lnkd.in",
    "whatsapp.com",
    "wa.me",
    "telegram.org",
    "t.me",
    "vk.com",
    "ok.ru",
    "reddit.com",
    "pinterest.com",
    "snapchat.com",
    "weibo.com",
    "weixin.qq.com",
    "line.me",
    "threads.net",
    "mastodon.social",
    "bsky.app",
    "messenger.com",
    "zalo.me",
)
# utm_medium values that mean a printed poster, leaflet or QR code.
PRINT_MEDIUMS = frozenset({"qr", "qrcode", "qr-code", "print", "poster", "leaflet", "flyer"})

_FEATURE_PHONE = re.compile(
    r"KAIOS|MIDP|J2ME|CLDC|Series ?(40|60)|Symbian|Opera Mini|UCBrowser/[0-9.]+ ?\(Java|"
    r"UCWEB|Nokia[0-9]|SAMSUNG-GT-[CE]|Obigo|NetFront|BREW|Polaris",
    re.IGNORECASE,
)
_TABLET = re.compile(r"iPad|Tablet|PlayBook|Silk/|Kindle|(Android(?!.*Mobile))", re.IGNORECASE)
_MOBILE = re.compile(r"Mobi|iPhone|iPod|Android|Windows Phone|BlackBerry|webOS", re.IGNORECASE)
_DESKTOP = re.compile(r"Windows NT|Macintosh|X11|CrOS|Linux x86_64", re.IGNORECASE)
# Automation that crawler lists miss because it borrows a real browser's user agent.
_AUTOMATION = re.compile(r"HeadlessChrome|PhantomJS|Lighthouse|Playwright|Puppeteer|Selenium")


@lru_cache(maxsize=8192)
def is_bot(user_agent: str) -> bool:
    """Crawlers, monitors and scripts: never counted. An empty user agent is a script too."""
    if not user_agent or len(user_agent) > MAX_USER_AGENT:
        return True
    return bool(_AUTOMATION.search(user_agent)) or _crawlers.is_crawler(user_agent)


@lru_cache(maxsize=8192)
def device_class(user_agent: str) -> str:
    if _FEATURE_PHONE.search(user_agent):
        return DeviceClass.FEATURE_PHONE
    if _TABLET.search(user_agent):
        return DeviceClass.TABLET
    if _MOBILE.search(user_agent):
        return DeviceClass.MOBILE
    if _DESKTOP.search(user_agent):
        return DeviceClass.DESKTOP
    return DeviceClass.OTHER


def clean_hostname(value: str) -> str | None:
    """A lowercase host name, or None when the value is not one (ports and paths included)."""
    value = value.strip().lower().rstrip(".")
    if not value:
        return ""
    try:
        value = value.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    return value if _HOSTNAME.match(value) else None


def _matches(host: str, suffixes: tuple[str, ...]) -> bool:
    for suffix in suffixes:
        if "." not in suffix:  # a brand with many country domains, such as google.*
            if host == suffix or f".{suffix}." in f".{host}" or host.startswith(f"{suffix}."):
                return True
        elif host == suffix or host.endswith(f".{suffix}"):
            return True
    return False


def channel_for(
    *, referrer_domain: str, site_host: str, utm_source: str, utm_medium: str, utm_campaign: str
) -> str:
    """How the visitor reached the page. Campaign parameters beat the referring site."""
    if utm_medium in PRINT_MEDIUMS:
        return Channel.QR
    if utm_source or utm_medium or utm_campaign:
        return Channel.CAMPAIGN
    if not referrer_domain:
        return Channel.DIRECT
    if referrer_domain == site_host:
        return Channel.INTERNAL
    if _matches(referrer_domain, SEARCH_ENGINES):
        return Channel.SEARCH
    if _matches(referrer_domain, SOCIAL_NETWORKS):
        return Channel.SOCIAL
    return Channel.REFERRAL
