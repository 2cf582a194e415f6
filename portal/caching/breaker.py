"""Remembering that Redis is down, so a page pays for the outage once, not on every cache call.

A stalled Redis (it accepts connections and never answers) costs each call its whole socket timeout;
a page makes a dozen calls, so without memory every page took seconds and workers timed out. After a
failure the breaker stays open for `COOLDOWN` seconds: calls skip Redis at once (a miss, a dropped
write). Then one call tries again (half-open); success closes it. Per process, shared by its threads.

Each request also has a budget of time spent waiting on the cache (`REQUEST_BUDGET`); once spent, the
rest of that request's calls skip Redis too, whatever the breaker says.
"""

import contextvars
import threading
import time

COOLDOWN = 5.0
REQUEST_BUDGET = 0.5

# None outside a request (Celery tasks, commands): no budget there, only the breaker.
_spent = contextvars.ContextVar("cache_seconds_spent", default=None)


class Breaker:
    def __init__(self, cooldown: float = COOLDOWN):
        self.cooldown = cooldown
        self._open_until = 0.0
        self._lock = threading.Lock()

    def allows(self) -> bool:
        return time.monotonic() >= self._open_until

    def trip(self) -> None:
        with self._lock:
            self._open_until = time.monotonic() + self.cooldown

    def reset(self) -> None:
        self._open_until = 0.0

    @property
    def is_open(self) -> bool:
        return not self.allows()


def budget_left() -> bool:
    spent = _spent.get()
    return spent is None or spent < REQUEST_BUDGET


def spend(seconds: float) -> None:
    spent = _spent.get()
    if spent is not None:
        _spent.set(spent + seconds)


class CacheBudgetMiddleware:
    """Starts each request with a full cache-time budget (threads and async tasks keep their own)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _spent.set(0.0)
        try:
            return self.get_response(request)
        finally:
            _spent.reset(token)
