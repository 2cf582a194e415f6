"""Generations: tokens in the cache that are replaced, never incremented, when something changes that
a family of cached entries depends on. An entry's key includes the tokens it depends on, so replacing
a token makes every entry built with the old one unreachable at once, with no list of keys to delete.

- `site`: navigation, branding, authors, topics, images, any non-article page (rare, editor-driven);
- `front:<locale_id>`: the home and section fronts of a language (an article published or withdrawn);
- `story:<translation_key>`: every language version of an article (a translation published or withdrawn,
  its related block or its reading changed).

A missing token (evicted, or a fresh Redis) is created anew, so an old entry can never be picked up
again. Only the publish pipeline (news.pipeline) bumps, from its tasks, after commit.
"""

import logging
import time

from django.core.cache import cache

from portal.caching.keys import GENERATION

logger = logging.getLogger(__name__)

SITE = "site"


class CacheUnavailable(Exception):
    """A token could not be read or created: serve without the entries that depend on it."""


def front(locale_id) -> str:
    return f"front:{locale_id}"


def story(translation_key) -> str:
    return f"story:{translation_key}"


def _token() -> str:
    return f"{time.time_ns():x}"


def generations(*names: str) -> tuple[str, ...]:
    """Current tokens for `names` in one round trip (more when some are missing).
    Raises CacheUnavailable when the cache is down."""
    keys = [GENERATION.key(name=name) for name in names]
    found = dict(cache.get_many(keys))  # a copy: django-redis answers an outage with a shared {}
    for key in keys:
        if key not in found:
            cache.add(key, _token(), None)
            found[key] = cache.get(key)
            if found[key] is None:
                raise CacheUnavailable(key)
    return tuple(str(found[key]) for key in keys)


def site_generation(request) -> str:
    """The `site` token, read once per request: remembered routes and the Site per host both key on it.
    Raises CacheUnavailable when the cache is down."""
    if not hasattr(request, "portal_site_generation"):
        (request.portal_site_generation,) = generations(SITE)
    return request.portal_site_generation


def bump(*names: str) -> None:
    """Replace the tokens of `names`: every entry keyed with the old ones is unreachable from now on."""
    names = tuple(dict.fromkeys(name for name in names if name))
    if names:
        cache.set_many({GENERATION.key(name=name): _token() for name in names}, None)
