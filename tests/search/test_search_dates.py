"""Search results carry the article's publication date, not the time it was indexed, and the reconcile
task repairs a row whose date changed after indexing (the demo loader dates its translations that way,
after wagtail-localize has published them and the index has taken them)."""

import re
from datetime import timedelta

import pytest
from django.utils import dateformat, timezone
from django.utils.html import strip_tags

from home.demo.loader import DemoLoader
from news.models import ArticlePage
from search.indexing import stale_page_ids
from search.models import SearchDocument
from search.tasks import search_reconcile_task
from tests import factories
from tests.news import demo_sample


def result_dates(client, url, q) -> list[tuple[str, str]]:
    html = client.get(url, {"q": q, "sort": "newest"}).content.decode()
    found = re.findall(
        r'search-result__title"><a href="[^"]*">(.*?)</a></h2>.*?<time datetime="([^"]+)"', html, re.S
    )
    return [(strip_tags(title), when) for title, when in found]


def shown(when) -> str:
    return dateformat.format(timezone.localtime(when), "c")


@pytest.mark.django_db
def test_reconcile_repairs_a_date_changed_after_indexing(client, sections, indexed):
    now = timezone.now().replace(microsecond=0)
    older, newer = now - timedelta(days=10), now - timedelta(days=5)
    # Indexed first as published now: the first one published is the older story.
    first = indexed(lambda: factories.make_article(sections["hu"], "Régebbi villamoshír"))
    second = indexed(lambda: factories.make_article(sections["hu"], "Újabb villamoshír"))
    for article, when in ((first, newer), (second, older)):  # dated afterwards, as the demo loader does
        ArticlePage.objects.filter(pk=article.pk).update(first_published_at=when, last_published_at=when)

    assert set(stale_page_ids(limit=100)) == {first.pk, second.pk}
    assert search_reconcile_task.delay().get() == {"checked": 2, "indexed": 2, "removed": 0}
    assert stale_page_ids(limit=100) == []
    assert result_dates(client, "/hu/kereses/", "villamoshír") == [
        ("Régebbi villamoshír", shown(newer)),
        ("Újabb villamoshír", shown(older)),
    ]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_demo_stories_are_found_under_their_publication_dates():
    """Real commits, as in `make run` (tasks eager): a translation is published and indexed when its
    step commits, and dated two hours after its original only then."""
    DemoLoader(create_admin=False, log=lambda *_: None, data=demo_sample).run()
    documents = SearchDocument.objects.select_related("page")
    assert documents.count() >= 4
    wrong = [
        (d.title, d.published_at, d.page.first_published_at)
        for d in documents
        if d.published_at != d.page.first_published_at
    ]
    assert wrong == []
    assert stale_page_ids(limit=100) == []
