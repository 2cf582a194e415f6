"""Scheduled publishing for real: a `celery beat` process and a worker, Varnish in front of the live test
server. An embargoed article goes live by itself and an expiring one goes down, each purged from the front
cache; a backlog of other work waits behind the embargo."""

import os
import shutil
import subprocess
import sys
import time
import uuid
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from celery.result import AsyncResult
from django.conf import settings as django_settings
from django.db import connection
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from portal import env
from portal.celery import app
from tests import factories
from tests.conftest import WorkerHandle, _database_url_for_worker
from tests.frontcache.test_varnish import fetch
from tests.portal.test_scheduled_publishing import schedule
from tests.support.processes import varnish
from tests.waiting import wait_for

pytestmark = [pytest.mark.broker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("worker processes need the test database over the network (PostgreSQL)")


@pytest.fixture
def front(live_server, settings, monkeypatch):
    if not shutil.which("varnishd"):
        pytest.skip("varnishd is missing (.ci/run installs it)")
    with varnish(urlsplit(live_server.url).port) as cache:
        settings.WAGTAILFRONTENDCACHE = {
            "varnish": {"BACKEND": "portal.caching.frontcache.VarnishBackend", "LOCATION": cache.url}
        }
        monkeypatch.setenv("FRONTEND_CACHE_URL", cache.url)  # read by the worker process at start
        yield cache


@pytest.fixture
def beat(celery_worker, tmp_path):
    """`celery beat` as compose runs it, sending to the test worker's queue, every second instead of 60."""
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "celery", "-A", "portal", "beat", "--loglevel", "WARNING"),
            *("--schedule", str(tmp_path / "celerybeat-schedule")),
        ],
        env={**celery_worker.env, "SCHEDULED_PUBLISHING_INTERVAL": "1"},
    )
    yield process
    process.terminate()
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()


def bring_forward(revision, moment):
    """The scene is set with the times an hour away (no run fires while Varnish fills), then moved to
    `moment` in the rows alone: saving through Wagtail would publish again and purge what was cached."""
    revision.content["go_live_at"] = moment.isoformat()
    revision.approved_go_live_at = moment
    revision.save(update_fields=["content", "approved_go_live_at"])
    Page.objects.filter(pk=revision.object_id).update(go_live_at=moment)


def test_beat_and_a_worker_publish_and_expire_by_themselves_purging_varnish(front, celery_worker, beat):
    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    factories.make_article(section, "Yesterday's story")
    expiring = factories.make_article(section, "Offer ends at noon")
    expiring.expire_at = timezone.now() + timedelta(hours=1)
    factories.publish(expiring)
    embargoed = factories.make_article(section, "Embargoed budget", live=False)
    revision = schedule(embargoed, timezone.now() + timedelta(hours=1))

    # Both cached first: the front without the embargoed story, the expiring article itself.
    wait_for(lambda: fetch(front, section.url).cache == "HIT", message="the section cached")
    wait_for(lambda: fetch(front, expiring.url).cache == "HIT", message="the expiring article cached")
    assert "Embargoed budget" not in fetch(front, section.url).body
    assert fetch(front, embargoed.url).status == 404

    moment = (timezone.now() + timedelta(seconds=2)).replace(microsecond=0)
    Page.objects.filter(pk=expiring.pk).update(expire_at=moment)
    bring_forward(revision, moment)

    wait_for(lambda: Page.objects.get(pk=embargoed.pk).live, timeout=60, message="beat + worker to publish")
    wait_for(lambda: not Page.objects.get(pk=expiring.pk).live, timeout=60, message="beat + worker to expire")
    assert timezone.now() - moment < timedelta(minutes=1)
    assert Page.objects.get(pk=embargoed.pk).first_published_at == moment

    # The cached front and article are gone from Varnish: only a purge explains a fresh answer this soon.
    wait_for(lambda: "Embargoed budget" in fetch(front, section.url).body, timeout=30, message="front purged")
    assert fetch(front, embargoed.url).status == 200
    wait_for(lambda: fetch(front, expiring.url).status == 404, timeout=30, message="expired article purged")
    assert "Offer ends at noon" not in fetch(front, section.url).body


def test_a_backlog_of_other_work_waits_behind_an_embargo():
    """Two hundred low-priority tasks queued first, the beat's message last: the worker runs the embargo
    before them (Redis priorities: the beat entry sends at 0, related refreshes at 6)."""
    if not env.CELERY_BROKER_URL:
        pytest.skip("CELERY_BROKER_URL is not set; .ci/run always sets it")
    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    embargoed = factories.make_article(section, "Embargoed budget", live=False)
    schedule(embargoed, timezone.now() + timedelta(seconds=1))
    time.sleep(1.5)

    queue = f"test-backlog-{uuid.uuid4().hex[:8]}"
    worker_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "CELERY_TASK_ALWAYS_EAGER": "0",
        "CELERY_DEFAULT_QUEUE": queue,
        "DATABASE_URL": _database_url_for_worker(),
    }
    worker = WorkerHandle(queue=queue, env=worker_env)
    app.conf.task_always_eager = False  # sent to Redis, results read from it
    try:
        ping = "portal.ping"  # stands for related refreshes: the same priority, 6
        backlog = [app.send_task(ping, args=[str(n)], queue=queue, priority=6).id for n in range(200)]
        options = django_settings.CELERY_BEAT_SCHEDULE["scheduled-publishing"]["options"]
        # Last, as beat sends it: on the urgent queue (CELERY_TASK_ROUTES), which this worker consumes too.
        app.send_task("portal.publish_scheduled", queue=f"{queue}.urgent", **options)
        worker.start()
        wait_for(lambda: Page.objects.get(pk=embargoed.pk).live, timeout=120, message="the embargo")
        wait_for(lambda: all(AsyncResult(i).ready() for i in backlog), timeout=120, message="the backlog")
        done = {i: AsyncResult(i).date_done for i in backlog}
    finally:
        app.conf.task_always_eager = True
        worker.stop()
    published_at = PageLogEntry.objects.get(page=embargoed, action="wagtail.publish.scheduled").timestamp
    before = [i for i, when in done.items() if when < published_at]
    assert len(before) <= 1, f"{len(before)} of the backlog ran before the embargo"
