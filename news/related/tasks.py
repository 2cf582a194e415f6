"""Celery tasks for related-article blocks. Each takes ids, calls news.related.service, and is safe to
run twice. The publish pipeline (news.pipeline.tasks) queues them; each purges again only the articles
whose stored block it changed (news.pipeline.caches); the beat schedule runs the reconcile."""

from celery import shared_task
from django.core.cache import cache

from news.pipeline import caches
from news.related import service as related_service
from portal.background import RETRYING
from portal.caching.keys import RELATED_PENDING

RECONCILE_BATCH = 2000


def enqueue_refresh(article_ids) -> int:
    """Queue one refresh per article, skipping articles that already have one waiting.

    A burst of publishes touching the same article (or a hundred clicks) costs one computation: the
    pending marker is set atomically here and cleared when the task starts, so a change made while the
    refresh runs still queues another one. Without a cache, every request is queued (still correct:
    the cache client answers `add` with True during an outage, portal.caching.backend).
    """
    queued = 0
    for article_id in dict.fromkeys(article_ids):
        if cache.add(RELATED_PENDING.key(article_id=article_id), 1, RELATED_PENDING.timeout):
            related_refresh_task.enqueue(article_id)
            queued += 1
    return queued


def _clear_pending(article_id: int) -> None:
    cache.delete(RELATED_PENDING.key(article_id=article_id))


# A publish fans out into dozens of these; a lower priority (Redis: 0 is first) lets the search index
# and other per-publish work overtake the backlog instead of waiting behind it.
REFRESH_PRIORITY = 6


@shared_task(
    name="news.related_refresh",
    soft_time_limit=30,
    time_limit=60,
    priority=REFRESH_PRIORITY,
    repaired_by="news.related_reconcile",
    **RETRYING,
)
def related_refresh_task(article_id: int) -> dict:
    _clear_pending(article_id)
    result = related_service.related_refresh(article_id=article_id)
    if result.changed:
        caches.articles_changed([article_id])
    return {
        "article_id": article_id,
        "changed": result.changed,
        "changed_ids": [article_id] if result.changed else [],
    }


@shared_task(
    name="news.related_published",
    soft_time_limit=30,
    time_limit=60,
    repaired_by="news.related_reconcile",
    **RETRYING,
)
def related_published_task(article_id: int) -> dict:
    """An article went live (or moved): index it, refresh it and its live translations (they show its
    pins and exclusions), then the blocks it could now belong to."""
    related_service.related_index(article_ids=[article_id])
    translations = related_service.related_translations(article_id=article_id)
    enqueue_refresh([article_id, *translations])
    neighbours = related_service.related_neighbours(article_id=article_id)
    return {
        "article_id": article_id,
        "translations": translations,
        "queued": enqueue_refresh(neighbours),
        "neighbours": neighbours,
    }


@shared_task(
    name="news.related_withdrawn",
    soft_time_limit=60,
    time_limit=120,
    repaired_by="news.related_reconcile",
    **RETRYING,
)
def related_withdrawn_task(article_ids: list[int]) -> dict:
    """Articles were unpublished, deleted or made private: out of every block, which are then refilled."""
    related_service.related_unindex(article_ids=article_ids)
    for article_id in article_ids:
        related_service.related_clear(article_id=article_id)
    showing = related_service.related_detach(article_ids=article_ids)
    caches.articles_changed(showing)  # their cards lost an entry; the refresh below refills them
    enqueue_refresh(showing)
    return {"article_ids": article_ids, "changed_ids": showing}


@shared_task(
    name="news.related_reconcile", soft_time_limit=240, time_limit=300, ignore_result=False, **RETRYING
)
def related_reconcile_task() -> dict:
    """Periodic repair: blocks that are missing, too old, or older than their article's last publication."""
    stale = related_service.stale_article_ids(limit=RECONCILE_BATCH)
    return {"stale": len(stale), "queued": enqueue_refresh(stale)}
