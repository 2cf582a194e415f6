"""The Redis cache client: django-redis, with an outage read as a miss, remembered, and bounded.

- An outage reads as "not cached" and drops writes, so pages keep rendering from PostgreSQL.
- It is remembered (portal.caching.breaker): after one failure, calls skip Redis for a few seconds
  instead of each waiting for its socket timeout, and each request has a budget of cache time.
- `add()` claims work (the related-refresh dedupe): during an outage it answers True, since doing the
  work twice is the safe side (a None would read as "somebody else claimed it" and drop the work).
- `get_many()` answers a fresh dict: a caller that fills it must not leak into another's.
- `available()` tells code that must know about the outage (the rendered-page generations, /healthz).
"""

import functools
import logging
import time

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

from portal.caching.breaker import Breaker, budget_left, spend

logger = logging.getLogger(__name__)

OUTAGE = (ConnectionInterrupted, RedisError, OSError)
# One breaker per Redis server, shared by the cache objects of every thread of the process.
breakers: dict[str, Breaker] = {}


def _default(args, kwargs):
    if "default" in kwargs:
        return kwargs["default"]
    return args[1] if len(args) > 1 else None


# What a call answers when Redis is skipped or fails: a miss, a dropped write, a claimed add.
FALLBACKS = {
    "get": _default,
    "get_many": lambda args, kwargs: {},
    "add": lambda args, kwargs: True,
    "has_key": lambda args, kwargs: False,
}
# Every public method of django-redis's cache (each swallowed outages there): all remember them here.
GUARDED = tuple(
    name for name, value in vars(RedisCache).items() if not name.startswith("_") and callable(value)
)


def _guarded(name):
    method = getattr(RedisCache, name)
    fallback = FALLBACKS.get(name, lambda args, kwargs: None)

    @functools.wraps(method)
    def call(self, *args, **kwargs):
        breaker = self.breaker
        if not breaker.allows() or not budget_left():
            return fallback(args, kwargs)
        started = time.monotonic()
        try:
            result = method(self, *args, **kwargs)
        except OUTAGE:
            breaker.trip()
            _outage_logged(name)
            return fallback(args, kwargs)
        finally:
            spend(time.monotonic() - started)
        return result

    return call


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        # Failures reach the guard above, which remembers them; django-redis would swallow them.
        self._ignore_exceptions = False
        self.breaker = breakers.setdefault(str(server), Breaker())

    def available(self) -> bool:
        if not self.breaker.allows():
            return False  # known to be down: asking again would wait for the timeout
        try:
            ok = bool(self.client.get_client(write=True).ping())
        except OUTAGE:
            self.breaker.trip()
            return False
        self.breaker.reset()
        return ok


for _name in GUARDED:
    setattr(ResilientRedisCache, _name, _guarded(_name))


_last_outage_log = 0.0


def _outage_logged(operation: str) -> None:
    """One warning per 10 s, not one per cache call (a page makes a dozen)."""
    global _last_outage_log
    now = time.monotonic()
    if now - _last_outage_log > 10:
        _last_outage_log = now
        logger.warning("Redis cache unavailable (%s); serving without it for a few seconds", operation)
