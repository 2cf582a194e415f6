"""Newsletter: double opt-in with signed, expiring links, unsubscribe in every mail, language
preference, duplicates, honeypot, rate limit, and the admin list with CSV export."""

import pytest
from django.core import mail, signing
from django.urls import reverse
from django.utils import translation

from home.models import Subscriber
from home.newsletter import service as newsletter
from tests import factories
from tests.home.conftest import link_in, time_passes

pytestmark = pytest.mark.django_db


def test_the_box_on_articles_and_home_opens_the_signup_page(client, site, sections):
    article = factories.make_article(sections["hu"], "Hír")
    for url in (article.url, "/hu/"):
        html = client.get(url).content.decode()
        assert '<form class="newsletter-box__form" method="get" action="/hu/hirlevel/">' in html
        assert "csrfmiddlewaretoken" not in html  # the pages stay cacheable
    page = client.get("/hu/hirlevel/", {"email": "olvaso@example.org"}).content.decode()
    assert 'value="olvaso@example.org"' in page and "csrfmiddlewaretoken" in page
    assert '<option value="hu" selected>' in page


def test_double_opt_in_in_the_readers_language(client, signup):
    response = signup("Olvaso@Example.org", "hu")
    assert response.status_code == 200 and "megerősítő linket küldtünk" in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "olvaso@example.org" and subscriber.language == "hu"
    assert subscriber.status == Subscriber.PENDING
    (message,) = mail.outbox
    assert message.to == ["olvaso@example.org"]
    assert message.subject == "Erősítse meg feliratkozását a Budapest Post hírlevelére"
    assert "Leiratkozás:" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")

    confirm = link_in(message, "confirm")
    page = client.get(confirm)
    assert page.status_code == 200 and "Megerősítem a feliratkozást" in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.PENDING  # opening the link (or a mail scanner) changes nothing
    done = client.post(confirm)
    assert done.status_code == 200 and "Feliratkozott." in done.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.CONFIRMED and subscriber.confirmed_at is not None

    unsubscribe = link_in(message, "unsubscribe")
    assert client.post(unsubscribe).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.UNSUBSCRIBED and subscriber.unsubscribed_at is not None


def test_duplicate_signups_are_graceful_and_reveal_nothing(client, signup):
    first = signup("reader@example.org")
    newsletter.newsletter_confirm(
        token=newsletter.make_token(Subscriber.objects.get(), newsletter.CONFIRM_SALT)
    )
    mail.outbox.clear()
    time_passes(newsletter.SIGNUP_MAIL_GAP)
    again = signup("READER@example.org", "hu", url="/en/newsletter/")
    assert again.status_code == 200
    assert again.content.decode().count("confirmation link is on its way") == first.content.decode().count(
        "confirmation link is on its way"
    )
    assert Subscriber.objects.count() == 1
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.CONFIRMED and subscriber.language == "en"  # nothing changed...
    (message,) = mail.outbox  # ... but the address itself gets the link that changes it
    assert message.to == ["reader@example.org"] and link_in(message, "settings")

    newsletter.newsletter_unsubscribe(token=newsletter.make_token(subscriber, newsletter.UNSUBSCRIBE_SALT))
    time_passes(newsletter.SIGNUP_MAIL_GAP)
    signup("reader@example.org")  # coming back after leaving: confirm again
    assert Subscriber.objects.get().status == Subscriber.PENDING and len(mail.outbox) == 2


def test_expired_and_tampered_links_get_a_clear_message(client, signup, monkeypatch):
    signup("late@example.org", "hu")
    confirm = link_in(mail.outbox[0], "confirm")
    monkeypatch.setattr(newsletter, "CONFIRM_MAX_AGE", -1)
    expired = client.post(confirm)
    assert expired.status_code == 400 and "lejárt" in expired.content.decode()
    assert Subscriber.objects.get().status == Subscriber.PENDING
    monkeypatch.undo()

    token = confirm.rstrip("/").rsplit("/", 1)[1]
    tampered = confirm.replace(token, token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
    response = client.post(tampered)
    assert response.status_code == 400 and "nem érvényes" in response.content.decode()
    forged = signing.dumps({"id": Subscriber.objects.get().pk, "email": "late@example.org"}, salt="other")
    with translation.override("en"):
        url = reverse("newsletter_unsubscribe", args=[forged])
    assert client.post(url).status_code == 400
    assert client.get("/en/newsletter/confirm/not-a-token/").status_code == 400
    assert Subscriber.objects.get().status == Subscriber.PENDING


def test_bad_addresses_and_bots(client, signup):
    for bad in ("", "not-an-address", "a@b", "x" * 300 + "@example.org", "évi@@example.org"):
        response = signup(bad, "hu")
        assert response.status_code == 400, bad
        assert "Kérjük, javítsa a következőket" in response.content.decode()
    bot = signup("bot@example.org", website="http://spam.example")
    assert bot.status_code == 200 and not Subscriber.objects.exists() and not mail.outbox


def test_rate_limit_per_address(client, site, django_capture_on_commit_callbacks):
    from home.newsletter.views import SIGNUP_LIMIT

    def post(n, ip):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                "/en/newsletter/", {"email": f"r{n}@example.org", "language": "en"}, REMOTE_ADDR=ip
            )

    for n in range(SIGNUP_LIMIT):
        assert post(n, "198.51.100.20").status_code == 200
    refused = post(99, "198.51.100.20")
    assert refused.status_code == 429 and "Too many sign-ups" in refused.content.decode()
    assert post(100, "198.51.100.21").status_code == 200
    assert Subscriber.objects.count() == SIGNUP_LIMIT + 1


def test_admin_lists_and_exports_subscribers(client, signup, django_user_model):
    signup("one@example.org")
    signup("ket@example.org", "hu")
    admin = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(admin)
    listing = client.get(reverse("wagtailsnippets_home_subscriber:list"))
    assert listing.status_code == 200 and "ket@example.org" in listing.content.decode()
    export = client.get(reverse("wagtailsnippets_home_subscriber:list"), {"export": "csv"})
    assert export.status_code == 200 and export["Content-Type"].startswith("text/csv")
    rows = (
        b"".join(export.streaming_content).decode().splitlines()
        if export.streaming
        else export.content.decode().splitlines()
    )
    assert rows[0].lower().startswith("e-mail") and any(
        row.startswith("ket@example.org,hu,pending") for row in rows
    )
