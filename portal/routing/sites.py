"""The Wagtail Site serving a request, without a query per request.

Wagtail finds it with a query on every request that asks (`Site.find_for_request`), and `page.get_url`
asks even on a single-site install: measured at 1.7 ms of a Varnish miss (bench/README.md). Here the
answer per host and port is kept in the cache under the `site` generation, which the publish pipeline
replaces when a Site changes, and URLs are built with it (`page_url`), through public Wagtail API only.
"""

from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from portal.caching.generations import CacheUnavailable, site_generation
from portal.caching.keys import SITE_FOR_HOST, memo


def _lookup(hostname: str, port) -> Site | None:
    try:
        return get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None


def site_for(request) -> Site | None:
    """The Site for `request` (a host ALLOWED_HOSTS accepted), remembered on the request too."""
    if request is None:
        return None
    if not hasattr(request, "portal_site"):
        hostname, port = split_domain_port(request.get_host())[0], request.get_port()
        try:
            generation = site_generation(request)
        except CacheUnavailable:
            request.portal_site = _lookup(hostname, port)
        else:
            request.portal_site = memo(
                SITE_FOR_HOST,
                lambda: _lookup(hostname, port),
                generation=generation,
                host=hostname,
                port=port,
            )
    return request.portal_site


def page_url(page, request=None) -> str | None:
    """`page.get_url(request)` with the remembered Site (Wagtail would look it up again)."""
    return page.get_url(request, current_site=site_for(request))
