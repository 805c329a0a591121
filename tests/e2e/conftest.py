"""Browser journeys against the site started for real.

One session-wide site: a fresh database (SQLite in a temporary folder, or a fresh
PostgreSQL database when DATABASE_URL points at PostgreSQL), migrated and loaded with the
demo content, served by gunicorn with a Celery worker and beat beside it. Playwright drives
Debian's Chromium; no browser is downloaded. Screenshots go to tests/e2e/screenshots/.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "tests" / "e2e" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    reason = None
    if not Path(CHROMIUM).exists():
        reason = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    else:
        try:
            import playwright  # noqa: F401
        except ImportError:
            reason = "playwright is not installed"
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
            # With pytest-xdist, every browser test runs on one worker and one live site.
            item.add_marker(pytest.mark.xdist_group("e2e"))
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _fresh_database_url(data_dir: Path, suffix: str = "e2e") -> str:
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{data_dir / f'{suffix}.sqlite3'}"
    import psycopg

    head, _, name = base.rpartition("/")
    e2e_name = f"{name.split('?')[0]}_{suffix}"
    with psycopg.connect(f"{head}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{e2e_name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{e2e_name}"')
    return f"{head}/{e2e_name}"


class LiveSite:
    """`suffix` names the fresh database (one per kind of site); `env` overrides settings."""

    def __init__(self, data_dir: Path, *, suffix: str = "e2e", env: dict | None = None):
        self.data_dir = data_dir
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.mail_dir = data_dir / "mail"
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE"}},
            "DJANGO_SETTINGS_MODULE": "campaign_site.settings.dev",
            "DEBUG": "false",
            "DATA_DIR": str(data_dir),
            "DATABASE_URL": _fresh_database_url(data_dir, suffix),
            "CELERY_BROKER_URL": os.environ.get("CELERY_BROKER_URL", "filesystem://"),
            "EMAIL_URL": "",
            "SITE_URL": self.url,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "HEALTHZ_BEAT_MAX_AGE": "120",
            **(env or {}),
        }
        self.processes: list[subprocess.Popen] = []

    def manage(self, *args: str, timeout: int = 300) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr}")
        return result.stdout

    def _spawn(self, name: str, *cmd: str) -> subprocess.Popen:
        log = (self.data_dir / f"{name}.log").open("a")
        # A process group of its own, so a test can kill a worker with its pool children.
        process = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def celery(self, name: str, *args: str) -> subprocess.Popen:
        """Start `celery -A campaign_site <args>` (a worker, a beat) with its log in data_dir."""
        bin_dir = Path(sys.executable).parent
        return self._spawn(name, str(bin_dir / "celery"), "-A", "campaign_site", *args)

    def start(self, *, migrate: bool = True, demo: bool = True, worker: bool = True):
        if migrate:
            self.manage("migrate", "--noinput")
        if demo:
            self.manage("load_demo_content")
        bin_dir = Path(sys.executable).parent
        self._spawn(
            "web",
            str(bin_dir / "gunicorn"),
            "campaign_site.wsgi",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            "2",
            "--threads",
            "4",
            "--timeout",
            "60",
        )
        if worker:
            self.celery(
                "celery",
                "worker",
                "-B",
                "--concurrency",
                "1",
                "--loglevel",
                "INFO",
                "--queues",
                "default,reminders,reach",
                "--schedule",
                str(self.data_dir / "beat-schedule"),
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/en/", timeout=2)  # noqa: S310 - loopback
                return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"site did not start; see {self.data_dir}/web.log")

    def stop(self):
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()

    def mails(self) -> list[str]:
        if not self.mail_dir.exists():
            return []
        return [
            p.read_text()
            for p in sorted(self.mail_dir.glob("*.log"), key=lambda p: p.stat().st_mtime)
        ]


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    site = LiveSite(tmp_path_factory.mktemp("e2e-site"))
    try:
        site.start()
        yield site
    finally:
        site.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def new_context(browser):
    """Open a browser context (a fresh visitor) with the given options."""
    contexts = []

    def make(**options):
        options.setdefault("viewport", {"width": 1280, "height": 900})
        context = browser.new_context(**options)
        context.set_default_timeout(15000)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str, full_page: bool = True) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return take


@pytest.fixture(autouse=True)
def _allow_sync_playwright(monkeypatch):
    # Playwright's sync API runs an event loop in this thread; these tests touch no ORM here.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(ROOT / "tests" / "e2e" / "__pycache__", ignore_errors=True)
