"""Redis (cache and broker) stopped for real while an editor publishes: the publish is saved, pages keep
rendering from PostgreSQL, and once Redis is back the reconcile task repairs the related blocks that the
lost messages would have refreshed."""

import os

import pytest
from django.db import connection

from news.models import ArticlePage, RelatedArticle
from portal.celery import app
from tests import factories
from tests.conftest import WorkerHandle, _database_url_for_worker
from tests.support.processes import redis_server
from tests.waiting import wait_for

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _use_broker(monkeypatch, url: str) -> None:
    # Celery reads CELERY_BROKER_URL from the environment before its settings; drop pooled connections.
    monkeypatch.setenv("CELERY_BROKER_URL", url)
    monkeypatch.setattr(app, "_pool", None)
    monkeypatch.setattr(app.amqp, "_producer_pool", None)


@pytest.fixture
def eager_restored():
    yield
    app.conf.task_always_eager = True


def test_publish_during_a_redis_outage_is_saved_served_and_repaired(
    client, settings, monkeypatch, eager_restored
):
    if connection.vendor != "postgresql":
        pytest.skip("the worker needs the test database over the network (PostgreSQL)")
    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    topic = factories.make_topic(site["locales"]["en"], "Transport")
    older = factories.make_article(section, "Tram depot reopens", topics=[topic])  # eager: indexed

    with redis_server() as redis_url:
        port = int(redis_url.rsplit(":", 1)[1])
        settings.CACHES = {"default": {**settings.CACHES["default"], "LOCATION": f"{redis_url}/1"}}
        _use_broker(monkeypatch, f"{redis_url}/0")
        app.conf.task_always_eager = False
        assert client.get(older.url).status_code == 200

    # The private Redis is gone now: cache and broker both refuse connections.
    article = factories.make_article(section, "New tram line announced", topics=[topic], live=False)
    factories.publish(article)  # commits; the on-commit tasks find no broker and are logged, not raised
    article.refresh_from_db()
    assert article.live
    for page in (article, older):
        response = client.get(page.url)
        assert response.status_code == 200
        assert page.title in response.content.decode()
    assert not RelatedArticle.objects.filter(article=article).exists(), "no task could have run"

    with redis_server(port=port):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "CELERY_BROKER_URL": f"{redis_url}/0",
            "REDIS_CACHE_URL": f"{redis_url}/1",
            "CELERY_TASK_ALWAYS_EAGER": "0",
            "CELERY_DEFAULT_QUEUE": "outage",
            "DATABASE_URL": _database_url_for_worker(),
        }
        worker = WorkerHandle(queue="outage", env=env)
        worker.start()
        try:
            monkeypatch.setattr(app, "_pool", None)
            monkeypatch.setattr(app.amqp, "_producer_pool", None)
            app.send_task("news.related_reconcile", queue="outage")
            wait_for(
                lambda: RelatedArticle.objects.filter(article=article, related=older).exists(),
                timeout=60,
                message="the reconcile task to repair the new article's related block",
            )
        finally:
            worker.stop()
    assert ArticlePage.objects.get(pk=article.pk).live
