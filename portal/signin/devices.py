"""Known devices: a signed cookie, set at a successful admin login, naming the accounts that signed in
with this browser. On a known device the account's slowdown and the address's lock do not apply
(portal.lockout); the lock of that account at this address still does.

The cookie is signed with its own salt, HttpOnly, SameSite=Lax, Secure wherever the session cookie is
(production), and sent only to /admin/. It holds account ids, the latest first, a few at most (a shared
newsroom machine). It proves no identity: the password is still asked; it only shows that the account
signed in here before, which an attacker guessing from elsewhere cannot show.
"""

from django.conf import settings
from django.contrib.auth import get_user_model

COOKIE = "bp_known_device"
SALT = "portal.signin.device"
MAX_AGE = 90 * 24 * 3600  # renewed at every login: a device unused for three months is forgotten
MAX_ACCOUNTS = 5
PATH = "/admin/"


def _account_ids(request) -> list[int]:
    value = request.get_signed_cookie(COOKIE, default="", salt=SALT, max_age=MAX_AGE)
    return [int(part) for part in value.split(".") if part.isdigit()][:MAX_ACCOUNTS]


def knows(request, username: str) -> bool:
    """Whether the account named `username` signed in with this browser (a query only with a cookie)."""
    ids = _account_ids(request)
    if not ids or not username:
        return False
    user_model = get_user_model()
    lookup = {user_model.USERNAME_FIELD: username, "pk__in": ids}
    return user_model._default_manager.filter(**lookup).exists()


def remember(response, request, user) -> None:
    ids = [user.pk, *(pk for pk in _account_ids(request) if pk != user.pk)][:MAX_ACCOUNTS]
    response.set_signed_cookie(
        COOKIE,
        ".".join(str(pk) for pk in ids),
        salt=SALT,
        max_age=MAX_AGE,
        path=PATH,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
