"""Celery tasks that keep the search index in step with publishing. Each takes ids and calls
search.indexing; running one twice gives the same index."""

from dataclasses import asdict

from celery import shared_task

from news.tasks import RETRYING
from search.indexing import search_sync, stale_page_ids

RECONCILE_BATCH = 2000
SYNC_CHUNK = 500


def enqueue_sync(page_ids) -> None:
    """One task per chunk, so a topic rename touching thousands of articles never makes one long task."""
    page_ids = list(dict.fromkeys(page_ids))
    for start in range(0, len(page_ids), SYNC_CHUNK):
        search_sync_task.delay(page_ids[start : start + SYNC_CHUNK])


@shared_task(name="search.sync", soft_time_limit=60, time_limit=120, **RETRYING)
def search_sync_task(page_ids: list[int]) -> dict:
    return asdict(search_sync(page_ids=page_ids))


@shared_task(name="search.reconcile", soft_time_limit=240, time_limit=300, **RETRYING)
def search_reconcile_task() -> dict:
    """What lost messages missed: missing, outdated, moved or no longer visible rows."""
    page_ids = stale_page_ids(limit=RECONCILE_BATCH)
    result = search_sync(page_ids=page_ids) if page_ids else None
    return {"checked": len(page_ids), **(asdict(result) if result else {"indexed": 0, "removed": 0})}
