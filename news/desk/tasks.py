"""The desk's background work: telling a translator what was assigned to them."""

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation as i18n
from wagtail.users.models import UserProfile

from news.desk.assignments import TranslationAssignment
from news.desk.links import edit_url
from portal.background import RETRYING


@shared_task(name="desk.notify_assignee", **RETRYING)
def notify_assignee(assignment_id: int) -> bool:
    """One e-mail to the assignee, in their admin language. Idempotent enough: a retry sends it again only
    if the mail server failed the first time."""

    assignment = (
        TranslationAssignment.objects.select_related(
            "assignee", "assigned_by", "translation__source", "translation__target_locale"
        )
        .filter(pk=assignment_id, assignee__isnull=False)
        .first()
    )
    if assignment is None or not assignment.assignee.email:
        return False
    translation = assignment.translation
    language = (
        UserProfile.get_for_user(assignment.assignee).get_preferred_language() or settings.LANGUAGE_CODE
    )
    with i18n.override(language):
        source = translation.source.get_source_instance()
        context = {
            "assignment": assignment,
            "title": getattr(source, "title", None) or str(source),
            "target_language": translation.target_locale.get_display_name(),
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + edit_url(translation.get_target_instance()),
            "queue_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("desk_queue"),
        }
        subject = render_to_string("news/admin/assignment_subject.txt", context).strip()
        body = render_to_string("news/admin/assignment_email.txt", context)
    send_mail(subject, body, None, [assignment.assignee.email])
    return True
