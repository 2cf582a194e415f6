import pytest
from django.core.cache import cache

from portal import env


def test_redis_cache_reuses_one_client_per_pool():
    if not env.REDIS_CACHE_URL:
        pytest.skip("REDIS_CACHE_URL is not set; .ci/run always sets it")
    backend = cache._cache
    assert backend.get_client() is backend.get_client(write=True)
    cache.set("pooled-client-check", 1, 5)
    assert cache.get("pooled-client-check") == 1
