"""Writes to the search index. Every function takes page ids and is safe to run twice.

`search_sync` makes the index agree with the database for the given pages: a live, public article is
(re)written, anything else is removed. Tasks call it after publish, unpublish, move, delete and privacy
changes; the reconcile task calls it for whatever those events missed; `rebuild_search_index` calls
`search_rebuild` for the whole archive.
"""

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Page

from news.models import ArticleAuthor, ArticlePage, ArticleTopic
from search import backends
from search.languages import ANALYSIS
from search.models import SearchDocument
from search.text import body_text, clean

logger = logging.getLogger(__name__)

BATCH = 1000
_FIELDS = ("pk", "locale_id", "path", "depth", "url_path", "title", "standfirst", "body")
_DATES = ("first_published_at", "go_live_at", "last_published_at")
# The date readers see on the article (news.models.ArticlePage.published_at) and results are ordered
# by: its first publication, not the time it was indexed.
PUBLISHED_AT = Coalesce(*_DATES)


@dataclass(frozen=True)
class SyncResult:
    indexed: int
    removed: int


def _names_by_page(model, name_field: str, page_ids) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    rows = model.objects.filter(page_id__in=page_ids).order_by("page_id", "sort_order")
    for page_id, name in rows.values_list("page_id", name_field):
        names[page_id].append(name)
    return names


def build_documents(page_ids: Iterable[int], *, now=None) -> list[SearchDocument]:
    """Index rows for those of `page_ids` that are live, public articles (three queries)."""
    now = now or timezone.now()
    rows = list(ArticlePage.objects.visible().filter(pk__in=list(page_ids)).values(*_FIELDS, *_DATES))
    ids = [row["pk"] for row in rows]
    topics = _names_by_page(ArticleTopic, "topic__name", ids)
    authors = _names_by_page(ArticleAuthor, "author__name", ids)
    return [
        SearchDocument(
            page_id=row["pk"],
            locale_id=row["locale_id"],
            section_id=None,  # filled below from the parent path
            path=row["path"],
            url_path=row["url_path"],
            published_at=row["first_published_at"] or row["go_live_at"] or row["last_published_at"] or now,
            title=clean(row["title"]),
            standfirst=clean(row["standfirst"]),
            keywords=clean(" ".join(topics.get(row["pk"], []) + authors.get(row["pk"], []))),
            body_text=body_text(list(row["body"].raw_data) if row["body"] is not None else []),
            indexed_at=now,
            analysis=ANALYSIS,
        )
        for row in rows
    ]


def _attach_sections(documents: list[SearchDocument]) -> None:
    """An article's section is its parent page; one query for a batch."""
    steplen = ArticlePage.steplen
    parent_paths = {doc.path[:-steplen] for doc in documents}
    by_path = dict(Page.objects.filter(path__in=parent_paths).values_list("path", "pk"))
    for doc in documents:
        doc.section_id = by_path.get(doc.path[:-steplen])


def _write(documents: list[SearchDocument]) -> None:
    if not documents:
        return
    _attach_sections(documents)
    SearchDocument.objects.bulk_create(
        documents,
        update_conflicts=True,
        unique_fields=["page"],
        update_fields=[
            "locale",
            "section",
            "path",
            "url_path",
            "published_at",
            "title",
            "standfirst",
            "keywords",
            "body_text",
            "indexed_at",
            "analysis",
        ],
    )
    backends.current().write_vectors([doc.page_id for doc in documents])


def search_sync(*, page_ids: Iterable[int]) -> SyncResult:
    """Index the given pages that should be searchable and drop the others."""
    page_ids = list(dict.fromkeys(page_ids))
    with transaction.atomic():
        documents = build_documents(page_ids)
        _write(documents)
        gone = sorted(set(page_ids) - {doc.page_id for doc in documents})
        if gone:
            SearchDocument.objects.filter(page_id__in=gone).delete()
            backends.current().delete(gone)
    return SyncResult(indexed=len(documents), removed=len(gone))


def search_rebuild(
    *, locale_id: int | None = None, progress: Callable[[int, int], None] | None = None
) -> int:
    """Rewrite the index for every visible article (optionally one language); returns the row count.

    Rows of articles that are no longer visible are removed first. Each batch commits on its own, so
    readers keep searching the existing rows while the rebuild runs.
    """
    articles = ArticlePage.objects.visible()
    stale = SearchDocument.objects.exclude(page_id__in=articles.values("pk"))
    if locale_id is not None:
        articles = articles.filter(locale_id=locale_id)
        stale = stale.filter(locale_id=locale_id)
    gone = list(stale.values_list("page_id", flat=True))
    if gone:
        SearchDocument.objects.filter(page_id__in=gone).delete()
        backends.current().delete(gone)
    ids = list(articles.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        with transaction.atomic():
            _write(build_documents(ids[start : start + BATCH]))
        if progress:
            progress(min(start + BATCH, len(ids)), len(ids))
    return len(ids)


def stale_page_ids(*, limit: int) -> list[int]:
    """Pages whose index row disagrees with the page: missing, older than its last publish, moved,
    dated otherwise than the page (a date changed after indexing, as the demo loader backdates its
    stories), built with an older analysis, or no longer visible. What the reconcile task repairs when
    a publish event was lost."""
    out_of_date = (
        Q(search_document__isnull=True)
        | Q(search_document__indexed_at__lt=F("last_published_at"))
        | ~Q(search_document__path=F("path"))
        | ~Q(search_document__published_at=PUBLISHED_AT)
        | ~Q(search_document__analysis=ANALYSIS)
    )
    missing_or_old = list(
        ArticlePage.objects.visible().filter(out_of_date).values_list("pk", flat=True)[:limit]
    )
    invisible = list(
        SearchDocument.objects.exclude(page_id__in=ArticlePage.objects.visible().values("pk")).values_list(
            "page_id", flat=True
        )[: max(0, limit - len(missing_or_old))]
    )
    return missing_or_old + invisible
