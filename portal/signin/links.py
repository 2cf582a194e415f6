"""E-mailed sign-in links: the way into the admin for an editor whose account is slowed down or whose
address is locked (portal.lockout), away from a known device.

A link carries a token signed with its own salt, naming the account and a digest of its password hash
and last login. It expires after MAX_AGE; using it signs the account in, which moves last_login, so it
works once (the user row is locked while the token is checked: two clicks cannot both win), and a
password change ends it too. A mailbox already resets admin passwords (Wagtail's password reset), so a
link gives its holder nothing the mailbox did not give.

Whoever asks gets the same answer whatever exists: the lookup and the mail happen in a task
(portal.signin.tasks), so not even the time of the answer tells.
"""

from django.contrib.auth import get_user_model, login
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.utils.crypto import constant_time_compare, salted_hmac

SALT = "portal.signin.link"
MAX_AGE = 30 * 60
MAX_ACCOUNTS = 3  # accounts sharing an address each get their own link


class BadLink(Exception):
    def __init__(self, *, expired: bool = False):
        super().__init__("expired" if expired else "invalid or used")
        self.expired = expired


def may_use_admin(user) -> bool:
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


def accounts_named(identifier: str) -> list:
    """The admin accounts with this username or e-mail address (case-insensitive) that have an address."""
    identifier = identifier.strip()
    if not identifier:
        return []
    user_model = get_user_model()
    email, username = user_model.get_email_field_name(), user_model.USERNAME_FIELD
    named = Q(**{f"{username}__iexact": identifier}) | Q(**{f"{email}__iexact": identifier})
    accounts = user_model._default_manager.filter(named, is_active=True).exclude(**{email: ""})
    admins = [user for user in accounts.order_by("pk")[: MAX_ACCOUNTS * 2] if may_use_admin(user)]
    return admins[:MAX_ACCOUNTS]


def _state(user) -> str:
    last_login = user.last_login.timestamp() if user.last_login else ""
    value = f"{user.pk}|{user.password}|{last_login}|{user.is_active}"
    return salted_hmac(SALT, value, algorithm="sha256").hexdigest()[:32]


def make_token(user) -> str:
    return signing.dumps({"u": user.pk, "s": _state(user)}, salt=SALT)


def _payload(token: str) -> dict:
    try:
        payload = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired as error:
        raise BadLink(expired=True) from error
    except signing.BadSignature as error:
        raise BadLink from error
    if not isinstance(payload, dict) or not isinstance(payload.get("u"), int):
        raise BadLink
    return payload


def _user(payload: dict, *, lock: bool):
    accounts = get_user_model()._default_manager.filter(pk=payload["u"])
    user = (accounts.select_for_update() if lock else accounts).first()
    if user is None or not may_use_admin(user):
        raise BadLink
    if not constant_time_compare(str(payload.get("s", "")), _state(user)):
        raise BadLink
    return user


def account_for(token: str):
    """The account a valid, unused link signs in (to show it before the click); raises BadLink."""
    return _user(_payload(token), lock=False)


def sign_in(request, token: str):
    """Sign in with the link, once; raises BadLink. Logging in moves last_login: the link is spent."""
    payload = _payload(token)
    with transaction.atomic():
        user = _user(payload, lock=True)
        login(request, user)
    return user
