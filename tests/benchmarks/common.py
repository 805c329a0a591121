"""Shared pieces of the benchmarks: results, timing, a gunicorn server, a load generator."""

import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Result:
    name: str
    value: float
    unit: str
    target: float | None = None
    target_op: str = "<="
    details: dict = field(default_factory=dict)

    @property
    def passed(self) -> bool | None:
        if self.target is None:
            return None
        return self.value <= self.target if self.target_op == "<=" else self.value >= self.target

    def as_dict(self):
        return {**asdict(self), "passed": self.passed}


def percentile(values, pct):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def time_calls(fn, *, repeat=30, warmup=3):
    for _ in range(warmup):
        fn()
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        timings.append((time.perf_counter() - start) * 1000)
    return {"median": statistics.median(timings), "p95": percentile(timings, 95)}


def count_queries(fn) -> int:
    """Database queries made by one call of `fn` (which may make test-client requests)."""
    from django.core.signals import request_started
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    # Each request empties the query log as it starts: counted across the whole call.
    request_started.disconnect(reset_queries)
    try:
        with CaptureQueriesContext(connection) as queries:
            fn()
        return len(queries.captured_queries)
    finally:
        request_started.connect(reset_queries)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class GunicornServer:
    def __init__(self, root: Path, env: dict, workers: int = 2):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        bin_dir = Path(sys.executable).parent
        self.process = subprocess.Popen(
            [
                str(bin_dir / "gunicorn"),
                "campaign_site.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(workers),
                "--threads",
                "4",
                "--log-level",
                "warning",
            ],
            cwd=root,
            env={**os.environ, **env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/healthz", timeout=2)  # noqa: S310
                return
            except urllib.error.HTTPError:
                return  # 503 without a beat is still a running server
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def load(
    url_path: str,
    *,
    port: int,
    seconds: float = 5.0,
    concurrency: int = 8,
    method: str = "GET",
    body: bytes | None = None,
    headers: dict | None = None,
):
    """Keep-alive HTTP load from threads for a fixed time; returns counts and rate."""
    stop_at = time.monotonic() + seconds
    counts = {"ok": 0, "failed": 0}
    lock = threading.Lock()

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        ok = failed = 0
        while time.monotonic() < stop_at:
            try:
                conn.request(method, url_path, body=body, headers=headers or {})
                response = conn.getresponse()
                response.read()
                if response.status < 400:
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

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return {**counts, "seconds": elapsed, "rps": counts["ok"] / elapsed}


@dataclass
class BenchContext:
    root: Path
    data_dir: Path
    _servers: list = field(default_factory=list)

    def gunicorn(self, **env) -> GunicornServer:
        server = GunicornServer(
            self.root,
            {
                "DJANGO_SETTINGS_MODULE": "campaign_site.settings.dev",
                "DEBUG": "false",
                "DATA_DIR": str(self.data_dir),
                **env,
            },
        )
        self._servers.append(server)
        return server

    def close(self):
        for server in self._servers:
            server.stop()
