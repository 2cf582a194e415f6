"""Remembered routes: a reader URL -> the page it led to, so the next request loads one row instead of
walking the tree (home, section, article: a query each).

Only a hint: the page is loaded from the database by id and used only if it is still live and still at
the remembered `url_path`; otherwise the tree is walked as usual and the hint replaced. A moved,
renamed, unpublished or deleted page therefore can never be served from a stale hint. Hints are kept
per host (validated by ALLOWED_HOSTS before this runs) and under the `site` generation, which the
pipeline replaces when a Site (which host serves which tree) changes, so no Site lookup is needed.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils import translation

from portal.caching.generations import CacheUnavailable, site_generation
from portal.caching.keys import ROUTE
from portal.routing import privacy

MAX_PATH = 300  # longer paths are not remembered (hostile URLs must not fill the cache)


def _key(request, path: str) -> str | None:
    if len(path) > MAX_PATH or not settings.ROUTE_MEMORY:
        return None
    try:
        generation = site_generation(request)
    except CacheUnavailable:
        return None
    return ROUTE.key(
        generation=generation,
        host=request.get_host(),
        language=translation.get_language(),
        path=path.strip("/"),
    )


def recall(request, path: str):
    """The page a previous request reached at `path`, if it is still live at the same place; else None."""
    key = _key(request, path)
    if key is None:
        return None
    hint = cache.get(key)
    if hint is None:
        return None
    content_type_id, page_id, url_path = hint
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = _load(model, page_id) if model is not None else None
    if page is None or page.url_path != url_path:
        return None
    return page


_statements: dict[type, str] = {}


def _load(model, page_id: int):
    """The live page `page_id` as `model`, in one plain SELECT.

    Building the ORM query costs more than running it (about 1 ms against 0.3 ms): the statement is
    built once per page type and process, from the ORM's own compiler, and reused with the id.
    """
    statement = _statements.get(model)
    if statement is None:
        from wagtail.models import Page

        if set(model._meta.parents) != {Page}:
            return model.objects.filter(pk=page_id, live=True).first()
        child = model._meta.db_table
        link = model._meta.parents[Page].column
        # Table and column names come from the models, never from the request; the id is a parameter.
        # The privacy stamp comes along (portal.routing.privacy): no query of its own for the request.
        statement = _statements[model] = (
            f'SELECT *, ({privacy.STAMP_SQL}) AS "privacy_stamp" FROM "wagtailcore_page" JOIN "{child}" '  # noqa: S608
            f'ON "{child}"."{link}" = "wagtailcore_page"."id" '
            'WHERE "wagtailcore_page"."id" = %s AND "wagtailcore_page"."live"'
        )
    return next(iter(model.objects.raw(statement, [page_id])), None)


def remember(request, path: str, page) -> None:
    key = _key(request, path)
    if key is not None:
        cache.set(key, (page.content_type_id, page.pk, page.url_path), ROUTE.timeout)
