"""Absolute URLs on the origin Wagtail uses for page URLs (the Site's root URL), so feeds, structured
data and e-mails point at the same host as canonical and hreflang links."""

from django.conf import settings
from wagtail.models import Site

from portal.routing.sites import site_for


def absolute_url(path: str, request=None) -> str:
    if path.startswith(("http://", "https://")):  # already absolute (media on a CDN or object storage)
        return path
    site = site_for(request)  # remembered per host (portal.routing.sites)
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_url + path
    # Never the request's Host: a forged one must not end up in feeds, sitemaps or e-mails.
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
