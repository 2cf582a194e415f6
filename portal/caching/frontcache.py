"""Purging the front cache through Wagtail's frontend cache backends, from a Celery task.

Wagtail's own app (`wagtail.contrib.frontend_cache` in INSTALLED_APPS) would purge inside the editor's
publish request and only log a failure. Here the publish pipeline (news.pipeline) decides the URLs in
its task and `purge()` sends them from there; what fails goes to `front_cache_purge_task`, so an
unreachable Varnish is retried with backoff instead of forgotten.

`VarnishBackend` is Wagtail's HTTP backend, with two changes: a failure raises (so the task retries),
and `ban_prefix` drops a whole subtree (docker/varnish/portal.vcl answers BAN with a prefix ban).
"""

import logging
import re
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from celery import shared_task
from django.db import transaction
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest
from wagtail.contrib.frontend_cache.utils import get_backends

from portal.caching import outbox

logger = logging.getLogger(__name__)

# Paths Varnish accepts for a prefix ban: no characters a regular expression treats specially.
SAFE_PREFIX = re.compile(r"^/[A-Za-z0-9_%/-]*$")
TIMEOUT = 5


class PurgeFailed(OSError):
    pass


class BanRequest(PurgeRequest):
    def get_method(self):
        return "BAN"


class VarnishBackend(HTTPBackend):
    def _send(self, request_class, url: str) -> None:
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        request = request_class(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, parts.path, parts.query, ""]),
            headers={"Host": host, "User-Agent": "BudapestPost-purge"},
        )
        try:
            with urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310 (LOCATION is a setting)
                response.read()
        except (HTTPError, URLError, OSError) as error:
            raise PurgeFailed(f"{request_class.__name__} {url}: {error}") from error

    def purge(self, url: str) -> None:
        self._send(PurgeRequest, url)

    def ban_prefix(self, url: str) -> None:
        if not SAFE_PREFIX.match(urlsplit(url).path):
            raise ValueError(f"refusing a prefix ban on {url!r}")
        self._send(BanRequest, url)


def send(urls, prefixes=()) -> dict:
    """Purge `urls` and ban `prefixes` on every configured backend that serves their host.
    Raises PurgeFailed after trying them all if any failed."""
    jobs = [(url, "purge") for url in urls] + [(url, "ban_prefix") for url in prefixes]
    backends = get_backends()
    failures, sent = [], 0
    for url, action in jobs:
        hostname = urlsplit(url).hostname
        for name, backend in backends.items():
            if not backend.invalidates_hostname(hostname):
                continue
            if not hasattr(backend, action):
                logger.warning("backend %s cannot %s; %s not dropped", name, action, url)
                continue
            try:
                getattr(backend, action)(url)
                sent += 1
            except PurgeFailed as error:
                failures.append(str(error))
    if failures:
        raise PurgeFailed(f"{len(failures)} of {sent + len(failures)} failed; first: {failures[0]}")
    return {"sent": sent}


def purge(urls=(), prefixes=(), *, again_after=None) -> None:
    """Purge `urls` and ban `prefixes` as soon as the current transaction has committed (at once from a
    task): readers get the new page one hop sooner than through a queue. A row in the outbox
    (portal.caching.outbox) keeps it until Varnish has taken it; what fails is handed to
    `front_cache_purge_task`, which retries with backoff, and then to the reconcile, which never gives
    up. `again_after` (a timedelta) sends it once more after that delay, from the outbox."""
    urls, prefixes = sorted(set(urls)), sorted(set(prefixes))
    if not (urls or prefixes) or not get_backends():
        return
    row = outbox.record(urls, prefixes)
    if again_after is not None:
        outbox.record(urls, prefixes, delay=again_after)

    def send_now():
        try:
            send(urls, prefixes)
        except PurgeFailed as error:
            logger.warning("front cache purge failed (%s); retrying from a task", error)
            front_cache_purge_task.enqueue(urls, prefixes, row.pk)
        else:
            outbox.done(row.pk)

    transaction.on_commit(send_now)


@shared_task(
    name="portal.front_cache_purge",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OSError,),
    retry_backoff=1,
    retry_backoff_max=60,
    retry_jitter=False,
    max_retries=8,
    soft_time_limit=60,
    time_limit=90,
    priority=0,
)
def front_cache_purge_task(
    urls: list[str], prefixes: list[str] | None = None, row_id: int | None = None
) -> dict:
    """Idempotent: purging twice costs nothing. On success its outbox row goes; after the last retry
    the row stays for the reconcile."""
    result = send(urls, prefixes or [])
    outbox.done(row_id)
    return {"urls": len(urls), "prefixes": len(prefixes or []), **result}


@shared_task(name="portal.purge_reconcile", ignore_result=True, soft_time_limit=240, time_limit=300)
def purge_reconcile_task() -> dict:
    """Every minute (beat): send the outbox rows that are due; a failure moves the row later."""
    sent = failed = 0
    for row in outbox.due():
        try:
            send(row.urls, row.prefixes)
        except PurgeFailed as error:
            outbox.failed(row.pk, str(error))
            failed += 1
        else:
            outbox.done(row.pk)
            sent += 1
    if failed:
        logger.warning("front cache purge reconcile: %d sent, %d still failing", sent, failed)
    return {"sent": sent, "failed": failed}
