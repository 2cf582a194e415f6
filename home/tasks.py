"""E-mail to readers (newsletter) and editors (reports), sent by Celery after commit; tasks take ids."""

from celery import shared_task
from django.core.mail import EmailMessage, send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from home.models import ReportPage, Subscriber
from home.newsletter import CONFIRM_MAX_AGE, CONFIRM_SALT, UNSUBSCRIBE_SALT, make_token
from news.tasks import RETRYING
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


@shared_task(name="home.report_mail", soft_time_limit=30, time_limit=60, **RETRYING)
def send_report_task(submission_id: int) -> bool:
    """A reader's report to the addresses its form page names."""
    from wagtail.contrib.forms.models import FormSubmission

    submission = FormSubmission.objects.filter(pk=submission_id).select_related("page").first()
    if submission is None:
        return False
    page = submission.page.specific
    if not isinstance(page, ReportPage) or not page.to_address:
        return False
    recipients = [address.strip() for address in page.to_address.split(",")]
    send_mail(page.subject, page.render_submission_email(submission), page.from_address or None, recipients)
    return True
