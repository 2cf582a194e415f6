"""Rendered reader pages kept in Redis, under keys that change whenever their content may have changed.

A key is built from the page row as routed from the database (its id and live revision, so a publish
is a new key the moment it commits) plus *generations*: tokens in the cache that are replaced, never
incremented, when something outside the page's own revision changes:

- `site`: navigation, branding, authors, topics, images, any non-article page (rare, editor-driven);
- `story:<translation_key>`: shared by every language version of an article: a translation published
  or withdrawn (language switcher, "translated from" note), its related block or its reading changed.

A missing generation (evicted, or a fresh Redis) is created with a new token, so an old entry can never
be picked up again. When Redis is down, pages are rendered as if nothing were cached.
"""

import hashlib
import logging
import time

from django.core.cache import cache
from django.utils import timezone

logger = logging.getLogger(__name__)

SITE = "site"
GENERATION_KEY = "gen:{name}"
PAGE_KEY = "page:{digest}"
PAGE_TIMEOUT = 6 * 3600


class CacheUnavailable(Exception):
    """A generation could not be read or created: render without the rendered-page cache."""


def front(locale_id) -> str:
    """The home and section fronts of a language: every article published or withdrawn in it."""
    return f"front:{locale_id}"


def story(translation_key) -> str:
    return f"story:{translation_key}"


def _token() -> str:
    return f"{time.time_ns():x}"


def generations(*names: str) -> tuple[str, ...]:
    """Current tokens for `names` in one round trip (more when some are missing).
    Raises CacheUnavailable when the cache is down."""
    keys = [GENERATION_KEY.format(name=name) for name in names]
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            cache.add(key, _token(), None)
            found[key] = cache.get(key)
            if found[key] is None:
                raise CacheUnavailable(key)
    return tuple(str(found[key]) for key in keys)


def bump(*names: str) -> None:
    """Replace the tokens of `names`: every entry keyed with the old ones is unreachable from now on."""
    if not names:
        return
    try:
        cache.set_many({GENERATION_KEY.format(name=name): _token() for name in dict.fromkeys(names)}, None)
    except Exception:  # Redis down: nothing cached can be read either
        logger.warning("cache unavailable; generations %s not bumped", names, exc_info=True)


def page_key(*parts) -> str:
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()
    return PAGE_KEY.format(digest=digest)


def page_parts(page, request, names: tuple[str, ...], variant: str = "") -> tuple:
    """What a rendered page depends on besides `names`: its row, the host it is served on, today's date,
    and the variant of the page the request asked for (a section's page number)."""
    return (
        page.pk,
        variant,
        page.live_revision_id,
        page.last_published_at,
        request.get_host(),
        timezone.localdate().isoformat(),
        generations(*names),
    )


def read(key: str) -> str | None:
    try:
        return cache.get(key)
    except Exception:
        logger.warning("cache unavailable; rendering without it", exc_info=True)
        return None


def write(key: str, html: str, timeout: int = PAGE_TIMEOUT) -> None:
    try:
        cache.set(key, html, timeout)
    except Exception:
        logger.warning("cache unavailable; rendered page not kept", exc_info=True)
