"""Admin login brute-force protection that cannot be turned into a lockout of a named editor: locks per
account and address and per address, a slowdown per account, known devices, e-mailed sign-in links, and
client addresses that a forged X-Forwarded-For cannot change. Counters live in the real Redis."""

import re
import time

import pytest
from django.core import mail
from django.test import Client, RequestFactory, override_settings

from portal import lockout
from portal.ratelimit import client_ip
from portal.signin import devices, links

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
LINK_REQUEST = "/admin/login/link/"
EDITOR_AT = "192.0.2.10"  # the editor's office
LOCKED = "Too many failed attempts"
SLOWED = "accepts one attempt every"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "right-password")


def attempt(client, password, username="editor", address=EDITOR_AT, **headers):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def known_device(address=EDITOR_AT) -> Client:
    """A browser the editor signed in with before (and signed out of)."""
    device = Client()
    assert attempt(device, "right-password", address=address).status_code == 302
    device.post("/admin/logout/", REMOTE_ADDR=address)
    assert not signed_in(device) and devices.COOKIE in device.cookies
    return device


def test_five_failures_lock_the_account_at_that_address_even_for_the_right_password(client, editor):
    for _ in range(lockout.PAIR_LIMIT):
        response = attempt(client, "wrong")
        assert response.status_code == 200 and "didn" in response.content.decode()
    response = attempt(client, "right-password")
    assert response.status_code == 200 and LOCKED in response.content.decode()
    assert not signed_in(client)


def test_an_attacker_at_one_address_cannot_lock_the_editor_out_from_another(editor):
    attacker = Client()
    for _ in range(lockout.PAIR_LIMIT * 4):  # refused after five, and not counted
        attempt(attacker, "guess", address="198.51.100.66")
    assert LOCKED in attempt(attacker, "right-password", address="198.51.100.66").content.decode()
    editor_browser = Client()  # a device the editor never used here
    assert attempt(editor_browser, "right-password").status_code == 302
    assert signed_in(editor_browser)


def test_a_success_before_the_limit_resets_the_count(client, editor):
    for _ in range(lockout.PAIR_LIMIT - 1):
        attempt(client, "wrong")
    assert attempt(client, "right-password").status_code == 302
    client.logout()
    for _ in range(lockout.PAIR_LIMIT - 1):
        attempt(client, "wrong")
    assert attempt(client, "right-password").status_code == 302


def test_the_lock_is_per_account_and_address(client, editor, django_user_model):
    django_user_model.objects.create_superuser("other", "other@example.org", "other-password")
    for _ in range(lockout.PAIR_LIMIT):
        attempt(client, "wrong")
    # The same machine may still sign in as somebody else (below the address limit).
    assert attempt(client, "other-password", username="other").status_code == 302


def take_the_turn() -> None:
    """An attacker's guess that takes the slowed-down account's turn (another may hold it for a while)."""
    for n in range(100):
        if "didn" in attempt(Client(), "guess", address=f"203.0.113.{n}").content.decode():
            return
        time.sleep(0.1)
    raise AssertionError("the turn never came")


def test_many_addresses_only_slow_the_account(editor, monkeypatch):
    monkeypatch.setattr(lockout, "ACCOUNT_INTERVAL", 3)  # 30 s in production; the same code path
    laptop = known_device()
    answers = []
    for n in range(lockout.ACCOUNT_SLOWDOWN + 3):  # two guesses from each of many addresses
        answers.append(attempt(Client(), "guess", address=f"198.51.100.{n // 2}").content.decode())
    # Ten failures; the eleventh guess takes the account's turn; the next ones must wait for another.
    assert all("didn" in answer for answer in answers[: lockout.ACCOUNT_SLOWDOWN + 1])
    assert all(SLOWED in answer for answer in answers[lockout.ACCOUNT_SLOWDOWN + 1 :])

    # The known device gets in at once, though an attacker has just taken the account's turn.
    take_the_turn()
    assert attempt(laptop, "right-password").status_code == 302

    # A new device is slowed down, and gets in within the interval.
    phone = Client()
    take_the_turn()
    started = time.monotonic()
    response = attempt(phone, "right-password", address="192.0.2.99")
    assert SLOWED in response.content.decode() and not signed_in(phone)
    while attempt(phone, "right-password", address="192.0.2.99").status_code != 302:
        assert time.monotonic() - started <= lockout.ACCOUNT_INTERVAL + 0.5
        time.sleep(0.1)
    assert signed_in(phone)


def test_a_known_device_passes_the_address_lock_but_not_the_pair_lock(editor):
    laptop = known_device()
    for n in range(lockout.ADDRESS_LIMIT):  # somebody else behind the office's address
        attempt(Client(), "guess", username=f"guess{n}")
    assert LOCKED in attempt(Client(), "right-password").content.decode()
    assert attempt(laptop, "right-password").status_code == 302
    laptop.post("/admin/logout/", REMOTE_ADDR=EDITOR_AT)
    for _ in range(lockout.PAIR_LIMIT):  # the known device itself, wrong five times
        assert "didn" in attempt(laptop, "wrong").content.decode()
    assert LOCKED in attempt(laptop, "right-password").content.decode()


def test_the_known_device_cookie_is_signed_http_only_and_lax(client, editor, django_user_model, settings):
    settings.SESSION_COOKIE_SECURE = True  # as in production
    cookie = attempt(client, "right-password").cookies[devices.COOKIE]
    assert cookie["httponly"] and cookie["secure"] and cookie["samesite"] == "Lax"
    assert cookie["path"] == "/admin/" and int(cookie["max-age"]) == devices.MAX_AGE
    request = RequestFactory().get(LOGIN, HTTP_COOKIE=f"{devices.COOKIE}={cookie.value}")
    assert request.get_signed_cookie(devices.COOKIE, salt=devices.SALT) == str(editor.pk)

    # A cookie naming the editor without our signature, or another account's, is no known device.
    django_user_model.objects.create_user("other", "other@example.org", "other-password")
    foreign = Client()
    assert attempt(foreign, "other-password", username="other").status_code == 302
    foreign.logout()
    forged = Client()
    forged.cookies[devices.COOKIE] = str(editor.pk)
    for address in (f"198.51.100.{n}" for n in range(lockout.ACCOUNT_SLOWDOWN + 1)):
        attempt(Client(), "guess", address=address)  # the last one takes the turn
    for device in (forged, foreign):
        assert SLOWED in attempt(device, "right-password").content.decode()


def test_a_forged_forwarded_for_does_not_escape_the_address_limit(client, editor, settings):
    settings.TRUSTED_PROXIES = []  # a direct connection: X-Forwarded-For is the client's own words
    for n in range(lockout.ADDRESS_LIMIT):
        attempt(client, "wrong", username=f"guess{n}", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    response = attempt(client, "right-password", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert LOCKED in response.content.decode()


def test_a_forged_forwarded_for_does_not_lock_out_the_address_it_names(editor, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]  # Varnish
    attacker = Client()
    for _ in range(lockout.PAIR_LIMIT):  # claims to be the editor's office; Varnish appends the truth
        attempt(attacker, "guess", address="10.0.0.5", HTTP_X_FORWARDED_FOR=f"{EDITOR_AT}, 198.51.100.66")
    response = attempt(Client(), "right-password", address="10.0.0.5", HTTP_X_FORWARDED_FOR=EDITOR_AT)
    assert response.status_code == 302


def test_behind_varnish_the_reader_is_the_address_the_proxy_saw(settings):
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


def test_without_redis_nothing_is_counted_and_editors_get_in(client, editor, settings):
    if "Redis" not in settings.CACHES["default"]["BACKEND"]:
        pytest.skip("the suite runs without Redis")
    # Nothing listens on port 1: every cache call is refused, as when Redis is down.
    down = {"default": {**settings.CACHES["default"], "LOCATION": "redis://127.0.0.1:1/0"}}
    with override_settings(CACHES=down):
        for _ in range(lockout.ACCOUNT_SLOWDOWN + 1):
            attempt(client, "wrong")
        assert attempt(client, "right-password").status_code == 302


# The e-mailed sign-in link.


@pytest.fixture
def ask_for_link(django_capture_on_commit_callbacks):
    def post(login, address=EDITOR_AT, client=None):
        with django_capture_on_commit_callbacks(execute=True):  # the mail task runs after commit (eager)
            return (client or Client()).post(LINK_REQUEST, {"login": login}, REMOTE_ADDR=address)

    return post


def link_in(message) -> str:
    return re.search(r"https?://[^/\s]+(/admin/login/link/[^/\s]+/)", message.body).group(1)


def test_the_login_page_offers_the_link(client):
    page = client.get(LOGIN).content.decode()
    assert f'href="{LINK_REQUEST}">Send me a sign-in link</a>' in page
    assert 'name="login"' in client.get(LINK_REQUEST).content.decode()


def test_the_link_request_does_not_tell_whether_an_account_exists(editor, ask_for_link):
    answers = [ask_for_link(login) for login in ("editor", "EDITOR@example.org", "nobody", "no@example.org")]
    assert {answer.status_code for answer in answers} == {200}
    # Byte for byte the same page, but for the CSRF token every admin page carries.
    pages = {re.sub(r'"CSRF_TOKEN": "\w+"', "", answer.content.decode()) for answer in answers}
    assert len(pages) == 1
    assert "If this is the username or e-mail address of an admin account" in answers[0].content.decode()
    assert [message.to for message in mail.outbox] == [["editor@example.org"], ["editor@example.org"]]


def test_the_link_signs_in_once_past_the_locks_and_marks_the_device(client, editor, ask_for_link):
    for _ in range(lockout.PAIR_LIMIT):
        attempt(Client(), "guess")  # somebody at the editor's own address ...
    for address in (f"198.51.100.{n}" for n in range(lockout.ACCOUNT_SLOWDOWN - lockout.PAIR_LIMIT)):
        attempt(Client(), "guess", address=address)  # ... and elsewhere: the account is slowed down
    assert LOCKED in attempt(client, "right-password").content.decode()

    ask_for_link("editor")
    (message,) = mail.outbox
    assert "works once, for 30 minutes" in message.body
    link = link_in(message)
    page = client.get(link, REMOTE_ADDR=EDITOR_AT)
    assert page.status_code == 200 and "signing in as editor" in page.content.decode()
    assert not signed_in(client)  # opening the link (a mail scanner) does not spend it
    response = client.post(link, REMOTE_ADDR=EDITOR_AT)
    assert response.status_code == 302 and response.headers["Location"] == "/admin/"
    assert signed_in(client) and devices.COOKIE in response.cookies

    # Spent: neither the same browser nor another gets in with it again.
    client.post("/admin/logout/", REMOTE_ADDR=EDITOR_AT)
    for browser in (client, Client()):
        again = browser.post(link, REMOTE_ADDR=EDITOR_AT)
        assert again.status_code == 400 and "does not work" in again.content.decode()
        assert not signed_in(browser)
    assert client.get(link, REMOTE_ADDR=EDITOR_AT).status_code == 400

    # Its failures at this address are forgotten, and the device is known: the password works again.
    assert attempt(client, "right-password").status_code == 302


def test_the_link_expires_after_thirty_minutes(client, editor, monkeypatch):
    def link_made_minutes_ago(minutes):
        with monkeypatch.context() as clock:
            now = time.time()
            clock.setattr(time, "time", lambda: now - minutes * 60)
            return f"/admin/login/link/{links.make_token(editor)}/"

    old, recent = link_made_minutes_ago(31), link_made_minutes_ago(29)
    response = client.post(old)
    assert response.status_code == 400 and "has expired" in response.content.decode()
    assert not signed_in(client)
    assert client.post(recent).status_code == 302


def test_a_tampered_link_or_a_password_change_ends_it(client, editor):
    token = links.make_token(editor)
    assert client.get(f"/admin/login/link/{token}x/").status_code == 400
    assert client.get("/admin/login/link/not-a-token/").status_code == 400
    editor.set_password("a-new-right-password")
    editor.save()
    assert client.post(f"/admin/login/link/{token}/").status_code == 400 and not signed_in(client)


def test_accounts_without_admin_access_get_no_link(django_user_model, ask_for_link):
    django_user_model.objects.create_user("reader", "reader@example.org", "reader-password")
    django_user_model.objects.create_superuser("gone", "gone@example.org", "x", is_active=False)
    for login in ("reader", "gone@example.org"):
        assert "a sign-in link is on its way" in ask_for_link(login).content.decode()
    assert not mail.outbox


def test_link_requests_are_rate_limited_per_address(editor, ask_for_link):
    from portal.signin.views import REQUEST_LIMIT

    for _ in range(REQUEST_LIMIT):
        assert ask_for_link("nobody", address="198.51.100.7").status_code == 200
    refused = ask_for_link("editor", address="198.51.100.7")
    assert refused.status_code == 429 and not mail.outbox
    assert ask_for_link("editor").status_code == 200 and len(mail.outbox) == 1
