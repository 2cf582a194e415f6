"""Django's Redis cache, with one redis-py client per connection pool instead of one per call.

Django builds a new `redis.Redis` for every cache operation; its constructor fills a dictionary of
some 170 response callbacks, about 0.3 ms each time, and a page makes a dozen cache calls. A client
is thread-safe (it borrows connections from the pool per command), so one per pool is enough.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


class PooledClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class PooledClientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = PooledClientRedisCacheClient


class ForgivingRedisCache(PooledClientRedisCache):
    """A Redis outage reads as a cold cache instead of a server error.

    Every read answers "not cached" and every write is dropped (logged), so pages keep rendering from
    the database while Redis is down, and fill the cache again once it is back. `add` answers True, as
    its callers use it to claim work (news.tasks dedupe): without Redis, doing the work twice is the
    safe side. Code that must know about the outage (portal.fragments) asks `available()`.
    """

    def _forgive(self, operation, fallback, *args, **kwargs):
        try:
            return getattr(super(), operation)(*args, **kwargs)
        except RedisError:
            _outage_logged(operation)
            return fallback

    def get(self, key, default=None, version=None):
        return self._forgive("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._forgive("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._forgive("has_key", False, key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._forgive("set", None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._forgive("set_many", list(data), data, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._forgive("add", True, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._forgive("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._forgive("delete", False, key, version)

    def delete_many(self, keys, version=None):
        return self._forgive("delete_many", None, keys, version)

    def incr(self, key, delta=1, version=None):
        return self._forgive("incr", None, key, delta, version)

    def clear(self):
        return self._forgive("clear", False)

    def available(self) -> bool:
        try:
            return bool(self._cache.get_client(write=True).ping())
        except RedisError:
            return False


_last_outage_log = 0.0


def _outage_logged(operation: str) -> None:
    """One warning per 10 s, not one per cache call (a page makes a dozen)."""
    global _last_outage_log
    now = time.monotonic()
    if now - _last_outage_log > 10:
        _last_outage_log = now
        logger.warning("Redis cache unavailable (%s); serving without it", operation, exc_info=True)
