"""The Redis cache client: django-redis with IGNORE_EXCEPTIONS, plus the two things it cannot say.

django-redis turns a Redis outage into "not cached" for reads and a dropped write (IGNORE_EXCEPTIONS),
so pages keep rendering from PostgreSQL while Redis is down. Two callers need more:

- `add()` claims work (the related-refresh dedupe): during an outage django-redis answers None, which
  reads as "somebody else claimed it" and would drop the work; here it answers True, since doing the
  work twice is the safe side.
- `available()` tells code that must know about the outage (the rendered-page generations, /healthz).
"""

import logging
import time

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


class ResilientRedisCache(RedisCache):
    def add(self, *args, **kwargs):
        try:
            return self.client.add(*args, **kwargs)
        except ConnectionInterrupted:
            _outage_logged("add")
            return True

    def get_many(self, *args, **kwargs):
        # django-redis answers an outage with one shared dict: a caller that fills it would leak.
        return dict(super().get_many(*args, **kwargs))

    def available(self) -> bool:
        try:
            return bool(self.client.get_client(write=True).ping())
        except (ConnectionInterrupted, RedisError, OSError):
            return False


_last_outage_log = 0.0


def _outage_logged(operation: str) -> None:
    """One warning per 10 s, not one per cache call (a page makes a dozen)."""
    global _last_outage_log
    now = time.monotonic()
    if now - _last_outage_log > 10:
        _last_outage_log = now
        logger.warning("Redis cache unavailable (%s); serving without it", operation)
