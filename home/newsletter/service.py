"""Newsletter sign-up with double opt-in: plain functions, called by home.newsletter.views and .tasks.

Links carry signed tokens (django.core.signing, with the subscriber id and address, a salt per kind of
link): a confirmation link expires after CONFIRM_MAX_AGE, a settings link after SETTINGS_MAX_AGE, an
unsubscribe link never does. Nothing tells a visitor whether an address was already subscribed: every
sign-up gets the same answer, and what it changes or mails is decided here.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core import signing
from django.db import transaction
from django.utils import timezone

from home.models import Subscriber

CONFIRM_SALT = "newsletter.confirm"
SETTINGS_SALT = "newsletter.settings"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"
CONFIRM_MAX_AGE = 3 * 24 * 3600
SETTINGS_MAX_AGE = 7 * 24 * 3600

# Sign-up mails per address: one per SIGNUP_MAIL_GAP, at most SIGNUP_MAILS_PER_DAY in 24 hours, however
# many connections ask (the per-connection limit is in the view).
SIGNUP_MAIL_GAP = timedelta(minutes=10)
SIGNUP_MAILS_PER_DAY = 3
SIGNUP_MAIL_DAY = timedelta(days=1)

# Which mail a sign-up asks for.
CONFIRM, SETTINGS = "confirm", "settings"


class InvalidToken(Exception):
    """The link was altered, or is not one of ours."""


class ExpiredToken(Exception):
    """The link is older than its kind allows (CONFIRM_MAX_AGE, SETTINGS_MAX_AGE)."""


@dataclass(frozen=True)
class SignupResult:
    subscriber: Subscriber
    mail: str | None  # CONFIRM, SETTINGS, or None: the address had its share of mails


def normalise(email: str) -> str:
    return email.strip().lower()


def make_token(subscriber: Subscriber, salt: str) -> str:
    return signing.dumps({"id": subscriber.pk, "email": subscriber.email}, salt=salt, compress=True)


def read_token(token: str, salt: str, *, max_age=None) -> Subscriber:
    try:
        data = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except signing.BadSignature as error:
        raise InvalidToken from error
    subscriber = Subscriber.objects.filter(pk=data.get("id"), email=data.get("email")).first()
    if subscriber is None:
        raise InvalidToken("no such subscriber")
    return subscriber


def reserve_signup_mail(subscriber: Subscriber, now: datetime) -> bool:
    """Count one sign-up mail against the address, or refuse it (the caller holds the row's lock)."""
    since = subscriber.signup_mails_since
    if since is None or now - since >= SIGNUP_MAIL_DAY:
        subscriber.signup_mails_since, subscriber.signup_mails = now, 0
    last = subscriber.signup_mail_at
    if (last is not None and now - last < SIGNUP_MAIL_GAP) or subscriber.signup_mails >= SIGNUP_MAILS_PER_DAY:
        return False
    subscriber.signup_mail_at, subscriber.signup_mails = now, subscriber.signup_mails + 1
    return True


@transaction.atomic
def newsletter_signup(*, email: str, language: str) -> SignupResult:
    """Create or revive a subscription, and say which mail the caller sends.

    A new, pending or unsubscribed address is (again) pending in `language` and gets a confirmation
    link. A confirmed one changes nothing: it gets a signed link to its settings instead, since whoever
    types an address into the form need not own it. Each address gets at most the mails the limits
    above allow, counted on its row; past them the sign-up changes nothing and mails nothing.
    """
    subscriber, _created = Subscriber.objects.select_for_update().get_or_create(
        email=normalise(email), defaults={"language": language}
    )
    if not reserve_signup_mail(subscriber, timezone.now()):
        return SignupResult(subscriber, None)
    if subscriber.status == Subscriber.CONFIRMED:
        mail = SETTINGS
    else:
        subscriber.language = language
        subscriber.status, subscriber.unsubscribed_at = Subscriber.PENDING, None
        mail = CONFIRM
    subscriber.save(
        update_fields=[
            "language",
            "status",
            "unsubscribed_at",
            "signup_mail_at",
            "signup_mails_since",
            "signup_mails",
        ]
    )
    return SignupResult(subscriber, mail)


def confirm_subscriber(subscriber: Subscriber) -> Subscriber:
    if subscriber.status != Subscriber.CONFIRMED:
        subscriber.status, subscriber.confirmed_at = Subscriber.CONFIRMED, timezone.now()
        subscriber.save(update_fields=["status", "confirmed_at"])
    return subscriber


def unsubscribe_subscriber(subscriber: Subscriber) -> Subscriber:
    if subscriber.status != Subscriber.UNSUBSCRIBED:
        subscriber.status, subscriber.unsubscribed_at = Subscriber.UNSUBSCRIBED, timezone.now()
        subscriber.save(update_fields=["status", "unsubscribed_at"])
    return subscriber


def change_language(subscriber: Subscriber, language: str) -> Subscriber:
    if subscriber.language != language:
        subscriber.language = language
        subscriber.save(update_fields=["language"])
    return subscriber


def newsletter_confirm(*, token: str) -> Subscriber:
    return confirm_subscriber(read_token(token, CONFIRM_SALT, max_age=CONFIRM_MAX_AGE))


def newsletter_unsubscribe(*, token: str) -> Subscriber:
    return unsubscribe_subscriber(read_token(token, UNSUBSCRIBE_SALT))
