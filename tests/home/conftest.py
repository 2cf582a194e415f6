"""The newsletter's sign-up as a reader posts it, and the links in its mails."""

import re
from datetime import timedelta

import pytest
from django.db.models import F

from home.models import Subscriber


@pytest.fixture
def signup(client, site, django_capture_on_commit_callbacks):
    """POST the sign-up form in `language` (from address `ip`); the mail task runs after commit (eager)."""

    def post(email, language="en", url=None, website="", ip="127.0.0.1"):
        url = url or ("/en/newsletter/" if language == "en" else "/hu/hirlevel/")
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                url, {"email": email, "language": language, "website": website}, REMOTE_ADDR=ip
            )

    return post


def link_in(message, kind: str) -> str:
    path = {
        "confirm": r"/(?:newsletter/confirm|hirlevel/megerosites)/",
        "unsubscribe": r"/(?:newsletter/unsubscribe|hirlevel/leiratkozas)/",
        "settings": r"/(?:newsletter/settings|hirlevel/beallitasok)/",
    }[kind]
    return re.search(r"https?://[^/\s]+(/(?:en|hu)" + path + r"[^/\s]+/)", message.body).group(1)


def time_passes(delta: timedelta) -> None:
    """As if `delta` had passed since the sign-up mails so far (the limit counts on the rows)."""
    Subscriber.objects.filter(signup_mail_at__isnull=False).update(
        signup_mail_at=F("signup_mail_at") - delta, signup_mails_since=F("signup_mails_since") - delta
    )
