"""`portal.publish_scheduled`: Celery beat sends it every SCHEDULED_PUBLISHING_INTERVAL seconds (60).

At priority 0, the highest on Redis and the publish pipeline's own: a backlog of related refreshes (6),
renditions (4) or Wagtail's index work (3) waits behind it instead of delaying an embargo. A message
older than one interval expires unrun (the next one does the same work), so a stopped worker does not
come back to a pile of them. Idempotent: a second run finds nothing due, and two never overlap
(lock.only_one).
"""

from celery import shared_task
from django.conf import settings

from portal.scheduled.lock import only_one
from portal.scheduled.publishing import run_scheduled

LOCK_NAME = "portal.publish_scheduled"
SCHEDULED_PRIORITY = 0


def run_once() -> dict:
    """One run, or nothing when another run (another worker, the thread) holds the lock."""
    with only_one(LOCK_NAME) as acquired:
        if not acquired:
            return {"skipped": "another run holds the lock"}
        return run_scheduled(budget=settings.SCHEDULED_PUBLISHING_BUDGET).as_dict()


@shared_task(
    name=LOCK_NAME,
    priority=SCHEDULED_PRIORITY,
    acks_late=True,
    reject_on_worker_lost=True,
    soft_time_limit=90,
    time_limit=120,
)
def publish_scheduled_task() -> dict:
    return run_once()
