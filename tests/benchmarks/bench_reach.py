"""Reach ledger: sustained beacon ingestion through gunicorn (database path, and the Redis
buffer when REDIS_URL is set), then a year of ten million synthetic visits rolled up and
every dashboard selector timed against it."""

import http.client
import os
import random
import threading
import time
from datetime import date, timedelta
from urllib.parse import urlencode

from tests.redis_support import redis_reachable

from .common import Result, time_calls

BROWSER_UA = (
    "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like "
    "Gecko) Chrome/120.0.0.0 Mobile Safari/537.36"
)
INGEST_SECONDS = 8
SYNTHETIC_VISITS = 10_000_000
SELECTOR_TARGET_MS = 300


def _beacon_body():
    from wagtail.models import Page

    from campaign_site.reach.pages import beacon_signature

    page = Page.objects.live().filter(depth__gte=2).select_related("locale").first()
    locale = page.locale.language_code
    return urlencode(
        {
            "v": "1",
            "p": page.pk,
            "l": locale,
            "s": beacon_signature(page.pk, locale),
            "r": "www.google.com",
        }
    ).encode()


def _post_beacons(port, body, *, seconds, concurrency=8):
    """Keep-alive beacons from many synthetic clients (each its own proxy-reported address,
    so the per-client rate limit holds as it would in production)."""
    stop_at = time.monotonic() + seconds
    counts = {"ok": 0, "failed": 0, "statuses": {}}
    lock = threading.Lock()

    def worker(number):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        ok = failed = sent = 0
        statuses = {}
        while time.monotonic() < stop_at:
            sent += 1
            address = f"10.{number}.{(sent // 250) % 250}.{sent % 250}"
            try:
                conn.request(
                    "POST",
                    "/reach/beacon",
                    body=body,
                    headers={
                        "Content-Type": "application/x-www-form-urlencoded",
                        "User-Agent": BROWSER_UA,
                        "X-Forwarded-For": address,
                    },
                )
                response = conn.getresponse()
                response.read()
                statuses[response.status] = statuses.get(response.status, 0) + 1
                if response.status == 204:
                    ok += 1
                else:
                    failed += 1
            except (OSError, http.client.HTTPException):
                failed += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.close()
        with lock:
            counts["ok"] += ok
            counts["failed"] += failed
            for status, n in statuses.items():
                counts["statuses"][status] = counts["statuses"].get(status, 0) + n

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return {**counts, "seconds": round(elapsed, 2), "rps": counts["ok"] / elapsed}


def _total_counted(source):
    from django.db.models import Sum

    from campaign_site.reach.models import ALL_AUDIENCES, DailyVisitRollup, VisitEvent

    if source == "events":
        return VisitEvent.objects.filter(kind="view").count()
    return (
        DailyVisitRollup.objects.filter(
            dimension="total", audience=ALL_AUDIENCES, source=2
        ).aggregate(n=Sum("visits"))["n"]
        or 0
    )


def _ingestion(ctx, *, buffer, target):
    from django.conf import settings

    from campaign_site.reach import services

    body = _beacon_body()
    env = {
        "REACH_BUFFER": buffer,
        "REACH_CLIENT_IP_HEADER": "X-Forwarded-For",
        "REACH_RATE_LIMIT_PER_MINUTE": "120",
    }
    server = ctx.gunicorn(**env)
    _post_beacons(server.port, body, seconds=1)  # warm both workers
    if buffer == "redis":
        settings.REACH_BUFFER, settings.REDIS_URL = "redis", os.environ["REDIS_URL"]
        services.flush_buffer()
    before = _total_counted("events" if buffer == "database" else "buffer")
    figures = _post_beacons(server.port, body, seconds=INGEST_SECONDS)
    if buffer == "redis":
        services.flush_buffer()
        settings.REACH_BUFFER = "database"
    counted = _total_counted("events" if buffer == "database" else "buffer") - before
    server.stop()
    ctx._servers.remove(server)
    name = f"reach beacons[{buffer}]"
    return [
        Result(
            f"{name} gunicorn beacons/s",
            figures["rps"],
            "req/s",
            target=target,
            target_op=">=",
            details=figures,
        ),
        Result(f"{name} failed requests", figures["failed"], "requests", target=0),
        Result(
            f"{name} counted minus answered 204",
            counted - figures["ok"],
            "visits",
            target=0,
            target_op="<=",
        ),
        Result(
            f"{name} answered 204 minus counted",
            figures["ok"] - counted,
            "visits",
            target=0,
            target_op="<=",
        ),
    ]


# --- a synthetic year -------------------------------------------------------------------------

COUNTRIES = {
    "KE": ("en",),
    "BR": ("pt-br",),
    "FR": ("fr",),
    "MA": ("ar", "fr"),
    "RS": ("sr-latn",),
    "AL": ("sq",),
    "VN": ("vi",),
    "CN": ("zh-hans",),
    "RU": ("ru",),
    "ES": ("es",),
    "MX": ("es",),
    "EG": ("ar",),
    "PH": ("en",),
    "NG": ("en",),
    "SN": ("fr",),
    "CO": ("es",),
    "PT": ("pt-br",),
    "GB": ("en",),
    "": ("en", "fr", "ar"),
}
AUDIENCES = ("parents", "teachers", "young-people", "")
DIMENSIONS = {
    "page-type": ["homepage", "audiencepage", "guidepage", "topicpage", "help"],
    "topic": [
        "grooming",
        "sexual-extortion",
        "self-generated-images",
        "live-streamed-abuse",
        "gaming-and-chat",
        "",
    ],
    "channel": ["direct", "search", "social", "referral", "campaign", "qr", "internal"],
    "campaign": ["", "safer-holidays", "back-to-school", "posters-2025", "radio-spots"],
    "device": ["mobile", "desktop", "tablet", "feature-phone", "other"],
}
PAGES = [f"00000000-0000-4000-8000-{n:012d}" for n in range(60)]
LINKS = [f"poster-{n}" for n in range(10)]


def _split(total, weights, rng):
    """Split a count over weighted values, integers that add up exactly."""
    shares = [total * w for w in weights]
    parts = [int(share) for share in shares]
    rest = total - sum(parts)
    for index in rng.sample(range(len(parts)), k=min(rest, len(parts))):
        parts[index] += 1
    return parts


def _zipf(n):
    weights = [1 / (rank + 1) for rank in range(n)]
    total = sum(weights)
    return [w / total for w in weights]


def _synthetic_rows(year_start, days, rng):
    combos = [(c, loc) for c, locales in COUNTRIES.items() for loc in locales]
    combo_weights = _zipf(len(combos))
    audience_weights = [0.35, 0.2, 0.3, 0.15]
    page_weights = _zipf(len(PAGES))
    page_audience = {page: AUDIENCES[i % 4] for i, page in enumerate(PAGES)}
    per_day = SYNTHETIC_VISITS // days
    for offset in range(days):
        day = year_start + timedelta(days=offset)
        today_visits = per_day + (SYNTHETIC_VISITS - per_day * days if offset == 0 else 0)
        for (country, locale), visits in zip(
            combos, _split(today_visits, combo_weights, rng), strict=True
        ):
            if not visits:
                continue
            rows = []
            by_audience = dict(zip(AUDIENCES, _split(visits, audience_weights, rng), strict=True))
            rows.append(("total", "", "*", visits))
            rows += [("total", "", a, n) for a, n in by_audience.items() if n]
            for page, n in zip(PAGES, _split(visits, page_weights, rng), strict=True):
                if n:
                    rows += [("page", page, "*", n), ("page", page, page_audience[page], n)]
            for dimension, values in DIMENSIONS.items():
                weights = _zipf(len(values))
                rows += [
                    (dimension, v, "*", n)
                    for v, n in zip(values, _split(visits, weights, rng), strict=True)
                    if n
                ]
                for audience, audience_visits in by_audience.items():
                    rows += [
                        (dimension, v, audience, n)
                        for v, n in zip(values, _split(audience_visits, weights, rng), strict=True)
                        if n
                    ]
            links = _split(visits // 20, _zipf(len(LINKS)), rng)
            rows += [("link", code, "*", n) for code, n in zip(LINKS, links, strict=True) if n]
            for dimension, value, audience, n in rows:
                yield (day, dimension, value, country, locale, audience, 1, n, max(1, n * 3 // 5))


def _load_year(year_start):
    from django.db import connection, transaction

    from campaign_site.reach import services
    from campaign_site.reach.models import DailyVisitRollup, MonthlyVisitRollup

    days = 365
    year_end = year_start + timedelta(days=days - 1)
    DailyVisitRollup.objects.filter(day__gte=year_start, day__lte=year_end).delete()
    MonthlyVisitRollup.objects.filter(month__gte=year_start, month__lte=year_end).delete()
    table = connection.ops.quote_name(DailyVisitRollup._meta.db_table)
    sql = (
        f"INSERT INTO {table} (day, dimension, value, country, locale, audience, "  # noqa: S608
        "source, visits, visitors) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
    )
    rng = random.Random(2025)
    started = time.perf_counter()
    batch, rows = [], 0
    with transaction.atomic(), connection.cursor() as cursor:
        for row in _synthetic_rows(year_start, days, rng):
            batch.append(row)
            if len(batch) == 20_000:
                cursor.executemany(sql, batch)
                rows += len(batch)
                batch = []
        cursor.executemany(sql, batch)
        rows += len(batch)
    generated = time.perf_counter() - started
    started = time.perf_counter()
    month = year_start
    while month <= year_end:
        services.roll_up_month(month=month)
        month = services.next_month(month)
    rolled = time.perf_counter() - started
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return rows, generated, rolled


def run(ctx):
    from campaign_site.reach import selectors
    from campaign_site.reach.selectors import ReachFilters

    results = _ingestion(ctx, buffer="database", target=300)
    redis_url = os.environ.get("REDIS_URL", "")
    if redis_reachable(redis_url):
        results += _ingestion(ctx, buffer="redis", target=1000)
    else:
        print("   Redis buffer not measured: REDIS_URL is unset or unreachable")

    year_start = date(timezone_year() - 1, 1, 1)
    rows, generated, rolled = _load_year(year_start)
    year = ReachFilters(year_start, date(year_start.year, 12, 31))
    kenya = ReachFilters(year.start, year.end, country="KE")
    parents = ReachFilters(year.start, year.end, audience="parents")
    part = ReachFilters(
        date(year_start.year, 2, 10), date(year_start.year, 11, 20), country="MA", locale="ar"
    )
    totals = selectors.reach_totals(year)
    results.append(
        Result(
            "reach synthetic year visits",
            totals.visits,
            "visits",
            target=SYNTHETIC_VISITS,
            target_op=">=",
            details={
                "daily_rows": rows,
                "insert_seconds": round(generated, 1),
                "monthly_rollup_seconds": round(rolled, 1),
            },
        )
    )
    checks = {
        "reach_totals(year)": lambda: selectors.reach_totals(year),
        "visits_over_time(year, day)": lambda: selectors.visits_over_time(year),
        "visits_over_time(year, week)": lambda: selectors.visits_over_time(year, interval="week"),
        "visits_over_time(year, month)": lambda: selectors.visits_over_time(year, interval="month"),
        "visits_over_time(country, day)": lambda: selectors.visits_over_time(kenya),
        "top_pages(year)": lambda: selectors.top_pages(year),
        "top_pages(audience)": lambda: selectors.top_pages(parents),
        "reach_funnel(year)": lambda: selectors.reach_funnel(
            year, steps=("audiencepage", "guidepage", "help")
        ),
        "visits_by(partial months, country+locale, topic)": lambda: selectors.visits_by(
            part, "topic"
        ),
    }
    for breakdown in (
        "country",
        "locale",
        "audience",
        "topic",
        "channel",
        "campaign",
        "device",
        "link",
    ):
        checks[f"visits_by(year, {breakdown})"] = lambda breakdown=breakdown: selectors.visits_by(
            year, breakdown
        )
    for name, call in checks.items():
        timing = time_calls(call, repeat=5, warmup=1)
        results.append(Result(f"reach {name} p95", timing["p95"], "ms", target=SELECTOR_TARGET_MS))
    return results


def timezone_year():
    from django.utils import timezone

    return timezone.localdate().year
