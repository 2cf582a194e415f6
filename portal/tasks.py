"""Celery finds tasks in `<app>.tasks`: portal's live beside the code they serve and are listed here."""

from celery import shared_task

from portal.caching.frontcache import front_cache_purge_task, purge_reconcile_task
from portal.localize_jobs import run_localize_job
from portal.scheduled.tasks import publish_scheduled_task
from portal.signin.tasks import send_signin_link

__all__ = [
    "front_cache_purge_task",
    "ping",
    "publish_scheduled_task",
    "purge_reconcile_task",
    "run_localize_job",
    "send_signin_link",
]


@shared_task(name="portal.ping", ignore_result=False)
def ping(payload: str = "pong") -> str:
    """A health probe: proves a message makes the full trip broker -> worker -> result backend."""
    return payload
