"""Admin login brute-force protection: after repeated failures an account, and separately an address,
is locked out for a while, whatever password is tried next.

Failures are counted in Redis (shared by every web process) per username and per client address
(portal.ratelimit.client_ip: X-Forwarded-For only from TRUSTED_PROXIES, so a forged header neither
escapes the address limit nor locks out someone else). A locked attempt is refused before the password
is checked. When Redis is down nothing is counted: editors can still log in (fail open), and every
other protection (strong passwords, CSRF, HTTPS) still holds.
"""

import hashlib

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.dispatch import receiver

from portal.caching.keys import LOGIN_FAILURES
from portal.ratelimit import client_ip

USERNAME_LIMIT = 5  # failures per username ...
ADDRESS_LIMIT = 20  # ... and per address (many usernames from one machine) ...
WINDOW = LOGIN_FAILURES.timeout  # ... within, and locked for, 15 minutes


def _key(kind: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return LOGIN_FAILURES.key(kind=kind, value=digest)


def _keys(username: str, request) -> list[tuple[str, int]]:
    keys = [(_key("address", client_ip(request)), ADDRESS_LIMIT)]
    if username:
        keys.append((_key("user", username), USERNAME_LIMIT))
    return keys


def is_locked(username: str, request) -> bool:
    counts = cache.get_many([key for key, _limit in _keys(username, request)])
    return any((counts.get(key) or 0) >= limit for key, limit in _keys(username, request))


def record_failure(username: str, request) -> None:
    for key, _limit in _keys(username, request):
        if not cache.add(key, 1, WINDOW):
            try:
                cache.incr(key)
            except ValueError:  # expired between add() and incr()
                cache.add(key, 1, WINDOW)


@receiver(user_login_failed)
def login_failed(sender, credentials, request=None, **kwargs):
    if request is not None:
        record_failure(credentials.get("username", ""), request)


@receiver(user_logged_in)
def logged_in(sender, request, user, **kwargs):
    if request is not None:
        cache.delete(_key("user", user.get_username()))
