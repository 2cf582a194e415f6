"""Mail to newsletter readers, sent by Celery after commit; tasks take ids (home.newsletter.mails)."""

from celery import shared_task

from home.models import Subscriber
from home.newsletter import mails
from portal.background import RETRYING


@shared_task(name="home.newsletter_confirmation", soft_time_limit=30, time_limit=60, **RETRYING)
def send_confirmation_task(subscriber_id: int) -> bool:
    """The double opt-in mail, in the subscriber's language, with an unsubscribe link like every mail."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.PENDING).first()
    if subscriber is None:  # confirmed or unsubscribed meanwhile: nothing to ask
        return False
    mails.confirmation_mail(subscriber).send()
    return True


@shared_task(name="home.newsletter_settings_link", soft_time_limit=30, time_limit=60, **RETRYING)
def send_settings_link_task(subscriber_id: int) -> bool:
    """A confirmed address was signed up again: a link to its settings, nothing changed without it."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.CONFIRMED).first()
    if subscriber is None:  # unsubscribed meanwhile
        return False
    mails.settings_mail(subscriber).send()
    return True
