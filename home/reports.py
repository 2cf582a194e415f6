"""A reader's report, mailed to the addresses its form page names, by Celery after commit."""

import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail

from portal.background import RETRYING

logger = logging.getLogger(__name__)


def recipient_list(to_address: str) -> list[str]:
    return [address.strip() for address in (to_address or "").split(",") if address.strip()]


def recipients_outside_newsroom(to_address: str) -> list[str]:
    """Addresses not at one of REPORT_RECIPIENT_DOMAINS (readers' reports are confidential)."""
    allowed = {domain.lower() for domain in settings.REPORT_RECIPIENT_DOMAINS}
    return [a for a in recipient_list(to_address) if a.rpartition("@")[2].lower().rstrip(".") not in allowed]


@shared_task(name="home.report_mail", soft_time_limit=30, time_limit=60, **RETRYING)
def send_report_task(submission_id: int) -> bool:
    from wagtail.contrib.forms.models import FormSubmission

    submission = FormSubmission.objects.filter(pk=submission_id).select_related("page").first()
    if submission is None:
        return False
    page = submission.page.specific
    # Any form page that renders its own mail (home.models.ReportPage) and names recipients.
    if not hasattr(page, "render_submission_email") or not page.to_address:
        return False
    outside = recipients_outside_newsroom(page.to_address)
    if outside:  # saved before the rule, or written around the form: never mailed out of the newsroom
        logger.error("report %s not mailed to %s: outside REPORT_RECIPIENT_DOMAINS", submission_id, outside)
    recipients = [address for address in recipient_list(page.to_address) if address not in outside]
    if not recipients:
        return False
    send_mail(page.subject, page.render_submission_email(submission), page.from_address or None, recipients)
    return True
