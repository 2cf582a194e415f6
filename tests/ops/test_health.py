"""/healthz and the 503 page, with the faults injected for real: a Redis nobody listens on, a broker
nobody listens on, and the test's own PostgreSQL cluster stopped and started again."""

import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings

from tests import factories
from tests.waiting import wait_for

NOWHERE = "redis://127.0.0.1:1/0"


@pytest.mark.django_db
def test_healthz_reports_each_service(client):
    response = client.get("/healthz")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["ok"] is True and set(body["checks"]) == {"database", "cache", "broker"}
    assert "no-store" in response.headers["Cache-Control"]


@pytest.mark.django_db
def test_a_cache_outage_degrades_but_keeps_the_backend_in_service(client, settings):
    """Pages render from PostgreSQL without Redis: the liveness probe must not take the only backend out
    of Varnish (every miss would be a 503); readiness says what is missing, without raw error text."""
    if not settings.CACHES["default"]["BACKEND"].startswith("portal.caching"):
        pytest.skip("no Redis cache configured")
    with override_settings(CACHES={"default": {**settings.CACHES["default"], "LOCATION": NOWHERE}}):
        live = client.get("/healthz")
        ready = client.get("/readyz")
    assert live.status_code == 200
    assert live.json()["degraded"] == ["cache"] and live.json()["checks"]["database"]["ok"] is True
    assert ready.status_code == 503 and ready.json()["checks"]["cache"] == {"ok": False}
    assert "Error" not in ready.content.decode() and "127.0.0.1" not in ready.content.decode()


@pytest.mark.django_db
def test_a_broker_outage_degrades_but_keeps_the_backend_in_service(client, settings):
    if settings.CELERY_BROKER_URL.startswith("memory://"):
        pytest.skip("no broker configured")
    settings.CELERY_BROKER_URL = NOWHERE
    live = client.get("/healthz")
    assert live.status_code == 200 and live.json()["degraded"] == ["broker"]
    assert client.get("/readyz").status_code == 503


@pytest.mark.django_db
def test_probes_answer_only_internal_callers(client):
    """A request relayed by Varnish (or any proxy) carries X-Forwarded-For: no probe for it."""
    for path in ("/healthz", "/readyz"):
        assert client.get(path, HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 404
        assert client.get(path, HTTP_FORWARDED="for=203.0.113.9").status_code == 404


def _cluster():
    versions = sorted(Path("/etc/postgresql").glob("*/main")) if Path("/etc/postgresql").exists() else []
    return versions[-1].parent.name if versions else None


def _status(url):
    try:
        with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 (loopback)
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_database_outage_gives_a_clean_503_and_the_site_recovers_without_a_restart(live_server):
    version = _cluster()
    if connection.vendor != "postgresql" or version is None or not shutil.which("pg_ctlcluster"):
        pytest.skip("needs the local PostgreSQL cluster (pg_ctlcluster), as on CI")
    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    article = factories.make_article(section, "Still standing")
    url = live_server.url + article.url
    assert _status(url)[0] == 200

    control = ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main"]
    connection.close()
    subprocess.run([*control, "stop", "-m", "fast"], check=True)
    try:
        for path in (article.url, "/en/", "/hu/", "/en/search/?q=still", article.url):
            started = time.monotonic()
            status, body = _status(live_server.url + path)
            # A second is the aim (portal/database/base.py); 2 s is the ceiling a busy CI machine keeps.
            assert time.monotonic() - started < 2.0, (path, "slow 503")
            assert status == 503, (path, status)
            assert "try again" in body
        status, body = _status(live_server.url + "/healthz")
        assert status == 503 and '"database": {"ok": false' in body
    finally:
        subprocess.run([*control, "start"], check=True)
    # Back without restarting anything: health-checked connections reconnect.
    wait_for(lambda: _status(url)[0] == 200, timeout=60, message="the site to recover")
    assert "Still standing" in _status(url)[1]
    connection.close()


@pytest.mark.django_db
def test_probes_by_container_address_over_http_get_an_answer(client, settings):
    """Varnish's probe and compose's health check call `web:8000` / `127.0.0.1:8000` over plain HTTP:
    neither ALLOWED_HOSTS nor the HTTPS redirect may turn that into a 400 or a 301."""
    settings.ALLOWED_HOSTS = ["budapestpost.example"]
    settings.SECURE_SSL_REDIRECT = True
    for host in ("web:8000", "127.0.0.1:8000"):
        response = client.get("/healthz", HTTP_HOST=host)
        assert response.status_code == 200, (host, response.status_code)
        assert response.json()["ok"] is True
    assert client.get("/en/", HTTP_HOST="web:8000").status_code == 400  # everything else is still checked
