"""Newsletter sign-up with double opt-in: plain functions, called by home.newsletter.views and .tasks.

Links carry signed tokens (django.core.signing, with the subscriber id and address): a confirmation
link expires after CONFIRM_MAX_AGE, an unsubscribe link never does. Nothing tells a visitor whether an
address was already subscribed: every sign-up gets the same answer.
"""

from dataclasses import dataclass

from django.core import signing
from django.db import transaction
from django.utils import timezone

from home.models import Subscriber

CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"
CONFIRM_MAX_AGE = 3 * 24 * 3600


class InvalidToken(Exception):
    """The link was altered, or is not one of ours."""


class ExpiredToken(Exception):
    """The confirmation link is older than CONFIRM_MAX_AGE."""


@dataclass(frozen=True)
class SignupResult:
    subscriber: Subscriber
    send_confirmation: bool


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


@transaction.atomic
def newsletter_signup(*, email: str, language: str) -> SignupResult:
    """Create or revive a subscription; the caller mails a confirmation when asked to.

    A confirmed reader signing up again changes nothing but the language (no mail: the answer on the
    page is the same for everybody, so nobody learns who is subscribed).
    """
    subscriber, created = Subscriber.objects.select_for_update().get_or_create(
        email=normalise(email), defaults={"language": language}
    )
    if created:
        return SignupResult(subscriber, True)
    subscriber.language = language
    if subscriber.status == Subscriber.CONFIRMED:
        subscriber.save(update_fields=["language"])
        return SignupResult(subscriber, False)
    subscriber.status, subscriber.unsubscribed_at = Subscriber.PENDING, None
    subscriber.save(update_fields=["language", "status", "unsubscribed_at"])
    return SignupResult(subscriber, True)


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


def newsletter_confirm(*, token: str) -> Subscriber:
    return confirm_subscriber(read_token(token, CONFIRM_SALT, max_age=CONFIRM_MAX_AGE))


def newsletter_unsubscribe(*, token: str) -> Subscriber:
    return unsubscribe_subscriber(read_token(token, UNSUBSCRIBE_SALT))
