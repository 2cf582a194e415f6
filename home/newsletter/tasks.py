"""Mail to newsletter readers, sent by Celery after commit; tasks take ids."""

from celery import shared_task
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from home.models import Subscriber
from home.newsletter.service import CONFIRM_MAX_AGE, CONFIRM_SALT, UNSUBSCRIBE_SALT, make_token
from portal.background import RETRYING
from portal.links import absolute_url


def newsletter_links(subscriber: Subscriber) -> dict:
    with translation.override(subscriber.language):
        return {
            "confirm_url": absolute_url(
                reverse("newsletter_confirm", args=[make_token(subscriber, CONFIRM_SALT)])
            ),
            "unsubscribe_url": absolute_url(
                reverse("newsletter_unsubscribe", args=[make_token(subscriber, UNSUBSCRIBE_SALT)])
            ),
        }


@shared_task(name="home.newsletter_confirmation", soft_time_limit=30, time_limit=60, **RETRYING)
def send_confirmation_task(subscriber_id: int) -> bool:
    """The double opt-in mail, in the subscriber's language, with an unsubscribe link like every mail."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.PENDING).first()
    if subscriber is None:  # confirmed or unsubscribed meanwhile: nothing to ask
        return False
    links = newsletter_links(subscriber)
    with translation.override(subscriber.language):
        context = {**links, "days": CONFIRM_MAX_AGE // 86400}
        subject = render_to_string("newsletter/confirm_subject.txt", context).strip()
        body = render_to_string("newsletter/confirm_email.txt", context)
    message = EmailMessage(
        subject,
        body,
        to=[subscriber.email],
        headers={"List-Unsubscribe": f"<{links['unsubscribe_url']}>"},
    )
    message.send()
    return True
