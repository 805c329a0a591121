"""Awareness pages: render time uncached (median, p95), queries, and requests/s from gunicorn
with the anonymous page cache on and off, for the home page, a guide and the help page."""

from django.test import Client, override_settings

from .common import Result, count_queries, load, time_calls

PAGES = {
    "home": "/en/",
    "guide": "/en/guides/how-to-report/",
    "help": "/en/help/?country=GB",
    "guide[ar]": "/ar/guides/how-to-report/",
}


def _ensure_guidance():
    """A benchmark database made before the guidance existed gets it now (idempotent)."""
    import io

    from django.db import transaction

    from home import demo
    from home.models import GuidePage

    if not GuidePage.objects.filter(slug="how-to-report").exists():
        with transaction.atomic():
            demo.load(stdout=io.StringIO())


def run(ctx):
    _ensure_guidance()
    results = []
    client = Client()
    with override_settings(PAGE_CACHE_SECONDS=0):
        for name, path in PAGES.items():
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
            query_count = count_queries(lambda path=path: client.get(path))
            timing = time_calls(lambda path=path: client.get(path), repeat=40)
            results.append(
                Result(f"{name} render median (uncached)", timing["median"], "ms", target=150)
            )
            results.append(Result(f"{name} render p95 (uncached)", timing["p95"], "ms"))
            results.append(Result(f"{name} queries", query_count, "queries"))
            results.append(Result(f"{name} HTML size", len(response.content) / 1024, "KB"))

    cached = ctx.gunicorn(PAGE_CACHE_SECONDS="3600")
    uncached = ctx.gunicorn(PAGE_CACHE_SECONDS="0")
    for name, path in PAGES.items():
        if name.endswith("]"):
            continue
        for label, server in (("cached", cached), ("uncached", uncached)):
            load(path, port=server.port, seconds=1)  # warm up both workers
            figures = load(path, port=server.port, seconds=5, concurrency=8)
            results.append(
                Result(
                    f"{name} gunicorn requests/s ({label})",
                    figures["rps"],
                    "req/s",
                    details=figures,
                    target=500 if label == "cached" else None,
                    target_op=">=",
                )
            )
            results.append(
                Result(
                    f"{name} gunicorn failed requests ({label})",
                    figures["failed"],
                    "requests",
                    target=0,
                )
            )
    return results
