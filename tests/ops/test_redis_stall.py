"""A Redis that accepts connections and never answers (a stall), or refuses them: pages still come within
2 s (a generous ceiling: the budget is half a second), and the outage is remembered, not paid per call."""

import socket
import threading
import time

import pytest
from django.core.cache import caches
from django.test import override_settings

from portal.caching.backend import breakers
from tests import factories


class StalledRedis:
    """A listener that accepts every connection and never sends a byte."""

    def __init__(self):
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(64)
        self.port = self.server.getsockname()[1]
        self.held = []
        self.accepted = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            self.accepted += 1
            self.held.append(conn)

    def close(self):
        self.server.close()
        for conn in self.held:
            conn.close()


def redis_at(url):
    return {
        "default": {
            "BACKEND": "portal.caching.backend.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "stall",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.25},
        }
    }


@pytest.fixture
def stalled():
    redis = StalledRedis()
    yield redis
    redis.close()
    breakers.pop(f"redis://127.0.0.1:{redis.port}/0", None)


def test_a_stalled_redis_is_paid_for_once_then_skipped(stalled):
    with override_settings(CACHES=redis_at(f"redis://127.0.0.1:{stalled.port}/0")):
        cache = caches["default"]
        started = time.monotonic()
        assert cache.get("a", "miss") == "miss"  # waits its socket timeout once, trips the breaker
        for i in range(50):
            assert cache.get(f"k{i}", "miss") == "miss"
            cache.set(f"k{i}", 1)
        assert cache.add("claim", 1) is True
        assert time.monotonic() - started < 1.0, "fifty calls after the first skip Redis at once"
        assert cache.breaker.is_open


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["stalled", "refused"])
def test_pages_come_within_two_seconds_while_redis_stalls_or_refuses(client, stalled, kind):
    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    article = factories.make_article(section, "Still standing")
    url = f"redis://127.0.0.1:{stalled.port}/0" if kind == "stalled" else "redis://127.0.0.1:1/0"
    with override_settings(CACHES=redis_at(url)):
        for path in (article.url, "/en/", "/en/budapest/", "/hu/", "/en/search/?q=still", "/en/rss/"):
            breakers.clear()  # each page meets the outage fresh: the worst case for one request
            started = time.monotonic()
            response = client.get(path)
            elapsed = time.monotonic() - started
            assert response.status_code in (200, 301, 302, 404), (path, response.status_code)
            assert elapsed < 2.0, (path, elapsed)
        assert client.get(article.url).status_code == 200


@pytest.mark.django_db
def test_the_liveness_probe_answers_inside_varnishs_timeout_while_redis_stalls(client, stalled, settings):
    """An outside trial: with Redis stalled, /healthz took 2.3 s, over Varnish's 2 s probe timeout, so the
    only backend was marked sick and every miss became a 503 while gunicorn served fine."""
    url = f"redis://127.0.0.1:{stalled.port}/0"
    settings.CELERY_BROKER_URL = url
    with override_settings(CACHES=redis_at(url)):
        started = time.monotonic()
        response = client.get("/healthz")
        elapsed = time.monotonic() - started
    assert response.status_code == 200 and set(response.json()["degraded"]) == {"cache", "broker"}
    assert elapsed < 1.5, elapsed
