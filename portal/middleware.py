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
