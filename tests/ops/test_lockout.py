"""Admin login brute-force lockout, and client addresses that a forged X-Forwarded-For cannot change."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from portal import lockout
from portal.ratelimit import client_ip

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "right-password")


def attempt(client, password, username="editor", **headers):
    return client.post(LOGIN, {"username": username, "password": password}, **headers)


def test_five_failures_lock_the_account_even_for_the_right_password(client, editor):
    for _ in range(lockout.USERNAME_LIMIT):
        response = attempt(client, "wrong")
        assert response.status_code == 200 and "didn" in response.content.decode()
    response = attempt(client, "right-password")
    assert response.status_code == 200
    assert "Too many failed attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_success_before_the_limit_resets_the_count(client, editor):
    for _ in range(lockout.USERNAME_LIMIT - 1):
        attempt(client, "wrong")
    assert attempt(client, "right-password").status_code == 302
    client.logout()
    for _ in range(lockout.USERNAME_LIMIT - 1):
        attempt(client, "wrong")
    assert attempt(client, "right-password").status_code == 302


def test_forged_forwarded_for_does_not_escape_the_address_limit(client, editor, settings):
    settings.TRUSTED_PROXIES = []  # a direct connection: X-Forwarded-For is the client's own words
    for n in range(lockout.ADDRESS_LIMIT):
        attempt(client, "wrong", username=f"guess{n}", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    response = attempt(client, "right-password", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert "Too many failed attempts" in response.content.decode()


def test_behind_varnish_the_reader_is_the_address_the_proxy_saw(editor, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    factory = RequestFactory()
    # Varnish (10.0.0.5) appended what it saw (192.0.2.7); the client forged the entry in front.
    forged = factory.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="1.2.3.4, 192.0.2.7")
    assert client_ip(forged) == "192.0.2.7"
    # Not from a proxy: the header is ignored.
    direct = factory.get("/", REMOTE_ADDR="192.0.2.8", HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert client_ip(direct) == "192.0.2.8"
    garbage = factory.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="<script>")
    assert client_ip(garbage) == "10.0.0.5"


def test_the_lock_is_per_account_and_address(client, editor, django_user_model):
    django_user_model.objects.create_superuser("other", "other@example.org", "other-password")
    for _ in range(lockout.USERNAME_LIMIT):
        attempt(client, "wrong")
    # The same machine may still sign in as somebody else (below the address limit).
    assert attempt(client, "other-password", username="other").status_code == 302
    assert reverse("wagtailadmin_home") == "/admin/"
