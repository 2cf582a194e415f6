"""Wagtail's page view, reached through remembered routes (portal.routing.memory) when they still hold.

The same steps as `wagtail.views.serve` (its `on_serve_page` and `before_serve_page` hooks included),
with the route found here: a remembered page in one query, else the tree walked from the home page of
the reader's language, loaded as a HomePage in one query (portal.routing.roots).
"""

from django.http import Http404, HttpResponse
from wagtail import hooks

from home.models import HomePage
from portal.routing import memory
from portal.routing.roots import localized_root
from portal.routing.sites import site_for


def _route(request, path: str):
    page = memory.recall(request, path)
    if page is not None:
        return page, [], {}
    home = localized_root(site_for(request), HomePage)
    if home is None:
        raise Http404
    page, args, kwargs = home.route(request, [component for component in path.split("/") if component])
    if not args and not kwargs and page.live:
        memory.remember(request, path, page)
    return page, args, kwargs


def serve(request, path):
    page, args, kwargs = _route(request, path)

    def serve_chain(page, request, args, kwargs):
        return page.serve(request, *args, **kwargs)

    chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        chain = fn(chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, args, kwargs)
