"""Spam protection for the public forms (reports, newsletter sign-ups): a honeypot field and a
fixed-window counter in the cache.

Counting in Redis keeps the limit shared by every web process. When the cache is down the request is
allowed: losing spam protection for a while is better than refusing every reader.
"""

import functools
import ipaddress
import logging

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from portal.caching.keys import RATE_LIMIT

logger = logging.getLogger(__name__)


def honeypot_field() -> forms.CharField:
    """A field the templates hide from people (and screen readers) that bots fill in."""
    return forms.CharField(
        label=_("Leave this empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


def _trusted(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in network for network in _networks(tuple(settings.TRUSTED_PROXIES)))


@functools.lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]):
    return [ipaddress.ip_network(entry, strict=False) for entry in entries]


def client_ip(request) -> str:
    """The reader's address.

    Only our own proxies (TRUSTED_PROXIES: Varnish, a load balancer) are believed: when the connection
    comes from one, the reader is the rightmost X-Forwarded-For entry that is not one of them (each proxy
    appends the address it saw). Anything further left was written by the client and is ignored, so a
    forged header cannot move a reader into someone else's bucket or out of their own.
    """
    remote = request.META.get("REMOTE_ADDR") or "unknown"
    if not _trusted(remote):
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for address in reversed([part for part in forwarded if part]):
        if not _trusted(address):
            try:
                return str(ipaddress.ip_address(address))
            except ValueError:
                return remote  # garbage where a proxy should have written an address
    return remote


def allow(key: str, *, limit: int, window: int) -> bool:
    """True while `key` has been used at most `limit` times in the current `window` seconds."""
    key = RATE_LIMIT.key(key=key)
    try:
        if cache.add(key, 1, window):
            return True
        try:
            count = cache.incr(key)
            return count is None or count <= limit  # None: the cache went away in between
        except ValueError:  # the window ended between add() and incr()
            return cache.add(key, 1, window) or True
    except Exception:
        logger.warning("cache unavailable; allowing %s without a rate limit", key, exc_info=True)
        return True
