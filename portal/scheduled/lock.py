"""One run at a time, across every worker and machine: a PostgreSQL advisory lock.

PostgreSQL, not Redis: the lock lives where the pages live, so a Redis outage (or a Redis that lost its
keys) can neither block embargoes nor let two runs publish the same revision. The lock is taken with
`pg_try_advisory_lock` on the connection the run uses and released in `finally`; a worker that dies
closes its connection, and PostgreSQL drops the lock with it. A pooled connection is handed back only
after the unlock. Without PostgreSQL (`make run` on SQLite: one process) a thread lock does the same.
"""

import contextlib
import logging
import threading
import zlib

from django.db import DatabaseError, connection

logger = logging.getLogger(__name__)

_local = threading.Lock()


def key_for(name: str) -> int:
    """A stable 32-bit key per name (advisory locks take a bigint; crc32 never changes between releases)."""
    return zlib.crc32(name.encode())


@contextlib.contextmanager
def only_one(name: str):
    """Yields True when this run holds the lock, False when another run has it (do nothing then)."""
    if connection.vendor != "postgresql":
        acquired = _local.acquire(blocking=False)
        try:
            yield acquired
        finally:
            if acquired:
                _local.release()
        return
    key = key_for(name)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        if acquired:
            _unlock(key)


def _unlock(key: int) -> None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
    except DatabaseError:
        # A persistent connection that kept the lock would stop every later run: end the session, and
        # PostgreSQL drops the lock with it (a connection that broke has already lost it).
        logger.warning("could not release the scheduled-publishing lock; closing the connection")
        connection.close()
