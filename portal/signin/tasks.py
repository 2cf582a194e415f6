"""Mailing sign-in links (portal.signin.links), after commit, from a worker."""

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from portal import ratelimit
from portal.background import RETRYING
from portal.signin import links

MAILS_PER_ACCOUNT = 3  # per link lifetime: an address flooding requests cannot flood the editor's inbox


@shared_task(name="portal.signin_link", soft_time_limit=30, time_limit=60, **RETRYING)
def send_signin_link(identifier: str) -> int:
    """A link to every admin account this username or e-mail address names, in its admin language; how
    many were sent. It takes what was typed, not an id: the request must not look anybody up."""
    sent = 0
    for user in links.accounts_named(identifier):
        if not ratelimit.allow(f"signin-link:{user.pk}", limit=MAILS_PER_ACCOUNT, window=links.MAX_AGE):
            continue
        language = UserProfile.get_for_user(user).get_preferred_language() or settings.LANGUAGE_CODE
        url = reverse("signin_link", args=[links.make_token(user)])
        with translation.override(language):
            context = {
                "user": user,
                "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url,
                "minutes": links.MAX_AGE // 60,
            }
            subject = render_to_string("signin/link_subject.txt", context).strip()
            body = render_to_string("signin/link_email.txt", context)
        send_mail(subject, body, None, [getattr(user, user.get_email_field_name())])
        sent += 1
    return sent
