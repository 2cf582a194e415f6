"""The publish pipeline (news.pipeline): what one publish sets in motion, in which order, and that
nothing is invalidated before the change commits (a concurrent reader would refill the old state)."""

import threading

import pytest
from celery.signals import task_prerun
from django.core.cache import cache
from django.db import connection, transaction
from wagtail.models import PageViewRestriction

from news.models import RelatedArticle
from portal.caching import generations
from portal.routing.visibility import restricted_paths
from search.models import SearchDocument
from tests import factories

transactional = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def tasks_run():
    """Names of the tasks that run, in order (Celery runs them eagerly here, as under `make run`)."""
    names = []

    def record(sender=None, **kwargs):
        if sender.name != "portal.run_django_task":  # Wagtail's own work (reference index), in any order
            names.append(sender.name)

    task_prerun.connect(record, weak=False)
    yield names
    task_prerun.disconnect(record)


@pytest.fixture
def purges(settings, monkeypatch, tasks_run):
    """The front cache's network part, recorded with the tasks that had started when it was sent and the
    story generation it was sent under."""
    sent = []
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "portal.caching.frontcache.VarnishBackend", "LOCATION": "http://127.0.0.1:9"}
    }

    def send(urls, prefixes=()):
        sent.append({"urls": set(urls), "tasks": list(tasks_run)})
        return {"sent": len(urls)}

    monkeypatch.setattr("portal.caching.frontcache.send", send)
    return sent


@transactional
def test_one_publish_runs_caches_first_then_related_search_and_purges(tasks_run, purges):
    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    topic = factories.make_topic(site["locales"]["en"], "Bridges")
    older = factories.make_article(section, "The Chain Bridge reopens", topics=[topic])
    article = factories.make_article(section, "A new bridge for Csepel", topics=[topic], live=False)
    (story_before,) = generations.generations(generations.story(article.translation_key))
    (front_before,) = generations.generations(generations.front(article.locale_id))
    tasks_run.clear()
    purges.clear()

    factories.publish(article)  # commits; the pipeline runs after commit

    assert tasks_run[0] == "pipeline.article_changed"
    assert {"news.related_published", "news.related_refresh", "search.sync"} <= set(tasks_run[1:])
    # The purge set for this publish, sent by the pipeline's own task before any follow-up started.
    (first, *_later) = purges
    assert article.get_full_url() in first["urls"] and section.get_full_url() in first["urls"]
    assert first["tasks"] == ["pipeline.article_changed"], "readers' caches go before any follow-up"
    # The cache bump.
    assert generations.generations(generations.story(article.translation_key)) != (story_before,)
    assert generations.generations(generations.front(article.locale_id)) != (front_before,)
    # The follow-ups: its related block and search row exist, and the older story now shows it.
    assert RelatedArticle.objects.filter(article=article, related=older).exists()
    assert SearchDocument.objects.filter(page_id=article.pk).exists()
    assert RelatedArticle.objects.filter(article=older, related=article).exists()


@transactional
def test_privacy_is_invalidated_after_commit_not_before_a_concurrent_reader_refills_it():
    site = factories.build_site()
    section = factories.make_section(site["en"], "Members", slug="members")
    assert restricted_paths() == []  # cached: nothing is private

    def concurrent_reader():
        try:
            restricted_paths()  # its own connection: sees the committed state, refills the key
        finally:
            connection.close()

    with transaction.atomic():
        PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
        reader = threading.Thread(target=concurrent_reader)
        reader.start()
        reader.join()
    # Dropped after commit: the reader's refill from the old state does not survive.
    assert restricted_paths() == [section.path]


@transactional
def test_a_branding_edit_inside_a_transaction_is_dropped_only_after_commit():
    from home.models import SiteBranding
    from portal.caching import keys

    factories.build_site()
    key = keys.BRANDING.key(language="en")
    with transaction.atomic():
        branding = SiteBranding.objects.get(locale__language_code="en")
        branding.tagline = "A new tagline"
        branding.save()
        cache.set(key, "refilled from the old state by a concurrent reader", 600)
    assert cache.get(key) is None
