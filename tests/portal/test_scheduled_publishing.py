"""Scheduled publishing and expiry (portal.scheduled): the job, its dates, its lock, its thread, its place
in the beat schedule. tests/portal/test_scheduled_beat.py drives it with real beat and worker processes."""

import threading
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from news.models import ArticlePage
from news.structured_data import iso
from portal.caching import outbox
from portal.celery import app
from portal.scheduled import lock, loop, publishing
from portal.scheduled.tasks import LOCK_NAME, publish_scheduled_task, run_once
from tests import factories
from tests.waiting import wait_for

NOWHERE = {
    "varnish": {"BACKEND": "portal.caching.frontcache.VarnishBackend", "LOCATION": "http://127.0.0.1:1"}
}


def schedule(article, go_live_at):
    """What the editor's "Publish" does with a go-live time in the future: a revision waiting for it."""
    article.go_live_at = go_live_at
    revision = article.save_revision()
    revision.publish()
    article.refresh_from_db()
    assert not article.live and revision.approved_go_live_at == go_live_at
    return revision


def later(monkeypatch, moment):
    """The job runs at `moment` (Wagtail and Django read django.utils.timezone.now)."""
    monkeypatch.setattr(timezone, "now", lambda: moment)


@pytest.fixture
def section(db):
    site = factories.build_site()
    return factories.make_section(site["en"], "Budapest", slug="budapest")


@pytest.mark.django_db
def test_a_late_run_publishes_at_the_scheduled_time(
    section, monkeypatch, client, django_capture_on_commit_callbacks
):
    go_live = (timezone.now() + timedelta(hours=1)).replace(microsecond=0)
    article = factories.make_article(section, "Embargoed budget", live=False)
    schedule(article, go_live)

    later(monkeypatch, go_live + timedelta(minutes=7))  # the job ran seven minutes late
    with django_capture_on_commit_callbacks(execute=True):
        outcome = run_once()
    monkeypatch.undo()

    assert outcome["published"] == [f"news.articlepage {article.pk}"] and not outcome["failed"]
    article.refresh_from_db()
    assert article.live and article.live_revision_id is not None
    assert article.first_published_at == go_live and article.last_published_at == go_live
    assert PageLogEntry.objects.filter(page=article, action="wagtail.publish.scheduled").exists()
    page = client.get(article.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert f'"datePublished":"{iso(go_live)}"' in html  # JSON-LD
    assert f'<time datetime="{timezone.localtime(go_live).isoformat()}">' in html  # the byline's date
    assert run_once() == {"published": [], "expired": [], "failed": [], "unfinished": False}, "idempotent"


@pytest.mark.django_db
def test_a_scheduled_update_of_a_live_article_keeps_its_first_date(section, monkeypatch):
    first = (timezone.now() - timedelta(days=2)).replace(microsecond=0)
    article = factories.make_article(section, "Tram strike", published=first)
    go_live = (timezone.now() + timedelta(minutes=30)).replace(microsecond=0)
    article.title = "Tram strike called off"
    article.go_live_at = go_live
    article.save_revision().publish()  # scheduled: the live version stays until then
    assert ArticlePage.objects.get(pk=article.pk).title == "Tram strike"

    later(monkeypatch, go_live + timedelta(minutes=2))
    run_once()
    monkeypatch.undo()

    article = ArticlePage.objects.get(pk=article.pk)
    assert article.title == "Tram strike called off"
    assert article.first_published_at == first and article.last_published_at == go_live


@pytest.mark.django_db
def test_expiry_takes_the_article_down_through_the_pipeline(
    section, settings, monkeypatch, client, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = NOWHERE  # a purge that cannot reach Varnish stays as an outbox row
    article = factories.make_article(section, "Offer ends tonight")
    url = article.url
    article.expire_at = timezone.now() + timedelta(hours=1)
    factories.publish(article)
    assert client.get(url).status_code == 200

    later(monkeypatch, article.expire_at + timedelta(seconds=30))
    with django_capture_on_commit_callbacks(execute=True):
        outcome = run_once()
    monkeypatch.undo()

    assert outcome["expired"] == [f"wagtailcore.page {article.pk}"]
    article.refresh_from_db()
    assert not article.live and article.expired
    assert PageLogEntry.objects.filter(page=article, action="wagtail.unpublish.scheduled").exists()
    assert client.get(url).status_code == 404
    purged = [u for row in outbox.PendingPurge.objects.all() for u in row.urls]
    assert any(u.endswith(url) for u in purged), "the pipeline purged the article's URL"


@pytest.mark.django_db
def test_a_broken_revision_does_not_hold_back_the_others(section, monkeypatch):
    go_live = timezone.now() + timedelta(minutes=5)
    broken = factories.make_article(section, "Broken", live=False)
    fine = factories.make_article(section, "Fine", live=False)
    schedule(broken, go_live)
    schedule(fine, go_live + timedelta(seconds=1))
    original = publishing.Revision.publish

    def publish(revision, *args, **kwargs):
        if revision.object_id == str(broken.pk):
            raise ValueError("a block that no longer validates")
        return original(revision, *args, **kwargs)

    monkeypatch.setattr(publishing.Revision, "publish", publish)
    later(monkeypatch, go_live + timedelta(minutes=1))
    outcome = run_once()
    monkeypatch.undo()
    assert outcome["failed"] == [f"news.articlepage {broken.pk}"]
    assert outcome["published"] == [f"news.articlepage {fine.pk}"]
    assert Page.objects.get(pk=fine.pk).live and not Page.objects.get(pk=broken.pk).live


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_one_run_at_a_time(section, monkeypatch):
    go_live = timezone.now() + timedelta(minutes=5)
    article = factories.make_article(section, "Held", live=False)
    schedule(article, go_live)
    held, release = threading.Event(), threading.Event()

    def other_run():  # another worker's run, on its own connection
        from django.db import connection

        with lock.only_one(LOCK_NAME) as acquired:
            assert acquired
            held.set()
            release.wait(30)
        connection.close()

    thread = threading.Thread(target=other_run)
    thread.start()
    try:
        assert held.wait(30)
        later(monkeypatch, go_live + timedelta(minutes=1))
        assert run_once() == {"skipped": "another run holds the lock"}
        assert not Page.objects.get(pk=article.pk).live
    finally:
        release.set()
        thread.join(30)
    assert run_once()["published"] == [f"news.articlepage {article.pk}"], "free again once released"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_thread_of_make_run_publishes_by_itself(section, monkeypatch):
    article = factories.make_article(section, "Soon", live=False)
    schedule(article, timezone.now() + timedelta(seconds=1))
    stop = loop.start(interval=0.3)
    try:
        assert stop is not None
        assert loop.start(interval=0.3) is None, "one thread per process"
        wait_for(lambda: Page.objects.get(pk=article.pk).live, timeout=30, message="the thread to publish")
    finally:
        stop.set()
        loop._thread.join(10)


def test_runserver_starts_the_thread_only_without_a_broker(settings, monkeypatch):
    from django.contrib.staticfiles.management.commands.runserver import Command as StaticRunserver

    from portal.management.commands.runserver import Command

    started = []
    monkeypatch.setattr(loop, "start", lambda **kwargs: started.append(kwargs))
    monkeypatch.setattr(StaticRunserver, "inner_run", lambda self, *args, **options: None)
    settings.CELERY_TASK_ALWAYS_EAGER = False  # a broker: beat does it
    Command().inner_run()
    assert started == []
    settings.CELERY_TASK_ALWAYS_EAGER = True  # `make run`
    Command().inner_run()
    assert started == [{}]


def test_beat_sends_it_every_minute_before_any_backlog():
    entry = django_settings.CELERY_BEAT_SCHEDULE["scheduled-publishing"]
    assert entry["task"] == publish_scheduled_task.name == "portal.publish_scheduled"
    assert entry["task"] in app.tasks
    assert entry["schedule"] == 60.0 == django_settings.SCHEDULED_PUBLISHING_INTERVAL
    # 0 is Redis's first priority; everything else the workers do waits behind it.
    assert entry["options"]["priority"] == publish_scheduled_task.priority == 0
    others = [app.tasks[name].priority for name in ("news.related_refresh", "news.renditions_generate")]
    assert all(p is not None and p > 0 for p in others)
    assert entry["options"]["expires"] <= entry["schedule"]


def test_embargoes_have_a_queue_and_a_worker_of_their_own():
    """Priorities order only waiting messages: the run goes to the urgent queue, which docker's one-process
    urgent-worker consumes alone, and which a worker started without --queues consumes too."""
    import yaml

    from tests.support.processes import ROOT

    urgent = django_settings.CELERY_URGENT_QUEUE
    assert urgent == f"{django_settings.CELERY_TASK_DEFAULT_QUEUE}.urgent"
    assert app.amqp.router.route({}, "portal.publish_scheduled")["queue"].name == urgent
    assert app.amqp.router.route({}, "news.related_refresh")["queue"].name != urgent
    assert {queue.name for queue in django_settings.CELERY_TASK_QUEUES} == {
        django_settings.CELERY_TASK_DEFAULT_QUEUE,
        urgent,
    }
    services = yaml.safe_load((ROOT / "docker" / "compose.yaml").read_text())["services"]
    command = services["urgent-worker"]["command"]
    assert command[command.index("--queues") + 1] == "celery.urgent"
    assert command[command.index("--concurrency") + 1] == "1"
    assert "--queues" not in services["worker"]["command"]  # both queues
