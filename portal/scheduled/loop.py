"""Scheduled publishing without a broker (`make run`: eager Celery, no beat): a daemon thread in the
serving process runs the same job every SCHEDULED_PUBLISHING_INTERVAL seconds.

Started only by `manage.py runserver` (portal/management/commands/runserver.py) in the process that
serves (the autoreloader's child, or the only process with --noreload), and only when no broker is
configured: with one, beat does this. Never under gunicorn or in tests.
"""

import logging
import threading

from django.conf import settings
from django.db import close_old_connections, connections

from portal.scheduled.tasks import run_once

logger = logging.getLogger(__name__)

_started = threading.Lock()
_thread: threading.Thread | None = None


def tick() -> dict | None:
    """One run with fresh connections; never raises (the loop must outlive a bad minute)."""
    close_old_connections()
    try:
        return run_once()
    except Exception:
        logger.exception("scheduled publishing failed; trying again in a minute")
        return None
    finally:
        connections.close_all()


def _loop(stop: threading.Event, interval: float) -> None:
    # At once first: an embargo that fell due while the server was stopped goes out when it starts.
    while True:
        tick()
        if stop.wait(interval):
            return


def start(*, interval: float | None = None) -> threading.Event | None:
    """Start the thread once per process; returns the event that stops it (None if already running)."""
    global _thread
    with _started:
        if _thread is not None and _thread.is_alive():
            return None
        stop = threading.Event()
        every = interval or float(settings.SCHEDULED_PUBLISHING_INTERVAL)
        _thread = threading.Thread(target=_loop, args=(stop, every), name="scheduled-publishing", daemon=True)
        _thread.start()
    logger.info("scheduled publishing runs in this process every %s s (no broker, no beat)", every)
    return stop
