import logging

from celery import shared_task
from django.db import transaction
from django.utils.module_loading import import_string
from kombu.exceptions import OperationalError as KombuOperationalError
from redis.exceptions import ConnectionError as RedisConnectionError

logger = logging.getLogger(__name__)


@shared_task(name="portal.ping")
def ping(payload: str = "pong") -> str:
    """A health probe: proves a message makes the full trip broker -> worker -> result backend."""
    return payload


@shared_task(name="portal.run_localize_job", acks_late=True, time_limit=600, soft_time_limit=540)
def run_localize_job(path: str, args: list, kwargs: dict) -> None:
    """Run one wagtail-localize background job (see portal.localize_jobs)."""
    from portal.localize_jobs import decode

    if not path.startswith("wagtail_localize."):
        raise ValueError(f"refusing to run {path!r}: only wagtail-localize jobs go through this task")
    import_string(path)(*decode(args), **decode(kwargs))


@shared_task(
    name="portal.front_cache_purge",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OSError,),
    retry_backoff=1,
    retry_backoff_max=60,
    retry_jitter=False,
    max_retries=8,
    soft_time_limit=60,
    time_limit=90,
)
def front_cache_purge_task(urls: list[str], prefixes: list[str] | None = None) -> dict:
    """Purge front-cache URLs and prefixes (portal.frontcache). Idempotent: purging twice costs nothing."""
    from portal.frontcache import send

    return {"urls": len(urls), "prefixes": len(prefixes or []), **send(urls, prefixes or [])}


BROKER_DOWN = (KombuOperationalError, RedisConnectionError, ConnectionError)


def enqueue_after_commit(send, what: str) -> None:
    """Run `send` (a `.delay(...)` call) after the current transaction commits, never failing the commit's
    request because the broker is down: the editor's publish is saved either way, and the periodic
    reconcile tasks (related blocks, search) repair what the lost message would have done."""

    def guarded():
        try:
            send()
        except BROKER_DOWN:
            logger.error("broker unavailable; %s not queued (the reconcile tasks will catch up)", what)

    transaction.on_commit(guarded)
