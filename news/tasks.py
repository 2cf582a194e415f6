"""Celery tasks for related-article blocks. Each takes ids, calls news.related_service, and is safe to
run twice. Hooks enqueue them after commit (news.signals); the beat schedule runs the reconcile."""

import logging

from celery import shared_task
from django.core.cache import cache
from django.db import InterfaceError, OperationalError

from news import related_service

logger = logging.getLogger(__name__)

PENDING_KEY = "related:pending:{article_id}"
PENDING_SECONDS = 120  # after this a lost message no longer blocks a new one; a duplicate is harmless
RECONCILE_BATCH = 2000

RETRYING = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": (OperationalError, InterfaceError),
    "retry_backoff": 2,
    "retry_backoff_max": 120,
    "retry_jitter": True,
    "max_retries": 8,
}


def enqueue_refresh(article_ids) -> int:
    """Queue one refresh per article, skipping articles that already have one waiting.

    A burst of publishes touching the same article (or a hundred clicks) costs one computation: the
    pending marker is set atomically here and cleared when the task starts, so a change made while the
    refresh runs still queues another one. Without a cache, every request is queued (still correct).
    """
    queued = 0
    for article_id in dict.fromkeys(article_ids):
        try:
            fresh = cache.add(PENDING_KEY.format(article_id=article_id), 1, PENDING_SECONDS)
        except Exception:  # cache down: lose the dedupe, keep the refresh
            logger.warning("cache unavailable; queueing related refresh without dedupe", exc_info=True)
            fresh = True
        if fresh:
            related_refresh_task.delay(article_id)
            queued += 1
    return queued


def _clear_pending(article_id: int) -> None:
    try:
        cache.delete(PENDING_KEY.format(article_id=article_id))
    except Exception:
        logger.warning("cache unavailable; pending marker for %s not cleared", article_id, exc_info=True)


# A publish fans out into dozens of these; a lower priority (Redis: 0 is first) lets the search index
# and other per-publish work overtake the backlog instead of waiting behind it.
REFRESH_PRIORITY = 6


@shared_task(
    name="news.related_refresh", soft_time_limit=30, time_limit=60, priority=REFRESH_PRIORITY, **RETRYING
)
def related_refresh_task(article_id: int) -> dict:
    _clear_pending(article_id)
    result = related_service.related_refresh(article_id=article_id)
    return {
        "article_id": article_id,
        "changed": result.changed,
        "changed_ids": [article_id] if result.changed else [],
    }


@shared_task(name="news.related_published", soft_time_limit=30, time_limit=60, **RETRYING)
def related_published_task(article_id: int) -> dict:
    """An article went live (or moved): index it, refresh it, then the blocks it could now belong to."""
    related_service.related_index(article_ids=[article_id])
    enqueue_refresh([article_id])
    neighbours = related_service.related_neighbours(article_id=article_id)
    return {"article_id": article_id, "queued": enqueue_refresh(neighbours), "neighbours": neighbours}


@shared_task(name="news.related_withdrawn", soft_time_limit=60, time_limit=120, **RETRYING)
def related_withdrawn_task(article_ids: list[int]) -> dict:
    """Articles were unpublished, deleted or made private: out of every block, which are then refilled."""
    related_service.related_unindex(article_ids=article_ids)
    for article_id in article_ids:
        related_service.related_clear(article_id=article_id)
    showing = related_service.related_detach(article_ids=article_ids)
    enqueue_refresh(showing)
    return {"article_ids": article_ids, "changed_ids": showing}


@shared_task(name="news.related_reconcile", soft_time_limit=240, time_limit=300, **RETRYING)
def related_reconcile_task() -> dict:
    """Periodic repair: blocks that are missing, too old, or older than their article's last publication."""
    stale = related_service.stale_article_ids(limit=RECONCILE_BATCH)
    return {"stale": len(stale), "queued": enqueue_refresh(stale)}


@shared_task(
    name="news.audio_generate",
    soft_time_limit=240,
    time_limit=300,
    **{**RETRYING, "autoretry_for": (*RETRYING["autoretry_for"], OSError)},
)
def audio_generate_task(article_id: int) -> dict:
    """The article's reading after publish. A missing engine is not an error (no retry, no raise):
    publishing never waits on or fails because of audio; a failing engine is retried with backoff."""
    from news.audio import TTSFailed, audio_refresh

    try:
        result = audio_refresh(article_id=article_id)
    except TTSFailed as error:
        raise audio_generate_task.retry(exc=error, countdown=30, max_retries=3) from error
    return {"article_id": article_id, "status": result.status}
