"""Spam protection for the public forms (reports, newsletter sign-ups): a honeypot field and a
fixed-window counter in the cache.

Counting in Redis keeps the limit shared by every web process. When the cache is down the request is
allowed: losing spam protection for a while is better than refusing every reader.
"""

import logging

from django import forms
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


def honeypot_field() -> forms.CharField:
    """A field the templates hide from people (and screen readers) that bots fill in."""
    return forms.CharField(
        label=_("Leave this empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


def client_ip(request) -> str:
    """The connecting address. Never X-Forwarded-For: a reader can write that header themselves."""
    return request.META.get("REMOTE_ADDR") or "unknown"


def allow(key: str, *, limit: int, window: int) -> bool:
    """True while `key` has been used at most `limit` times in the current `window` seconds."""
    key = f"ratelimit:{key}"
    try:
        if cache.add(key, 1, window):
            return True
        try:
            return cache.incr(key) <= limit
        except ValueError:  # the window ended between add() and incr()
            return cache.add(key, 1, window) or True
    except Exception:  # noqa: BLE001
        logger.warning("cache unavailable; allowing %s without a rate limit", key, exc_info=True)
        return True
