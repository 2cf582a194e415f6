import os
import subprocess
import sys
import uuid
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.db import connection
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from tests import factories

# .ci/run sets REQUIRE_SERVICES=1: there PostgreSQL, Redis, the broker, Varnish, wrk and the client tools all
# exist, so a test that skips for want of one (as they do on a laptop's `make test`) has silently stopped
# running. Under it every skip fails instead; mark a known-broken test xfail, not skip.
REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if REQUIRE_SERVICES and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        reason = reason.removeprefix("Skipped: ")
        report.outcome = "failed"
        report.longrepr = f"skipped under REQUIRE_SERVICES=1, where nothing may skip: {reason}"
    return report


@pytest.fixture(autouse=True)
def _redis_breakers_closed():
    """A test that fakes a Redis or broker outage must not leave the next test skipping the real one."""
    from portal.background import broker
    from portal.caching.backend import breakers

    for breaker in [*breakers.values(), broker]:
        breaker.reset()
    yield


def pytest_collection_modifyitems(config, items):
    """On PostgreSQL, SQLite-only tests are deselected: tests/search/test_search_sqlite.py runs them in a
    SQLite subprocess instead."""
    from django.conf import settings

    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        return
    deselected = [item for item in items if item.get_closest_marker("sqlite_only")]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if not item.get_closest_marker("sqlite_only")]


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Every test gets its own media directory and an empty cache."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    return factories.build_site()


@pytest.fixture
def sections(site):
    """One section per language, the Hungarian one a translation of the English one."""
    en = factories.make_section(site["en"], "Budapest", slug="budapest")
    hu = factories.translate(en, site["locales"]["hu"], title="Budapest", slug="budapest")
    return {"en": en.specific, "hu": hu.specific}


@pytest.fixture
def embed(db):
    # Wagtail caches oEmbed answers in this table; a stored answer means no network call while rendering.
    url = "https://www.youtube.com/watch?v=test-video"
    return Embed.objects.create(
        url=url,
        hash=get_embed_hash(url, None, None),
        max_width=None,
        type="video",
        html='<iframe title="Test video" src="https://www.youtube.com/embed/test-video"></iframe>',
        title="Test video",
        width=640,
        height=360,
    )


@pytest.fixture
def browser(monkeypatch):
    """Debian's Chromium driven by Playwright (never a downloaded browser)."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not os.path.exists("/usr/bin/chromium"):
        pytest.fail("/usr/bin/chromium is missing: `make chromium` (apt-get install chromium) installs it")
    # Playwright's sync API runs an event loop in this thread; Django's ORM in the test is still synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@dataclass
class WorkerHandle:
    """A real `celery worker` process (solo pool) consuming one private queue."""

    queue: str
    env: dict
    process: subprocess.Popen | None = None

    def start(self):
        self.process = subprocess.Popen(
            [
                *(sys.executable, "-m", "celery", "-A", "portal", "worker", "--pool", "solo"),
                # Its queue and that queue's urgent twin (settings: CELERY_URGENT_QUEUE), as a worker
                # started without --queues consumes both.
                *("--queues", f"{self.queue},{self.queue}.urgent", "--hostname", f"{self.queue}@%h"),
                *("--without-gossip", "--without-mingle", "--loglevel", "WARNING"),
            ],
            env=self.env,
        )

    def kill(self):
        """SIGKILL: no cleanup, no acknowledgement, exactly like a crashed machine."""
        self.process.kill()
        self.process.wait(timeout=20)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


def _database_url_for_worker() -> str:
    """The test database as a URL, so a worker process reads and writes what the test sees."""
    db = connection.settings_dict
    if connection.vendor != "postgresql":
        return ""
    user = db.get("USER") or ""
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or 5432
    return f"postgres://{user}@{host}:{port}/{db['NAME']}"


@pytest.fixture
def celery_worker():
    """A real worker on its own queue, talking to the configured Redis broker.

    Skipped only when no broker is configured (plain `make test` on a laptop); CI always sets one.
    Unacknowledged messages come back after 5 s (not the production 300 s) so crash tests stay short.
    """
    from portal import env
    from portal.celery import app

    if not env.CELERY_BROKER_URL:
        pytest.skip("CELERY_BROKER_URL is not set; .ci/run always sets it")
    queue = f"test-{uuid.uuid4().hex[:10]}"
    worker_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "CELERY_VISIBILITY_TIMEOUT": "5",
        # The worker queues its own follow-up tasks (fan-out) through the broker, back to itself.
        "CELERY_TASK_ALWAYS_EAGER": "0",
        "CELERY_DEFAULT_QUEUE": queue,
    }
    if url := _database_url_for_worker():
        worker_env["DATABASE_URL"] = url
    handle = WorkerHandle(queue=queue, env=worker_env)
    handle.start()
    app.conf.task_always_eager = False
    default_queue = app.conf.task_default_queue
    app.conf.task_default_queue = queue  # tasks sent by the code under test reach this worker
    try:
        yield handle
    finally:
        app.conf.task_always_eager = True
        app.conf.task_default_queue = default_queue
        handle.stop()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Before the test database is dropped, end sessions other threads left open (the live server's)."""
    yield
    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
