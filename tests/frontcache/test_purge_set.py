"""The URLs a change purges from the front cache (news.pipeline.purge), and when they are sent."""

import pytest

from news.models import RelatedArticle
from news.pipeline import purge
from tests import factories

pytestmark = pytest.mark.django_db

ROOT = "http://localhost"


def _paths(urls) -> set[str]:
    assert all(url.startswith(ROOT + "/") for url in urls), urls
    return {url.removeprefix(ROOT) for url in urls}


def _show(article, related, rank=0):
    RelatedArticle.objects.create(article=article, related=related, rank=rank, score=1.0)


def test_article_purge_set(site, sections):
    business = factories.make_section(site["en"], "Business", slug="business")
    article = factories.make_article(sections["en"], "Bridge reopens")
    hungarian = factories.translate(
        article, site["locales"]["hu"], title="Újra nyitva a híd", slug="ujra-nyitva"
    )
    showing = factories.make_article(business, "Traffic returns")  # its related block shows the article
    showing_hu = factories.make_article(sections["hu"], "Forgalom")  # shows the Hungarian version
    unrelated = factories.make_article(business, "Markets")
    _show(showing, article)
    _show(showing_hu, hungarian)
    _show(unrelated, showing)  # shows another article: not affected

    paths = _paths(purge.article_purge_urls(article))

    assert paths == {
        # the article in both languages
        "/en/budapest/" + article.slug + "/",
        "/hu/budapest/ujra-nyitva/",
        # its section fronts and their feeds, in both languages
        "/en/budapest/",
        "/hu/budapest/",
        "/en/budapest/rss/",
        "/hu/budapest/rss/",
        # the homes, feeds and sitemaps in both languages
        "/en/",
        "/hu/",
        "/en/rss/",
        "/hu/rss/",
        "/sitemap.xml",
        "/sitemap-pages.xml",
        "/sitemap-news-en.xml",
        "/sitemap-news-hu.xml",
        # exactly the articles whose related cards show it
        "/en/business/" + showing.slug + "/",
        "/hu/budapest/" + showing_hu.slug + "/",
    }
    assert "/en/business/" + unrelated.slug + "/" not in paths
    assert "/en/business/" not in paths  # a section the article is not in


def test_unpublished_article_is_still_purged_but_not_its_draft_translation(site, sections):
    article = factories.make_article(sections["en"], "Withdrawn")
    draft = factories.translate(article, site["locales"]["hu"], title="Piszkozat", slug="piszkozat")
    draft.unpublish()
    article.unpublish()
    article.refresh_from_db()
    paths = _paths(purge.article_purge_urls(article))
    assert "/en/budapest/" + article.slug + "/" in paths
    assert "/hu/budapest/piszkozat/" not in paths  # never live, never cached


def test_related_change_purges_exactly_those_articles(site, sections):
    changed = [factories.make_article(sections["en"]) for _ in range(2)]
    factories.make_article(sections["en"])  # unchanged
    paths = _paths(purge.related_purge_urls([a.pk for a in changed]))
    assert paths == {f"/en/budapest/{a.slug}/" for a in changed}


def test_site_wide_change_bans_each_site_whole(site):
    assert purge.everything() == [ROOT + "/"]


def test_publish_enqueues_the_purge_after_commit(
    site, sections, settings, django_capture_on_commit_callbacks, monkeypatch
):
    sent = []

    def send(urls, prefixes=()):  # the network part; tests/frontcache/test_varnish.py sends for real
        sent.append((set(urls), set(prefixes)))
        return {"sent": 0}

    monkeypatch.setattr("portal.caching.frontcache.send", send)
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "portal.caching.frontcache.VarnishBackend", "LOCATION": "http://127.0.0.1:9"}
    }
    article = factories.make_article(sections["en"], live=False)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        factories.publish(article)
    assert not sent, "nothing may be purged before the publish commits"
    with django_capture_on_commit_callbacks(execute=True):  # the pipeline task's own after-commit purge
        for callback in callbacks:
            callback()
    ((urls, prefixes),) = [entry for entry in sent if entry[0]]
    assert _paths(urls) == _paths(purge.article_purge_urls(article))
