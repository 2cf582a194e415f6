"""The front cache for real: Varnish on loopback running docker/varnish/portal.vcl in front of the live
test server, purged by a real Celery worker after an editor publishes."""

import shutil
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest
from django.db import connection

from tests import factories
from tests.support.processes import varnish
from tests.waiting import wait_for

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(not shutil.which("varnishd"), reason="varnishd is missing (.ci/run installs it)"),
]


class Reply:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def cache(self):
        return self.headers.get("X-Cache")


def fetch(front, path, method="GET", **headers) -> Reply:
    headers = {"Host": "localhost", **headers}
    request = urllib.request.Request(front.url + path, method=method, headers=headers)  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
            return Reply(response.status, response.headers, response.read().decode())
    except urllib.error.HTTPError as error:
        return Reply(error.code, error.headers, error.read().decode())


@pytest.fixture
def front(live_server, settings, monkeypatch):
    with varnish(urlsplit(live_server.url).port) as cache:
        settings.WAGTAILFRONTENDCACHE = {
            "varnish": {"BACKEND": "portal.caching.frontcache.VarnishBackend", "LOCATION": cache.url}
        }
        monkeypatch.setenv("FRONTEND_CACHE_URL", cache.url)  # read by the worker process at start
        yield cache


def test_publish_is_purged_by_a_real_worker_and_the_next_get_is_a_miss(front, celery_worker):
    if connection.vendor != "postgresql":
        pytest.skip("worker processes need the test database over the network (PostgreSQL)")
    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    article = factories.make_article(section, "Old headline")
    urls = [article.url, "/en/", section.url, "/en/rss/", "/sitemap-news-en.xml"]

    wait_for(lambda: all(fetch(front, url).cache == "HIT" for url in urls), message="pages cached")
    assert "Old headline" in fetch(front, article.url).body

    article.title = "New headline"
    factories.publish(article)

    def fresh(url):
        reply = fetch(front, url)
        if "New headline" in reply.body:
            return reply
        assert reply.cache == "HIT", "a miss must already have the new headline"
        return None

    wait_for(lambda: fresh(article.url), timeout=30, message="the worker to purge the article")
    for url in urls:
        reply = fetch(front, url)
        assert "New headline" in reply.body, url
    # Shared again once the worker's follow-up work (the article's own related block, computed after the
    # publish, purges it once more) has settled.
    wait_for(lambda: fetch(front, article.url).cache == "HIT", timeout=30, message="the article cached again")


def test_the_first_get_after_a_purge_is_a_miss_with_the_new_content(front):
    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    article = factories.make_article(section, "Old headline")
    assert fetch(front, article.url).cache == "MISS"
    hit = fetch(front, article.url)
    assert hit.cache == "HIT" and "Old headline" in hit.body
    assert "no-store" not in hit.headers["Cache-Control"] and hit.headers.get("Set-Cookie") is None

    article.title = "New headline"
    factories.publish(article)  # eager Celery here: the purge task ran after the commit

    reply = fetch(front, article.url)
    assert reply.cache == "MISS" and "New headline" in reply.body


def test_readers_cookies_share_the_copy_but_sessions_and_the_admin_pass(front):
    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    article = factories.make_article(section)
    fetch(front, article.url)
    assert fetch(front, article.url, Cookie="csrftoken=abc; django_language=hu").cache == "HIT"
    with_session = fetch(front, article.url, Cookie="sessionid=whatever")
    assert with_session.cache == "MISS" and "private" in with_session.headers["Cache-Control"]
    for _ in range(2):
        login = fetch(front, "/admin/login/")
        assert login.status == 200 and login.cache == "MISS"
        assert "no-store" in login.headers["Cache-Control"]


def test_purge_and_ban_are_refused_from_outside_the_acl(live_server):
    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    article = factories.make_article(section)
    with varnish(urlsplit(live_server.url).port, purgers=("192.0.2.1",)) as front:
        fetch(front, article.url)
        assert fetch(front, article.url, method="PURGE").status == 405
        assert fetch(front, "/en/", method="BAN").status == 405
        assert fetch(front, article.url).cache == "HIT"


HOST_SPELLINGS = ("LOCALHOST", "localhost.", "localhost:80", "LocalHost.:8080", "localhost")
OTHER_ALLOWED_HOSTS = ("127.0.0.1", "127.0.0.1.:6081")  # another name the app answers to: its own copy


def test_a_takedown_reaches_every_spelling_of_the_host(front):
    """Issue 16, finding 3: objects stored under `LOCALHOST:…` or `localhost.` used to outlive the purge."""
    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    article = factories.make_article(section, "To be retracted")
    url = article.url
    first = fetch(front, url, Host=HOST_SPELLINGS[0])
    assert first.status == 200
    for host in HOST_SPELLINGS[1:]:
        reply = fetch(front, url, Host=host)
        assert reply.cache == "HIT", (host, "one object for every spelling of the host")
    for host in OTHER_ALLOWED_HOSTS:
        fetch(front, url, Host=host)
        assert fetch(front, url, Host=host).cache == "HIT", host

    article.unpublish()  # eager Celery here: the purge task runs after the commit
    for host in HOST_SPELLINGS + OTHER_ALLOWED_HOSTS:
        reply = fetch(front, url, Host=host)
        assert reply.status == 404 and "To be retracted" not in reply.body, host


def test_probes_are_not_served_to_readers_through_varnish(front):
    for path in ("/healthz", "/readyz", "/healthz?x=1"):
        assert fetch(front, path).status == 404


def test_a_purge_that_failed_is_sent_again_by_the_reconcile(front, settings):
    """Issue 16, finding 13: a purge whose retries ran out (or whose worker died) was never repeated.
    Its outbox row stays until Varnish has taken it; the beat reconcile sends it again."""
    from portal.caching import outbox
    from portal.caching.frontcache import purge_reconcile_task

    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    article = factories.make_article(section, "Old headline")
    fetch(front, article.url)
    assert fetch(front, article.url).cache == "HIT"

    working = settings.WAGTAILFRONTENDCACHE
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "portal.caching.frontcache.VarnishBackend", "LOCATION": "http://127.0.0.1:1"}
    }
    article.title = "New headline"
    factories.publish(article)  # eager Celery: the purge and every retry of its task fail here
    [row] = outbox.PendingPurge.objects.all()
    assert row.urls and fetch(front, article.url).cache == "HIT", "Varnish still has the old copy"

    settings.WAGTAILFRONTENDCACHE = working
    assert purge_reconcile_task() == {"sent": 0, "failed": 0}, "not due yet"
    outbox.PendingPurge.objects.update(due_at=row.created_at)
    assert purge_reconcile_task() == {"sent": 1, "failed": 0}
    assert not outbox.PendingPurge.objects.exists()
    reply = fetch(front, article.url)
    assert reply.cache == "MISS" and "New headline" in reply.body
