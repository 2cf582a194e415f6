"""The base of every Celery task here: enqueued after commit, and never failing the request that
enqueues it when the broker is down.

`PortalTask.delay_on_commit()` (Celery's Django API) queues the task once the surrounding transaction
commits. When the broker does not answer, the message is logged as lost and the request goes on: the
editor's publish or the reader's sign-up is saved either way. A task names the periodic task that
repairs what its lost message would have done (`repaired_by`: related blocks, search rows); for the
others (a confirmation mail, a reading) the log says the message is lost. A task that readers depend
on at once (the publish pipeline: cache generations and purges) sets `run_inline_when_broker_down`, and
then runs in this process instead of being lost.

A stalled broker (it accepts connections and never answers) costs a send its socket timeouts
(CELERY_BROKER_TRANSPORT_OPTIONS); after one failed send the process skips the broker for
`broker.cooldown` seconds, so a publish that queues a dozen messages pays for the outage once.

Without a broker (`make run`) tasks run eagerly, inside the commit callback: their failures are logged,
never raised into the request that saved the data.

This is the only place that hands messages to the broker (`tests/test_architecture.py` fails on a bare
`.delay()` or `.apply_async()` elsewhere).
"""

import logging

from celery.contrib.django.task import DjangoTask
from django.db import InterfaceError, OperationalError, transaction
from kombu.exceptions import OperationalError as KombuOperationalError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from portal.caching.breaker import Breaker

logger = logging.getLogger(__name__)

BROKER_DOWN = (KombuOperationalError, RedisConnectionError, RedisTimeoutError, ConnectionError, TimeoutError)
# Open after a send failed: later sends in this process skip the broker until it has cooled down.
broker = Breaker()

# Tasks that read the database: a restart or failover of PostgreSQL is retried with backoff.
RETRYING = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "retry_backoff": 2,
    "retry_backoff_max": 120,
    "retry_jitter": True,
    "max_retries": 8,
    "autoretry_for": (OperationalError, InterfaceError),
}


class PortalTask(DjangoTask):
    run_inline_when_broker_down = False
    # The periodic task that repairs what a lost message of this task would have done, if any.
    repaired_by: str | None = None
    # Nothing reads a result of ours: storing none keeps the result backend (Redis) out of the request.
    # With results on, a Redis outage made `apply_async` retry the result backend for about 20 s and then
    # raise a RuntimeError instead of the broker's error. Tasks whose result is read opt in (portal.ping).
    ignore_result = True

    def delay_on_commit(self, *args, **kwargs) -> None:
        transaction.on_commit(lambda: self.enqueue(*args, **kwargs))

    def apply_async_on_commit(self, args=(), kwargs=None, **options) -> None:
        transaction.on_commit(lambda: self.enqueue_with(args, kwargs or {}, **options))

    def enqueue(self, *args, **kwargs) -> None:
        """Queue now (from a task, or a commit callback), surviving a broker outage."""
        self.enqueue_with(args, kwargs)

    def enqueue_with(self, args, kwargs, **options) -> bool:
        """Queue now; False when the broker did not take the message (logged, never raised: the caller's
        data is committed, and a 500 would only hide that it was saved)."""
        if self.app.conf.task_always_eager:
            try:
                self.apply_async(args, kwargs, **options)
            except Exception:
                logger.exception("%s failed", self.name)
            return True
        if broker.allows():
            try:
                self.apply_async(args, kwargs, **options)
                return True
            except BROKER_DOWN:
                broker.trip()
            except Exception:  # a message that cannot be sent at all (say, arguments it cannot encode)
                logger.exception("%s not queued", self.name)
                return False
        self._broker_down(args, kwargs)
        return False

    def _broker_down(self, args, kwargs) -> None:
        if self.run_inline_when_broker_down:
            logger.error("broker unavailable; running %s in this process", self.name)
            self._run_here(args, kwargs)
        elif self.repaired_by:
            logger.error("broker unavailable; %s not queued (%s repairs it)", self.name, self.repaired_by)
        else:
            logger.error("broker unavailable; %s not queued and lost", self.name)

    def _run_here(self, args, kwargs) -> None:
        try:
            self.apply(args, kwargs, throw=True)
        except Exception:
            logger.exception("%s failed in process", self.name)
