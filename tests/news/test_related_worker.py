"""Related blocks through the real Redis broker and real worker processes (PostgreSQL shared with them)."""

import psycopg
import pytest
import redis
from django.db import connection

from news.models import ArticleRelatedExclude, ArticleRelatedPin, RelatedArticle, RelatedState
from news.related.tasks import enqueue_refresh
from portal import env
from tests import factories
from tests.waiting import wait_for

pytestmark = [pytest.mark.broker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("worker processes need the test database over the network (PostgreSQL)")


@pytest.fixture
def newsroom():
    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    topic = factories.make_topic(site["locales"]["en"], "Transport")
    return {"section": section, "topic": topic}


def block(article) -> set[int]:
    return set(RelatedArticle.objects.filter(article=article).values_list("related_id", flat=True))


def test_publish_updates_blocks_and_unpublish_removes_everywhere(newsroom, celery_worker):
    older = [
        factories.make_article(newsroom["section"], f"Tram {n}", topics=[newsroom["topic"]]) for n in range(3)
    ]
    wait_for(lambda: all(len(block(a)) == 2 for a in older), message="initial blocks")

    fresh = factories.make_article(newsroom["section"], "New tram line", topics=[newsroom["topic"]])
    wait_for(lambda: all(fresh.pk in block(a) for a in older), message="neighbours refreshed by the worker")
    wait_for(lambda: block(fresh) == {a.pk for a in older}, message="the new article's own block")

    fresh.unpublish()
    wait_for(lambda: not RelatedArticle.objects.filter(related=fresh).exists(), message="removal everywhere")
    assert not RelatedArticle.objects.filter(article=fresh).exists()


def test_a_burst_of_refreshes_queues_one_task(newsroom, settings):
    from portal.celery import app

    article = factories.make_article(newsroom["section"], "Tram", topics=[newsroom["topic"]])
    queue = "test-burst"
    client = redis.Redis.from_url(env.CELERY_BROKER_URL)
    # Refreshes are sent at a lower priority, which kombu keeps in its own list ("test-burst\x06\x166").
    client.delete(queue, *client.keys(f"{queue}*"))
    previous = app.conf.task_always_eager, app.conf.task_default_queue
    app.conf.task_always_eager, app.conf.task_default_queue = False, queue
    try:
        from django.core.cache import cache

        cache.delete(f"related:pending:{article.pk}")
        queued = sum(enqueue_refresh([article.pk]) for _ in range(100))
        assert queued == 1
        lists = client.keys(f"{queue}*")
        assert sum(client.llen(name) for name in lists) == 1
    finally:
        app.conf.task_always_eager, app.conf.task_default_queue = previous
        client.delete(*client.keys(f"{queue}*") or [queue])


def test_refresh_survives_a_worker_killed_mid_task(newsroom, celery_worker):
    article = factories.make_article(newsroom["section"], "Tram", topics=[newsroom["topic"]])
    other = factories.make_article(newsroom["section"], "Tram 2", topics=[newsroom["topic"]])
    wait_for(lambda: block(article) == {other.pk}, message="initial block")
    RelatedArticle.objects.filter(article=article).delete()

    # Hold the article's state row so the next refresh blocks inside its transaction: the worker is
    # provably mid-task when it is killed.
    db = connection.settings_dict
    holder = psycopg.connect(
        host=db["HOST"] or "127.0.0.1", port=db["PORT"] or 5432, user=db["USER"], dbname=db["NAME"]
    )
    holder.execute("SELECT 1 FROM news_relatedstate WHERE article_id = %s FOR UPDATE", [article.pk])
    enqueue_refresh([article.pk])

    def worker_waiting_on_lock():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            return cursor.fetchone()[0] > 0

    wait_for(worker_waiting_on_lock, message="the worker to block mid-refresh")
    celery_worker.kill()
    holder.rollback()
    holder.close()
    assert block(article) == set()

    celery_worker.start()  # the unacknowledged task comes back after the visibility timeout
    wait_for(lambda: block(article) == {other.pk}, timeout=90, message="redelivered refresh")
    assert RelatedState.objects.filter(article=article).exists()


def test_reconcile_through_the_worker_repairs_a_stale_block(newsroom, celery_worker):
    from news.tasks import related_reconcile_task

    a = factories.make_article(newsroom["section"], "Tram", topics=[newsroom["topic"]])
    b = factories.make_article(newsroom["section"], "Tram 2", topics=[newsroom["topic"]])
    wait_for(lambda: block(a) == {b.pk}, message="initial block")
    RelatedArticle.objects.filter(article=a).delete()  # a lost update
    RelatedState.objects.filter(article=a).delete()
    related_reconcile_task.delay().get(timeout=60)
    wait_for(lambda: block(a) == {b.pk}, message="reconciled block")


def test_publishing_the_original_carries_its_pins_to_the_live_translation(newsroom, celery_worker):
    hu = factories.locales()["hu"]
    section = newsroom["section"]
    factories.translate(section, hu, title="Budapest", slug="budapest")
    business = factories.make_section(section.get_parent().specific, "Business", slug="business")
    factories.translate(business, hu, title="Gazdaság", slug="gazdasag")
    pinned = factories.make_article(business, "Budget passes")
    pinned_hu = factories.translate(pinned, hu, title="Elfogadták a költségvetést", slug="koltsegvetes")
    close = factories.make_article(section, "Bridge works")
    close_hu = factories.translate(close, hu, title="Hídfelújítás", slug="hidfelujitas")
    original = factories.make_article(section, "Tram line opens")
    translation = factories.synced_translation(original, hu)
    wait_for(lambda: close_hu.pk in block(translation), message="the translation's first block")

    original.related_pins = [ArticleRelatedPin(article=pinned, sort_order=0)]
    original.related_excludes = [ArticleRelatedExclude(article=close)]
    factories.publish(original)  # only the original: the translation is not synced
    wait_for(
        lambda: pinned_hu.pk in block(translation) and close_hu.pk not in block(translation),
        message="the original's pins and exclusions in the translation's block",
    )
    first = RelatedArticle.objects.filter(article=translation).order_by("rank").first()
    assert first.related_id == pinned_hu.pk and first.pinned
