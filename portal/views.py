import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.db.models import Subquery
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.http import require_safe
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from home.models import HomePage
from portal import routes


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
    lines += [f"Sitemap: {request.build_absolute_uri(location)}" for location in sitemaps]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def localized_home(site: Site | None) -> Page | None:
    """The site root's translation in the active language, already specific, in one query.

    Wagtail resolves it as root page -> `.localized` -> `.specific`: up to three queries per request.
    """
    if site is None:
        return None
    language = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
    root = Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]
    return HomePage.objects.filter(translation_key=Subquery(root), locale__language_code=language).first()


def serve(request, path):
    """Wagtail's page view, routed from a remembered route when it still holds (portal.routes), else
    from the home page resolved by `localized_home`."""
    if not hasattr(request, "_wagtail_route_for_request"):
        site = Site.find_for_request(request)
        page = routes.recall(site, path)
        if page is not None:
            request._wagtail_route_for_request = RouteResult(page)
        else:
            home = localized_home(site)
            if home is not None:
                try:
                    result = home.route(request, [c for c in path.split("/") if c])
                except Http404:
                    result = None
                request._wagtail_route_for_request = result
                if result is not None and not result.args and not result.kwargs and result.page.live:
                    routes.remember(site, path, result.page)
    return wagtail_views.serve(request, path)


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
