"""Purges that must not be lost: a row in PostgreSQL for every purge until Varnish has taken it.

`frontcache.purge()` writes the row in the caller's transaction and sends at once after commit; the row
is deleted when the send succeeds. A send that failed, a task that ran out of retries, a worker killed
mid-task, a message lost with the broker: the row stays, and the beat task `portal.purge_reconcile`
(every minute) sends it again, with a growing delay, until Varnish answers. Delayed work uses the same
rows: a privacy change bans its subtree again once the longest cache lifetime has passed (`due_at`).

Recovery therefore never waits for the broker's visibility timeout (which stays above the longest task).
"""

from datetime import timedelta

from django.db import models
from django.utils import timezone

FIRST_RETRY = timedelta(minutes=1)  # a row not yet deleted by then is taken by the reconcile
MAX_DELAY = timedelta(hours=1)
BATCH = 100


class PendingPurge(models.Model):
    urls = models.JSONField(default=list)
    prefixes = models.JSONField(default=list)
    due_at = models.DateTimeField(db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "portal"
        ordering = ["due_at"]

    def __str__(self):
        return f"purge {len(self.urls)} URLs, {len(self.prefixes)} prefixes, due {self.due_at:%H:%M:%S}"


def record(urls, prefixes, *, delay: timedelta = FIRST_RETRY) -> PendingPurge:
    return PendingPurge.objects.create(urls=urls, prefixes=prefixes, due_at=timezone.now() + delay)


def done(row_id: int | None) -> None:
    if row_id is not None:
        PendingPurge.objects.filter(pk=row_id).delete()


def failed(row_id: int | None, error: str) -> None:
    """Later again, each time later (1, 2, 4 … minutes, at most an hour)."""
    row = PendingPurge.objects.filter(pk=row_id).first() if row_id is not None else None
    if row is None:
        return
    row.attempts += 1
    delay = min(FIRST_RETRY * (2 ** min(row.attempts, 10)), MAX_DELAY)
    row.due_at, row.last_error = timezone.now() + delay, error[:2000]
    row.save(update_fields=["attempts", "due_at", "last_error"])


def due(now=None) -> list[PendingPurge]:
    return list(PendingPurge.objects.filter(due_at__lte=now or timezone.now()).order_by("due_at")[:BATCH])
