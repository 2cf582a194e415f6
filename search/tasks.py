"""Celery tasks that keep the search index in step with publishing. Each takes ids and calls
search.indexing; running one twice gives the same index. The publish pipeline (news.pipeline.tasks)
queues `search.sync` and `search.admin_index_update` by name, in chunks."""

from dataclasses import asdict

from celery import shared_task

from portal.background import RETRYING
from search.admin_index.updates import admin_index_update
from search.indexing import search_sync, stale_page_ids

RECONCILE_BATCH = 2000


@shared_task(
    name="search.sync", soft_time_limit=60, time_limit=120, repaired_by="search.reconcile", **RETRYING
)
def search_sync_task(page_ids: list[int]) -> dict:
    return asdict(search_sync(page_ids=page_ids))


@shared_task(name="search.reconcile", soft_time_limit=240, time_limit=300, **RETRYING)
def search_reconcile_task() -> dict:
    """What lost messages missed: missing, outdated, moved or no longer visible rows."""
    page_ids = stale_page_ids(limit=RECONCILE_BATCH)
    result = search_sync(page_ids=page_ids) if page_ids else None
    return {"checked": len(page_ids), **(asdict(result) if result else {"indexed": 0, "removed": 0})}


@shared_task(name="search.admin_index_update", soft_time_limit=60, time_limit=120, **RETRYING)
def admin_index_update_task(page_ids: list[int]) -> dict:
    """Wagtail's index (the admin's search) for articles whose bylines changed."""
    return {"indexed": admin_index_update(page_ids=page_ids)}
