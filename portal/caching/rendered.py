"""Rendered reader pages kept in Redis, and the Cache-Control policy every page declares.

A rendered page's key is built from the page row as routed from the database (its id and live
revision, so a publish is a new key the moment it commits), the host, today's date, the variant the
request asked for, and the generations the page depends on (portal.caching.generations). Nothing is
ever deleted: a change moves a revision or a generation and the old copy is unreachable. When Redis is
down, pages are rendered as if nothing were cached.
"""

import hashlib

from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone

from portal.caching.generations import CacheUnavailable, generations
from portal.caching.keys import PAGE
from portal.caching.policy import PRIVATE, apply_policy, is_shared
from portal.routing import privacy


def page_key(*parts) -> str:
    return PAGE.key(digest=hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest())


def page_parts(page, request, names: tuple[str, ...], variant: str = "") -> tuple:
    """What a rendered page depends on besides its generations: its row, the host it is served on,
    today's date (the masthead shows it), the variant of the page (a section's page number), and the
    privacy stamp from PostgreSQL (a front must not list a newly private article, whatever Redis kept)."""
    return (
        page.pk,
        variant,
        page.live_revision_id,
        page.last_published_at,
        request.get_host(),
        timezone.localdate().isoformat(),
        generations(*names),
        privacy.current(),
    )


class CachePolicyMixin:
    """Pages declare `cache_policy` (a portal.caching.policy name); per-reader requests stay private.
    Used with portal.routing.visibility.ViewRestrictionsInOneQueryMixin, which tells whether a page
    may be private.

    With `rendered_cache_generations` (a method returning generation names), the rendered HTML of
    shared requests is kept in Redis, so an uncached request skips the template and every query its
    context needs.
    """

    cache_policy = "front"

    def rendered_cache_generations(self) -> tuple[str, ...] | None:
        return None

    def rendered_cache_variant(self, request) -> str | None:
        """Which variant of the page the request asks for ("" for the page itself); None: not kept.

        Parameters the page does not read do not change its HTML, so they are left out of the key: a
        random query string is served from the same rendered copy instead of bypassing it (and cannot
        fill the cache either)."""
        return ""

    def serve(self, request, *args, **kwargs):
        if getattr(request, "is_preview", False):
            return super().serve(request, *args, **kwargs)
        if not is_shared(request) or self.may_be_restricted():
            return apply_policy(super().serve(request, *args, **kwargs), PRIVATE)
        names = self.rendered_cache_generations()
        variant = self.rendered_cache_variant(request) if names is not None else None
        if variant is None:
            return apply_policy(super().serve(request, *args, **kwargs), self.cache_policy)
        try:
            key = page_key(*page_parts(self, request, names, variant))
        except CacheUnavailable:
            return apply_policy(super().serve(request, *args, **kwargs), self.cache_policy)
        html = cache.get(key)
        if html is not None:
            return apply_policy(HttpResponse(html), self.cache_policy)
        response = super().serve(request, *args, **kwargs)
        if hasattr(response, "render"):
            response.render()
        if response.status_code == 200 and is_shared(request, response):
            cache.set(key, response.content.decode(), PAGE.timeout)
        return apply_policy(response, self.cache_policy)
