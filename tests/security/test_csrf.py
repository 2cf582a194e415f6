"""Every form that changes something refuses a POST without the CSRF token, and accepts it with one."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from home.models import Subscriber
from home.newsletter import service as newsletter
from portal.signin import links
from tests.home.test_report_page import report_page

pytestmark = pytest.mark.django_db


def token_from(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode()).group(1)


@pytest.fixture
def browser_client():
    return Client(enforce_csrf_checks=True)


def forms(site):
    report = report_page(site["en"], "en")
    subscriber = Subscriber.objects.create(email="reader@example.org", language="en")
    confirm = f"/en/newsletter/confirm/{newsletter.make_token(subscriber, newsletter.CONFIRM_SALT)}/"
    # Unsubscribing is the one change without a CSRF token: mail clients POST the signed link without one
    # (RFC 8058; tests/home/test_newsletter_abuse.py).
    change = f"/en/newsletter/settings/{newsletter.make_token(subscriber, newsletter.SETTINGS_SALT)}/"
    editor = get_user_model().objects.create_superuser("csrf-editor", "csrf@example.org", "password")
    return [
        ("/en/newsletter/", {"email": "new@example.org", "language": "en"}),
        (confirm, {}),
        (change, {"language": "hu"}),
        ("/en/_util/login/", {"username": "nobody", "password": "wrong"}),
        (report.url, {"name": "Reader", "email": "reader@example.org", "message": "A wrong date."}),
        ("/admin/login/", {"username": "nobody", "password": "wrong"}),
        ("/admin/login/link/", {"login": "nobody"}),
        (f"/admin/login/link/{links.make_token(editor)}/", {}),
    ]


def test_post_without_a_token_is_refused_everywhere(browser_client, site):
    for url, data in forms(site):
        response = browser_client.post(url, data)
        assert response.status_code == 403, url
    assert not Subscriber.objects.filter(email="new@example.org").exists()


def test_post_with_the_token_goes_through(browser_client, site):
    for url, data in forms(site):
        token = token_from(browser_client, url)
        response = browser_client.post(url, {**data, "csrfmiddlewaretoken": token})
        assert response.status_code in (200, 302), (url, response.status_code)
    assert Subscriber.objects.filter(email="new@example.org").exists()


def test_a_token_from_another_session_is_refused(site):
    attacker, victim = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    token = token_from(attacker, "/en/newsletter/")
    victim.get("/en/newsletter/")
    response = victim.post(
        "/en/newsletter/", {"email": "x@example.org", "language": "en", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 403
