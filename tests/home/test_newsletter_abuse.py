"""The newsletter against abuse: sign-ups cannot flood an address with mail (a limit per address, on its
row in PostgreSQL), cannot change a confirmed reader's settings (only the signed link mailed to the
address can), and every mail carries list headers a mail client can read, with a one-click unsubscribe
(RFC 8058) that needs the signed link and nothing else."""

import email
import email.policy
from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import translation

from home.models import Subscriber
from home.newsletter import service as newsletter
from tests.home.conftest import link_in, time_passes

pytestmark = pytest.mark.django_db

VICTIM = "victim@example.org"


def test_repeated_signups_mail_an_address_once_per_gap_and_a_few_times_a_day(signup):
    pages = set()

    def signup_from_many_places(times=4):
        for n in range(times):
            cache.clear()  # nothing of the limit lives in Redis: another node, or Redis restarted
            response = signup(VICTIM, ip=f"198.51.100.{len(pages) + n}")
            assert response.status_code == 200
            pages.add(response.content)

    signup_from_many_places()
    assert len(mail.outbox) == 1
    time_passes(newsletter.SIGNUP_MAIL_GAP - timedelta(seconds=5))
    signup_from_many_places()
    assert len(mail.outbox) == 1  # not yet
    for expected in range(2, newsletter.SIGNUP_MAILS_PER_DAY + 1):
        time_passes(newsletter.SIGNUP_MAIL_GAP)
        signup_from_many_places()
        assert len(mail.outbox) == expected
    time_passes(newsletter.SIGNUP_MAIL_GAP)
    signup_from_many_places()
    assert len(mail.outbox) == newsletter.SIGNUP_MAILS_PER_DAY  # that was the day's share
    time_passes(newsletter.SIGNUP_MAIL_DAY)
    signup_from_many_places()
    assert len(mail.outbox) == newsletter.SIGNUP_MAILS_PER_DAY + 1
    assert {message.to[0] for message in mail.outbox} == {VICTIM}
    assert len(pages) == 1, "every sign-up answers the same page: nobody learns what happened"
    assert Subscriber.objects.get().status == Subscriber.PENDING


def test_a_confirmed_readers_language_changes_only_through_the_signed_link(signup, monkeypatch):
    signup(VICTIM, "en")
    newsletter.newsletter_confirm(
        token=newsletter.make_token(Subscriber.objects.get(), newsletter.CONFIRM_SALT)
    )
    time_passes(newsletter.SIGNUP_MAIL_GAP)
    signup(VICTIM, "hu")  # anybody may type the address
    subscriber = Subscriber.objects.get()
    assert subscriber.language == "en" and subscriber.status == Subscriber.CONFIRMED
    message = mail.outbox[-1]
    assert message.to == [VICTIM] and "already subscribed" in message.body  # in the reader's language
    settings_url = link_in(message, "settings")

    reader = Client(enforce_csrf_checks=True)
    page = reader.get(settings_url)
    assert page.status_code == 200 and '<option value="en" selected>' in page.content.decode()
    token = page.cookies["csrftoken"].value
    bad = reader.post(settings_url, {"language": "xx", "csrfmiddlewaretoken": token})
    assert bad.status_code == 400 and 'class="form-errors"' in bad.content.decode()
    assert reader.post(settings_url, {"language": "hu"}).status_code == 403  # a forged form: no token
    assert Subscriber.objects.get().language == "en"
    done = reader.post(settings_url, {"language": "hu", "csrfmiddlewaretoken": token})
    assert done.status_code == 200 and Subscriber.objects.get().language == "hu"

    # Only a settings link opens the settings: not the unsubscribe link's token, nor a changed or old one.
    with translation.override("en"):
        for salt in (newsletter.UNSUBSCRIBE_SALT, newsletter.CONFIRM_SALT, "other"):
            other = reverse("newsletter_settings", args=[newsletter.make_token(subscriber, salt)])
            assert reader.post(other, {"language": "en", "csrfmiddlewaretoken": token}).status_code == 400
    assert reader.get(settings_url[:-3] + "xy/").status_code == 400
    monkeypatch.setattr(newsletter, "SETTINGS_MAX_AGE", -1)
    expired = reader.get(settings_url)
    assert expired.status_code == 400 and "expired" in expired.content.decode()
    assert Subscriber.objects.get().language == "hu"


def header_lines(raw: bytes) -> dict[str, str]:
    """The message's header lines as sent (folded continuation lines joined back)."""
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    lines = {}
    for line in head.replace("\r\n ", " ").replace("\r\n\t", " ").split("\r\n"):
        name, _, value = line.partition(": ")
        lines[name.lower()] = value
    return lines


@pytest.mark.parametrize("language", ["en", "hu"])
def test_list_unsubscribe_is_plain_ascii_and_one_click_needs_only_the_signed_link(signup, language):
    address = "a.reader.with.a.rather.long.address.for.folding@example.org"
    signup(address, language)
    (message,) = mail.outbox
    unsubscribe_url = link_in(message, "unsubscribe")
    raw = message.message(policy=email.policy.SMTP).as_bytes()  # what the SMTP backend sends

    headers = header_lines(raw)
    assert headers["list-unsubscribe"] == f"<http://localhost{unsubscribe_url}>"
    assert headers["list-unsubscribe-post"] == "List-Unsubscribe=One-Click"
    for line in raw.split(b"\r\n"):
        if line.lower().startswith(b"list-unsubscribe"):
            assert b"=?" not in line and len(line) <= 998, line
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["List-Unsubscribe"] == f"<http://localhost{unsubscribe_url}>"

    mail_client = Client(enforce_csrf_checks=True)  # no cookie, no CSRF token: just the POST of RFC 8058
    one_click = {"data": "List-Unsubscribe=One-Click", "content_type": "application/x-www-form-urlencoded"}
    changed = unsubscribe_url[:-3] + ("xy/" if not unsubscribe_url.endswith("xy/") else "zz/")
    assert mail_client.post(changed, **one_click).status_code == 400
    assert Subscriber.objects.get().status == Subscriber.PENDING
    response = mail_client.post(unsubscribe_url, **one_click)
    assert response.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.UNSUBSCRIBED
