"""Admin login brute-force protection that a stranger cannot turn into a lockout of a named editor.

Failures are counted in Redis (shared by every web process) for 15 minutes from the first one:

- per account and address: 5 failures lock that pair, whatever password it tries next;
- per address, across accounts: 20 failures lock the address, except on a device known to the account;
- per account, across addresses: no lock. After 10 failures the account is slowed down instead: devices
  it does not know get one attempt per ACCOUNT_INTERVAL seconds between them all.

So an attacker at one address locks only themselves out, and many addresses only slow the account:
its editor gets in at once from a known device (portal.signin.devices, a signed cookie set at a
successful login) and within ACCOUNT_INTERVAL seconds from a new one, or with an e-mailed sign-in link
(portal.signin.links). The address is portal.ratelimit.client_ip: X-Forwarded-For only from
TRUSTED_PROXIES, so a forged header neither escapes a limit nor locks out somebody else.

A refused attempt is refused before the password is checked and is not counted. When Redis is down
nothing is counted and every turn is granted: editors can still log in (fail open), and every other
protection (strong passwords, CSRF, HTTPS) still holds.
"""

import hashlib
import logging

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.dispatch import receiver

from portal.caching.keys import LOGIN_FAILURES, LOGIN_TURN
from portal.ratelimit import client_ip
from portal.signin import devices

logger = logging.getLogger(__name__)

PAIR_LIMIT = 5  # failures of one account from one address: that pair is locked
ADDRESS_LIMIT = 20  # failures from one address across accounts: the address is locked
ACCOUNT_SLOWDOWN = 10  # failures of one account from anywhere: unknown devices are slowed down ...
# ... to one attempt per 30 s between them all: 2,880 guesses a day at most, against passwords that
# Django's validators keep out of the common lists, while an editor on a new device waits half a minute.
ACCOUNT_INTERVAL = 30
WINDOW = LOGIN_FAILURES.timeout  # failures count for, and locks last, 15 minutes from the first

LOCKED = "locked_out"
SLOWED = "slowed_down"


def _digest(*parts: str) -> str:
    value = "\n".join(part.strip().lower() for part in parts)
    return hashlib.sha256(value.encode()).hexdigest()[:32]


def _keys(username: str, address: str) -> dict[str, str]:
    keys = {"address": LOGIN_FAILURES.key(kind="address", value=_digest(address))}
    if username:
        keys["pair"] = LOGIN_FAILURES.key(kind="pair", value=_digest(username, address))
        keys["account"] = LOGIN_FAILURES.key(kind="account", value=_digest(username))
    return keys


def refusal(username: str, request) -> str | None:
    """Why this attempt is refused before its password is checked (LOCKED or SLOWED), or None.

    A granted attempt of a slowed-down account takes the account's turn for ACCOUNT_INTERVAL seconds."""
    keys = _keys(username, client_ip(request))
    counts = cache.get_many(list(keys.values()))
    failures = {kind: counts.get(key) or 0 for kind, key in keys.items()}
    if failures.get("pair", 0) >= PAIR_LIMIT:
        return LOCKED
    address_locked = failures["address"] >= ADDRESS_LIMIT
    slowed = failures.get("account", 0) >= ACCOUNT_SLOWDOWN
    if not (address_locked or slowed) or devices.knows(request, username):
        return None
    if address_locked:
        return LOCKED
    # add() is atomic across processes; during an outage it answers True (portal.caching.backend).
    if cache.add(LOGIN_TURN.key(value=_digest(username)), 1, ACCOUNT_INTERVAL):
        return None
    return SLOWED


def record_failure(username: str, request) -> None:
    for kind, key in _keys(username, client_ip(request)).items():
        if cache.add(key, 1, WINDOW):
            continue
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, WINDOW)
            continue
        if count == {"pair": PAIR_LIMIT, "address": ADDRESS_LIMIT, "account": ACCOUNT_SLOWDOWN}[kind]:
            logger.warning("admin login: the %s limit was reached (user %r)", kind, username[:150])


def forgive(username: str, request) -> None:
    """Forget this account's failures from this address (a successful login, a sign-in link). Its
    failures from elsewhere stay: an attacker's slowdown must not end because the editor got in."""
    cache.delete(_keys(username, client_ip(request))["pair"])


@receiver(user_login_failed)
def login_failed(sender, credentials, request=None, **kwargs):
    if request is not None:
        record_failure(credentials.get("username") or "", request)


@receiver(user_logged_in)
def logged_in(sender, request, user, **kwargs):
    if request is not None:
        forgive(user.get_username(), request)
