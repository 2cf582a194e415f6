import contextlib

from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class PrefixOnlyLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware without its redirect of unknown paths.

    Stock LocaleMiddleware answers a 404 by redirecting `/xx/...` to `/en/xx/...`, which turns typos
    and unknown language prefixes into redirect chains. Here `/` has its own view (portal.views) and
    everything else is either prefixed with a real language or a plain 404.
    """

    def process_response(self, request, response):
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


SITE_CACHE_KEY = "wagtail-site-by-host"
SITE_CACHE_MAX_HOSTS = 100


class CachedSiteMiddleware:
    """Find the request's Wagtail Site from the cache instead of a query on every request.

    Wagtail looks the Site up per request (and keeps it on `request._wagtail_site`); sites change
    rarely, so the answer per host:port is cached and dropped whenever a Site is saved or deleted
    (portal.signals). Runs after CommonMiddleware, so only allowed hosts reach it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = self._site(request)
        return self.get_response(request)

    def _site(self, request):
        from django.core.cache import cache
        from django.http.request import split_domain_port
        from wagtail.models import Site

        host = (split_domain_port(request._get_raw_host())[0], request.get_port())
        try:
            known = cache.get(SITE_CACHE_KEY) or {}
        except Exception:  # noqa: BLE001  (cache down: ask the database, as Wagtail would)
            return Site._find_for_request(request)
        if host in known:
            return known[host]
        site = Site._find_for_request(request)
        if len(known) < SITE_CACHE_MAX_HOSTS:
            with contextlib.suppress(Exception):  # a cache outage only costs the next lookup
                cache.set(SITE_CACHE_KEY, {**known, host: site}, 3600)
        return site
