"""A reader's report, mailed to the addresses its form page names, by Celery after commit."""

from celery import shared_task
from django.core.mail import send_mail

from portal.background import RETRYING


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
    recipients = [address.strip() for address in page.to_address.split(",")]
    send_mail(page.subject, page.render_submission_email(submission), page.from_address or None, recipients)
    return True
