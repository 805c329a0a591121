"""Home page: render time and queries per language, and cached requests per second."""

from django.conf import settings
from django.test import Client

from .common import Result, count_queries, load, time_calls


def run(ctx):
    results = []
    client = Client()
    for code, _ in settings.LANGUAGES:
        path = f"/{code}/"
        assert client.get(path).status_code == 200
        query_count = count_queries(lambda path=path: client.get(path))
        timing = time_calls(lambda path=path: client.get(path))
        results.append(Result(f"home[{code}] render median", timing["median"], "ms"))
        results.append(Result(f"home[{code}] render p95", timing["p95"], "ms"))
        results.append(Result(f"home[{code}] queries", query_count, "queries"))
    server = ctx.gunicorn()
    load("/en/", port=server.port, seconds=1)  # warm up both workers
    figures = load("/en/", port=server.port, seconds=5, concurrency=8)
    results.append(Result("home[en] gunicorn requests/s", figures["rps"], "req/s", details=figures))
    results.append(
        Result("home[en] gunicorn failed requests", figures["failed"], "requests", target=0)
    )
    return results
