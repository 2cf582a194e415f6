"""Probes for the deployment, never for readers.

- `/healthz` (liveness: can this process serve readers?): 503 only when the database is down, the one
  thing serving needs. A cache or broker outage is reported as `degraded` with a 200: pages still render
  from PostgreSQL, so Varnish's probe must not take the only backend out (every miss would be a 503).
- `/readyz` (diagnostics: is everything there?): 503 when any dependency is down, for deploy tooling.

Both answer only internal callers (a request that came through Varnish carries X-Forwarded-For and gets
a 404; the VCL refuses them too) and never show raw error text: the reason goes to the log. Each check
has a short timeout. Never cached, never rate limited, no page rendering."""

import logging
import time

import redis
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import Http404, HttpResponseNotFound, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from portal.caching.keys import HEALTH

# Well inside Varnish's 2 s probe timeout whatever the broker does (a stalled one answers nothing).
BROKER_TIMEOUT = 0.5
logger = logging.getLogger(__name__)


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
SERVING_NEEDS = {"database"}


def run_checks() -> dict:
    results = {}
    for name, check in CHECKS.items():
        started = time.monotonic()
        try:
            check()
        except Exception as error:  # noqa: BLE001  (any failure is "down"; the reason goes to the log)
            logger.warning("health check %s failed: %s: %s", name, type(error).__name__, error)
            results[name] = {"ok": False}
        else:
            results[name] = {"ok": True, "ms": round((time.monotonic() - started) * 1000, 1)}
    return results


def is_internal(request) -> bool:
    """Probes call the container directly; anything relayed by Varnish carries X-Forwarded-For."""
    return "x-forwarded-for" not in request.headers and "forwarded" not in request.headers


@never_cache
@require_safe
def healthz(request):
    if not is_internal(request):
        raise Http404
    results = run_checks()
    serving = all(results[name]["ok"] for name in SERVING_NEEDS)
    degraded = sorted(name for name, result in results.items() if not result["ok"])
    body = {"ok": serving, "degraded": degraded, "checks": results}
    return JsonResponse(body, status=200 if serving else 503)


@never_cache
@require_safe
def readyz(request):
    if not is_internal(request):
        raise Http404
    results = run_checks()
    ready = all(result["ok"] for result in results.values())
    return JsonResponse({"ok": ready, "checks": results}, status=200 if ready else 503)


PROBES = {"/healthz": healthz, "/readyz": readyz}


class HealthCheckMiddleware:
    """Answers `/healthz` before anything else runs.

    Probes call the container by its own address (`Host: web:8000`, `127.0.0.1:8000`) and over plain
    HTTP, so host validation (ALLOWED_HOSTS) and the HTTPS redirect must not see them; nor should
    sessions, CSP or the cache headers. Any other path goes on as usual.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        probe = PROBES.get(request.path)
        if probe is None:
            return self.get_response(request)
        try:
            return probe(request)
        except Http404:
            return HttpResponseNotFound()
