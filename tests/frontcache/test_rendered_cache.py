"""Rendered articles in Redis (portal.caching.rendered): fast when nothing changed, never stale."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from home.models import SiteBranding
from news.models import ArticlePage, Author
from news.related import service as related_service
from tests import factories

pytestmark = pytest.mark.django_db


def _get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_a_remembered_article_costs_one_query(client, site, sections, django_capture_on_commit_callbacks):
    article = factories.make_article(sections["en"], "Cached headline", hero=factories.make_image())
    first, first_queries = _get(client, article.url)
    again, queries = _get(client, article.url)
    assert again == first
    assert queries == 1, "the article row itself, to learn its live revision"
    assert first_queries > queries


def test_publish_shows_at_once_without_waiting_for_any_purge(client, site, sections):
    article = factories.make_article(sections["en"], "Old headline")
    assert "Old headline" in _get(client, article.url)[0]
    article.title = "New headline"
    factories.publish(article)  # the on-commit callbacks are not run: no purge, no generation bump
    html = _get(client, article.url)[0]
    assert "New headline" in html and "Old headline" not in html


def test_translation_published_later_updates_the_language_switcher(
    client, site, sections, django_capture_on_commit_callbacks
):
    article = factories.make_article(sections["en"], "Bridge reopens")
    assert "/hu/budapest/ujra-nyitva/" not in _get(client, article.url)[0]
    with django_capture_on_commit_callbacks(execute=True):
        factories.translate(article, site["locales"]["hu"], title="Újra nyitva a híd", slug="ujra-nyitva")
    assert "/hu/budapest/ujra-nyitva/" in _get(client, article.url)[0]


def test_related_block_change_shows_at_once(client, site, sections, django_capture_on_commit_callbacks):
    topic = factories.make_topic(site["locales"]["en"], "Transport")
    article = factories.make_article(sections["en"], "Trams", topics=[topic])
    assert "Metro line 5" not in _get(client, article.url)[0]
    with django_capture_on_commit_callbacks(execute=True):
        neighbour = factories.make_article(sections["en"], "Metro line 5", topics=[topic])
        related_service.related_index(article_ids=[article.pk, neighbour.pk])
        related_service.related_refresh(article_id=article.pk)
    assert "Metro line 5" in _get(client, article.url)[0]


def test_related_article_retitled_updates_the_cards_showing_it(
    client, site, sections, django_capture_on_commit_callbacks
):
    topic = factories.make_topic(site["locales"]["en"], "Transport")
    article = factories.make_article(sections["en"], "Trams", topics=[topic])
    neighbour = factories.make_article(sections["en"], "Metro line 5", topics=[topic])
    related_service.related_index(article_ids=[article.pk, neighbour.pk])
    related_service.related_refresh(article_id=article.pk)
    assert "Metro line 5" in _get(client, article.url)[0]
    neighbour.title = "Metro line 5 delayed"
    with django_capture_on_commit_callbacks(execute=True):
        factories.publish(neighbour)
    assert "Metro line 5 delayed" in _get(client, article.url)[0]


def test_author_rename_and_branding_change_reach_cached_articles(
    client, site, sections, django_capture_on_commit_callbacks
):
    author = factories.make_author(site["locales"]["en"], "Eszter Varga")
    article = factories.make_article(sections["en"], authors=[author])
    assert "Eszter Varga" in _get(client, article.url)[0]
    with django_capture_on_commit_callbacks(execute=True):
        Author.objects.filter(pk=author.pk).update(name="Eszter Kovács")
        Author.objects.get(pk=author.pk).save()
    html = _get(client, article.url)[0]
    assert "Eszter Kovács" in html and "Eszter Varga" not in html

    branding = SiteBranding.objects.get(locale=site["locales"]["en"])
    with django_capture_on_commit_callbacks(execute=True):
        branding.tagline = "The capital, every day"
        branding.save()
    assert "The capital, every day" in _get(client, article.url)[0]


def test_unpublished_article_is_gone_at_once(client, site, sections):
    article = factories.make_article(sections["en"])
    _get(client, article.url)
    ArticlePage.objects.get(pk=article.pk).unpublish()
    assert client.get(article.url).status_code == 404


def test_moved_article_is_not_served_at_its_old_url(client, site, sections):
    business = factories.make_section(site["en"], "Business", slug="business")
    article = factories.make_article(sections["en"])
    old_url = article.url
    _get(client, old_url)
    article.move(business, pos="last-child")
    response = client.get(old_url)  # Wagtail's automatic redirect, not the remembered page
    assert response.status_code == 301
    assert response.headers["Location"].endswith(f"/en/business/{article.slug}/")
    assert client.get(f"/en/business/{article.slug}/").status_code == 200


def test_pages_render_when_redis_is_down(client, site, sections):
    article = factories.make_article(sections["en"], "Still here")
    _get(client, article.url)
    nowhere = {
        "default": {
            "BACKEND": "portal.caching.backend.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5},
        }
    }
    with override_settings(CACHES=nowhere):
        response = client.get(article.url)
    assert response.status_code == 200
    assert "Still here" in response.content.decode()


def test_fronts_show_a_new_article_as_soon_as_it_is_published(
    client, site, sections, django_capture_on_commit_callbacks
):
    factories.make_article(sections["en"], "First story")
    for url in ("/en/", sections["en"].url):
        assert "First story" in _get(client, url)[0]
        _, queries = _get(client, url)
        assert queries <= 2, (url, queries)  # the page row (and the section's count of pages)
    with django_capture_on_commit_callbacks(execute=True):
        factories.make_article(sections["en"], "Breaking story")
    for url in ("/en/", sections["en"].url):
        assert "Breaking story" in _get(client, url)[0], url
    assert "Breaking story" not in _get(client, "/hu/")[0]


def _kept_copies() -> int:
    """Rendered copies in the cache: Redis when REDIS_CACHE_URL is set (CI), else process memory."""
    from django.core.cache import cache

    if hasattr(cache, "keys"):  # django-redis
        return len(cache.keys("page:*"))
    return sum("page:" in key for key in cache._cache)  # LocMemCache: its keys, in a dict


def test_only_page_numbers_are_kept_per_section(client, site, sections):
    for n in range(3):
        factories.make_article(sections["en"], f"Story {n}")
    _get(client, sections["en"].url)
    before = _kept_copies()
    assert before, "the section's first page is kept"
    for query in ("?page=1", "?utm_source=x", "?page=1&x=2", "?page=abc"):
        client.get(sections["en"].url + query)
    # Parameters a front does not read are served the copy already kept; a bad page number is not kept.
    assert _kept_copies() == before


@pytest.mark.parametrize("query", ["?x=1", "?cachebuster=8127361", "?utm_source=a&b=c"])
def test_random_query_strings_are_served_the_rendered_copy(client, site, sections, query):
    """Issue 16, finding 16: a random query string used to bypass the rendered copy (and Varnish), so
    anyone could make every request a full render. Parameters the page does not read change nothing."""
    article = factories.make_article(sections["en"], "Cached headline")
    first, _ = _get(client, article.url)
    kept = _kept_copies()
    html, queries = _get(client, article.url + query)
    assert html == first and queries == 1
    assert _kept_copies() == kept, "nothing new is kept for it either"


def test_a_rendering_that_used_a_csrf_token_or_the_session_is_never_kept():
    from django.contrib.sessions.backends.signed_cookies import SessionStore
    from django.http import HttpResponse
    from django.middleware.csrf import get_token
    from django.test import RequestFactory

    from portal.caching.policy import is_shared

    plain = RequestFactory().get("/en/")
    assert is_shared(plain, HttpResponse("page"))
    with_token = RequestFactory().get("/en/")
    get_token(with_token)
    assert not is_shared(with_token, HttpResponse("page"))
    with_session = RequestFactory().get("/en/")
    with_session.session = SessionStore()
    with_session.session.get("anything")
    assert not is_shared(with_session, HttpResponse("page"))
