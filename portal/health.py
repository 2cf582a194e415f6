"""`/healthz`: can this process serve? Checks the database, the cache and the Celery broker, each with
a short timeout, and answers 503 when one is down, so a load balancer, Varnish's probe or compose's
health check stops sending readers to it. Never cached, never rate limited, no page rendering."""

import time

import redis
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from portal.caching.keys import HEALTH

BROKER_TIMEOUT = 2


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def check_cache() -> None:
    available = getattr(cache, "available", None)
    if available is not None:
        if not available():
            raise ConnectionError("Redis cache does not answer")
        return
    cache.set(HEALTH.key(), 1, HEALTH.timeout)  # local memory in development: always there


def check_broker() -> None:
    if settings.CELERY_BROKER_URL.startswith("memory://"):
        return  # no broker: tasks run in-process (make run)
    from portal.celery import app

    url = settings.CELERY_BROKER_URL
    if url.startswith(("redis://", "rediss://")):
        # kombu's Redis transport connects lazily: ask the server itself.
        client = redis.Redis.from_url(
            url, socket_connect_timeout=BROKER_TIMEOUT, socket_timeout=BROKER_TIMEOUT
        )
        try:
            client.ping()
        finally:
            client.close()
        return
    with app.connection_for_write(url) as conn:
        conn.ensure_connection(max_retries=1, timeout=BROKER_TIMEOUT, interval_start=0)
        conn.default_channel  # noqa: B018  (opens the channel: a real round trip)


CHECKS = {"database": check_database, "cache": check_cache, "broker": check_broker}


@never_cache
@require_safe
def healthz(request):
    results, healthy = {}, True
    for name, check in CHECKS.items():
        started = time.monotonic()
        try:
            check()
        except Exception as error:  # noqa: BLE001  (any failure is "down"; the reason is reported)
            healthy = False
            results[name] = {"ok": False, "error": f"{type(error).__name__}: {error}"[:200]}
        else:
            results[name] = {"ok": True, "ms": round((time.monotonic() - started) * 1000, 1)}
    return JsonResponse({"ok": healthy, "checks": results}, status=200 if healthy else 503)


class HealthCheckMiddleware:
    """Answers `/healthz` before anything else runs.

    Probes call the container by its own address (`Host: web:8000`, `127.0.0.1:8000`) and over plain
    HTTP, so host validation (ALLOWED_HOSTS) and the HTTPS redirect must not see them; nor should
    sessions, CSP or the cache headers. Any other path goes on as usual.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz":
            return healthz(request)
        return self.get_response(request)
