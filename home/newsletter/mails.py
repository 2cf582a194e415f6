"""The newsletter's mails: each in the subscriber's language, with signed links, and the list headers
mail clients turn into an "Unsubscribe" button (RFC 2369, and RFC 8058's one-click POST).

Python's e-mail serialiser folds every header longer than 78 characters, and a URL has no space to fold
at, so it used to write `List-Unsubscribe` as `=?utf-8?q?...?=` encoded-words, which no mail client
reads as a URL. These headers are written on one line instead (RFC 5322 allows 998 characters).
"""

import email.policy
from email.headerregistry import HeaderRegistry, UnstructuredHeader

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from home.models import Subscriber
from home.newsletter import service
from portal.links import absolute_url

ONE_LINE_HEADERS = ("list-unsubscribe", "list-unsubscribe-post")
MAX_LINE = 998


class OneLineHeader(UnstructuredHeader):
    """An ASCII header written unfolded, as it was given (falls back to folding if it cannot be)."""

    def fold(self, *, policy):
        line = f"{self.name}: {self}"
        if not line.isascii() or len(line) > MAX_LINE:
            return super().fold(policy=policy)
        return line + policy.linesep


_headers = HeaderRegistry()
for _name in ONE_LINE_HEADERS:
    _headers.map_to_type(_name, OneLineHeader)


class NewsletterMessage(EmailMessage):
    def message(self, *, policy=email.policy.default):
        # The mail backend chooses the policy (SMTP: CRLF line ends); only the header classes change.
        return super().message(policy=policy.clone(header_factory=_headers))


def _url(name: str, subscriber: Subscriber, salt: str) -> str:
    return absolute_url(reverse(name, args=[service.make_token(subscriber, salt)]))


def newsletter_mail(subscriber: Subscriber, template: str, **context) -> NewsletterMessage:
    """`newsletter/<template>_subject.txt` and `_email.txt` in the subscriber's language, with an
    unsubscribe link in the text and in the headers."""
    with translation.override(subscriber.language):
        unsubscribe_url = _url("newsletter_unsubscribe", subscriber, service.UNSUBSCRIBE_SALT)
        context = {**context, "unsubscribe_url": unsubscribe_url}
        subject = render_to_string(f"newsletter/{template}_subject.txt", context).strip()
        body = render_to_string(f"newsletter/{template}_email.txt", context)
    return NewsletterMessage(
        subject,
        body,
        to=[subscriber.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def confirmation_mail(subscriber: Subscriber) -> NewsletterMessage:
    with translation.override(subscriber.language):
        confirm_url = _url("newsletter_confirm", subscriber, service.CONFIRM_SALT)
    return newsletter_mail(
        subscriber, "confirm", confirm_url=confirm_url, days=service.CONFIRM_MAX_AGE // 86400
    )


def settings_mail(subscriber: Subscriber) -> NewsletterMessage:
    """To a confirmed address that was signed up again: its settings are changed only through this."""
    with translation.override(subscriber.language):
        settings_url = _url("newsletter_settings", subscriber, service.SETTINGS_SALT)
    return newsletter_mail(
        subscriber, "settings", settings_url=settings_url, days=service.SETTINGS_MAX_AGE // 86400
    )
