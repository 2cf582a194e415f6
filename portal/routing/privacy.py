"""Privacy fails closed: which subtrees are private is read under a stamp kept in PostgreSQL.

The restricted paths are cached in Redis (portal.routing.visibility). Dropping that entry after a
privacy change can fail on one node (a Redis blip, a partition), and no other node could know: it
would go on serving a newly private page as public. So the entry's key carries a stamp that a change
bumps *in the same transaction*, in PostgreSQL; every request reads the stamp from the database (with
the page row when its route is remembered: no extra query) and a changed stamp is a new key, computed
from PostgreSQL. Redis can then only be missing, never wrong.
"""

import contextvars

from django.db import models
from django.db.models import F

_request_stamp = contextvars.ContextVar("privacy_stamp", default=None)


class PrivacyStamp(models.Model):
    """One row; its value moves on every view-restriction change and page move."""

    value = models.BigIntegerField(default=0)

    class Meta:
        app_label = "portal"

    def __str__(self):
        return f"privacy stamp {self.value}"


STAMP_SQL = 'SELECT COALESCE(MAX("value"), 0) FROM "portal_privacystamp"'


def stamp_expression():
    """The stamp as a column of another query (the routed page's row)."""
    from django.db.models import Subquery, Value
    from django.db.models.functions import Coalesce

    return Coalesce(Subquery(PrivacyStamp.objects.order_by().values("value")[:1]), Value(0))


def bump() -> None:
    if not PrivacyStamp.objects.update(value=F("value") + 1):
        PrivacyStamp.objects.create(value=1)
    _request_stamp.set(None)


def current() -> int:
    """The stamp, read once per request (a query, unless the page row brought it along)."""
    stamp = _request_stamp.get()
    if stamp is None:
        stamp = PrivacyStamp.objects.aggregate(value=models.Max("value"))["value"] or 0
        if _in_request.get():
            _request_stamp.set(stamp)
    return stamp


def seen(stamp: int | None) -> None:
    """The stamp as read with the page row (portal.routing.memory): the request need not ask again."""
    if stamp is not None and _in_request.get():
        _request_stamp.set(stamp)


_in_request = contextvars.ContextVar("privacy_in_request", default=False)


class PrivacyStampMiddleware:
    """Each request reads the stamp afresh (at most once); tasks and commands read it at every use."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        inside, stamp = _in_request.set(True), _request_stamp.set(None)
        try:
            return self.get_response(request)
        finally:
            _request_stamp.reset(stamp)
            _in_request.reset(inside)
