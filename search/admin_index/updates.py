"""Rewrites of Wagtail's index that Wagtail does not make by itself."""

from wagtail.search.backends import get_search_backends

from news.models import ArticlePage


def admin_index_update(*, page_ids: list[int]) -> int:
    """Index these articles again (their bylines changed: an author was renamed). Wagtail re-indexes an
    object when it is saved, not when a related object it indexes is. Returns the articles indexed."""
    articles = list(ArticlePage.get_indexed_objects().filter(pk__in=page_ids))
    if articles:
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(ArticlePage, articles)
    return len(articles)
