"""Cache-Control per kind of response, and a middleware that keeps shared caches away from private ones.

Reader pages are built to be shared: they carry no CSRF token, session or nonce, so Varnish (or a CDN)
may keep one copy for everybody. Shared caches keep them long (`s-maxage`) because every change purges
them (portal.caching.frontcache); browsers keep them briefly (`max-age`), since nobody can purge a browser.
"""

import functools
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.cache import patch_cache_control

# name -> (browser max-age, shared-cache s-maxage), in seconds.
POLICIES = {
    # Purged on publish, unpublish, related-block change and audio; the TTL is only a safety net.
    "article": (60, 86400),
    # Home and section fronts list the newest articles: purged on every publish in them.
    "front": (60, 3600),
    # RSS, sitemaps: purged on publish; readers and crawlers poll them.
    "feed": (300, 3600),
    # Search results cannot be purged one by one (any query): a short TTL bounds their age.
    "search": (60, 60),
    # A 404 kept briefly protects the backend from a flood of bad URLs; publishing purges the URL.
    "not_found": (60, 60),
    # An article's reading: a new reading is a new URL; unpublishing purges it (news.audio.serving).
    "reading": (365 * 86400, 365 * 86400),
}
PRIVATE = "private"  # per-reader pages: forms with a CSRF token, newsletter steps, redirects by cookie
NEVER = "never"  # the admin, previews: never stored anywhere
ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def seconds_to_midnight(now: datetime | None = None) -> int:
    """Seconds until the next local midnight: every page shows today's date in its masthead."""
    now = timezone.localtime(now)
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return max(1, int((midnight - now).total_seconds()))


def apply_policy(response, policy: str, *, now: datetime | None = None):
    """Set Cache-Control on `response` for `policy` (a POLICIES key, PRIVATE or NEVER)."""
    if policy == NEVER:
        response.headers.pop("Cache-Control", None)
        patch_cache_control(response, private=True, no_cache=True, no_store=True, max_age=0)
    elif policy == PRIVATE:
        response.headers.pop("Cache-Control", None)
        patch_cache_control(response, private=True, no_cache=True, max_age=0)
    else:
        max_age, shared = POLICIES[policy]
        shared = min(shared, seconds_to_midnight(now))
        patch_cache_control(response, public=True, max_age=min(max_age, shared), s_maxage=shared)
    response._cache_policy = policy
    return response


def cache_policy(policy: str):
    """View decorator: the response of a successful GET gets `policy`; anything else stays private."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            if request.method in ("GET", "HEAD") and response.status_code == 200:
                return apply_policy(response, policy)
            return apply_policy(response, PRIVATE)

        return wrapped

    return decorator


def has_session(request) -> bool:
    """A signed-in editor (or anyone holding a session) gets pages nobody else may see."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def is_shared(request, response=None) -> bool:
    """The one rule for what a shared cache (Varnish, a CDN, the rendered copies in Redis) may keep:
    an anonymous GET or HEAD, not a preview, whose response carries nothing of this reader's: no
    cookie set, no `Vary: Cookie`, no CSRF token or session used while rendering (CsrfViewMiddleware
    sets its cookie only later, so the request's own marker is asked)."""
    if request.method not in ("GET", "HEAD") or getattr(request, "is_preview", False) or has_session(request):
        return False
    if response is None:
        return True
    session = getattr(request, "session", None)
    return not (
        response.cookies
        or "cookie" in response.headers.get("Vary", "").lower()
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or (session is not None and session.accessed)
    )


class CacheHeadersMiddleware:
    """The last word on Cache-Control, so no response is shared by accident.

    - the admin and previews are never stored;
    - a response that sets a cookie, varies on Cookie, or answers a request with a session is private,
      whatever its view asked for (it may hold a CSRF token or somebody's data);
    - a response nobody gave a policy is private: sharing is opt-in.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIXES) or getattr(request, "is_preview", False):
            return apply_policy(response, NEVER)
        policy = getattr(response, "_cache_policy", None)
        if policy is None and response.status_code == 404 and is_shared(request, response):
            return apply_policy(response, "not_found")
        if policy in POLICIES:
            return response if is_shared(request, response) else apply_policy(response, PRIVATE)
        if policy is None and "Cache-Control" not in response.headers:
            return apply_policy(response, PRIVATE)
        return response
