"""How reader pages are cached: their Cache-Control policy and, for articles, the rendered page in Redis."""

from django.http import HttpResponse

from portal import fragments
from portal.http_cache import PRIVATE, apply_policy, has_session


def shareable(page, request) -> bool:
    """A response everybody may be given: an anonymous GET of a public page, not a preview."""
    return (
        request.method in ("GET", "HEAD")
        and not getattr(request, "is_preview", False)
        and not has_session(request)
        and not page.may_be_restricted()  # news.routing.ViewRestrictionsInOneQueryMixin
    )


def _per_reader(request, response) -> bool:
    """The rendering used something of this reader's (a CSRF token, the session): never keep it for others.
    CsrfViewMiddleware only sets its cookie later, so the request's own markers are asked."""
    session = getattr(request, "session", None)
    return bool(
        request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or (session is not None and session.accessed)
        or response.cookies
        or "cookie" in response.headers.get("Vary", "").lower()
    )


class CachePolicyMixin:
    """Pages declare `cache_policy` (a portal.http_cache policy); per-reader requests stay private.
    Used with news.routing.ViewRestrictionsInOneQueryMixin, which tells whether a page may be private.

    With `rendered_cache_generations` (a method returning generation names, see portal.fragments), the
    rendered HTML of shareable requests is kept in Redis, so an uncached request skips the template and
    every query the template context needs.
    """

    cache_policy = "front"

    def rendered_cache_generations(self) -> tuple[str, ...] | None:
        return None

    def rendered_cache_variant(self, request) -> str | None:
        """Which variant of the page the request asks for; None: this request is not kept (any query
        string the page does not understand, so hostile URLs cannot fill the cache)."""
        return None if request.GET else ""

    def serve(self, request, *args, **kwargs):
        if getattr(request, "is_preview", False):
            return super().serve(request, *args, **kwargs)
        if not shareable(self, request):
            return apply_policy(super().serve(request, *args, **kwargs), PRIVATE)
        names = self.rendered_cache_generations()
        variant = self.rendered_cache_variant(request) if names is not None else None
        if variant is None:
            return apply_policy(super().serve(request, *args, **kwargs), self.cache_policy)
        try:
            key = fragments.page_key(*fragments.page_parts(self, request, names, variant))
        except Exception:  # noqa: BLE001  (Redis down: render as if nothing were cached)
            return apply_policy(super().serve(request, *args, **kwargs), self.cache_policy)
        html = fragments.read(key)
        if html is not None:
            return apply_policy(HttpResponse(html), self.cache_policy)
        response = super().serve(request, *args, **kwargs)
        if hasattr(response, "render"):
            response.render()
        if response.status_code == 200 and not _per_reader(request, response):
            fragments.write(key, response.content.decode())
        return apply_policy(response, self.cache_policy)
