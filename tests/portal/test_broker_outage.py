"""A broker that is down never fails what a reader or an editor just did: the sign-up is saved and answered,
a translation job and a publish are saved, and the log says what was not queued. Two real outages: a port
where nothing listens (refused at once) and a real redis-server paused (it accepts connections and answers
nothing, so each send waits out its socket timeout, once per process: portal.background.broker)."""

import logging
import threading
import time

import pytest
import redis
from django.contrib.auth.models import Group
from django.urls import reverse

from home.models import Subscriber
from news.models import ArticlePage
from portal import background
from portal.caching import generations
from portal.celery import app
from tests import factories
from tests.ops.test_redis_outage import _use_broker
from tests.support.processes import free_port, redis_server

# Real commits: the messages are sent from the commit callbacks of the request itself.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# A refused send fails at once; a stalled one after its socket timeouts (2 s, sent twice), then the
# breaker skips the broker: a whole request stays far below gunicorn's 30 s.
ANSWER_WITHIN = 8


@pytest.fixture(params=["refused", "stalled"])
def broker_down(request, monkeypatch):
    """Call it after the test's setup (built with eager tasks): from then on Celery is not eager, and its
    broker and result backend are one dead Redis (they share one in production)."""

    def use(url):
        _use_broker(monkeypatch, f"{url}/0")
        monkeypatch.setitem(app.conf, "result_backend", f"{url}/1")
        monkeypatch.setattr(app, "_backend_cache", None)
        monkeypatch.setattr(app, "_local", threading.local())
        app.conf.task_always_eager = False
        background.broker.reset()

    try:
        if request.param == "refused":
            yield lambda: use(f"redis://127.0.0.1:{free_port()}")
        else:
            with redis_server() as url:

                def stall():
                    redis.Redis.from_url(url).client_pause(120_000)  # every command waits, for two minutes
                    use(url)

                yield stall
    finally:
        app.conf.task_always_eager = True


def test_a_newsletter_signup_is_saved_and_answered(client, broker_down, caplog):
    factories.build_site()
    broker_down()
    started = time.monotonic()
    with caplog.at_level(logging.ERROR, logger="portal.background"):
        response = client.post("/en/newsletter/", {"email": "olvaso@example.com", "language": "hu"})
    assert time.monotonic() - started < ANSWER_WITHIN
    assert response.status_code == 200 and "confirmation link is on its way" in response.content.decode()
    assert Subscriber.objects.filter(email="olvaso@example.com", status=Subscriber.PENDING).exists()
    assert "home.newsletter_confirmation not queued and lost" in caplog.text  # the reader may sign up again


def test_a_translation_job_is_logged_not_raised(client, broker_down, django_user_model, caplog):
    site = factories.build_site()
    section = factories.make_section(site["en"], "Culture", slug="culture")
    factories.make_article(section, "Concert tonight")
    editor = django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    hu = site["locales"]["hu"]
    broker_down()
    started = time.monotonic()
    with caplog.at_level(logging.ERROR, logger="portal.background"):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[section.pk]),
            {"locales": [hu.pk], "include_subtree": "on"},
        )
    assert time.monotonic() - started < ANSWER_WITHIN
    assert response.status_code == 302
    assert section.get_translation_or_none(hu) is not None  # the section itself, in the request
    assert "portal.run_localize_job not queued and lost" in caplog.text
    assert not ArticlePage.objects.filter(locale=hu).exists()  # the subtree job could not run


def test_a_publish_runs_the_pipeline_in_process(broker_down, caplog):
    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    article = factories.make_article(section, "Published during an outage", live=False)
    (before,) = generations.generations(generations.front(article.locale_id))
    broker_down()
    started = time.monotonic()
    with caplog.at_level(logging.ERROR, logger="portal.background"):
        factories.publish(article)
    assert time.monotonic() - started < ANSWER_WITHIN, "one publish queues a dozen messages: paid for once"
    assert "running pipeline.article_changed in this process" in caplog.text
    assert generations.generations(generations.front(article.locale_id)) != (before,)
    assert "news.related_published not queued (news.related_reconcile repairs it)" in caplog.text
