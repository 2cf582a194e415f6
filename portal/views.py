import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseRedirect
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.http import require_safe

from portal.links import absolute_url


@require_safe
def language_redirect(request):
    """`/` -> `/hu/` or `/en/`: the reader's saved choice (cookie), else Accept-Language, else the default."""
    language = translation.get_language_from_request(request, check_path=False)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    patch_cache_control(response, private=True, max_age=0)
    return response


@require_safe
def robots_txt(request):
    sitemaps = [reverse("sitemap")] + [reverse("news_sitemap", args=[code]) for code, _ in settings.LANGUAGES]
    lines = ["User-agent: *", "Disallow: /admin/"]
    lines += [f"Sitemap: {absolute_url(location, request)}" for location in sitemaps]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def server_error(request):
    """handler500: a database that is down or restarting gets the plain 503 page with Retry-After, from
    whichever layer it failed in (a middleware's site lookup, a view); anything else the 500 page.
    Neither page touches the database or the cache. CONN_HEALTH_CHECKS gives the next request a fresh
    connection, so the site recovers by itself once the database is back."""
    error = sys.exc_info()[1]
    unavailable = isinstance(error, (OperationalError, InterfaceError))
    template = "503.html" if unavailable else "500.html"
    response = HttpResponse(loader.get_template(template).render(), status=503 if unavailable else 500)
    if unavailable:
        response["Retry-After"] = "30"
    patch_cache_control(response, private=True, no_store=True)
    return response
