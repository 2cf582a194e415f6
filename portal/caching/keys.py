"""Every key this project keeps in the cache, declared once.

Code never writes a key string of its own: it names an entry here (`keys.BRANDING.key(language="hu")`),
reads through `memo()` (get, else compute and keep), and the publish pipeline (news.pipeline) drops
entries with `forget()` after the transaction that changed their inputs has committed. An entry says
what it holds, how long, and what drops it, so this page is the list of everything that can be stale.

Rendered pages are not listed one by one: they live under PAGE and are invalidated by replacing the
GENERATION tokens in their keys (portal.caching.generations).
"""

from dataclasses import dataclass

from django.core.cache import cache

HOUR, DAY = 3600, 86400


@dataclass(frozen=True)
class CacheKey:
    template: str
    timeout: int | None  # seconds; None keeps it until it is dropped or evicted
    dropped_by: str  # what makes it stale (the pipeline's event, or only its lifetime)

    def key(self, **params) -> str:
        return self.template.format(**params)


# Shown on every page: dropped by the pipeline after commit.
BRANDING = CacheKey("branding:{language}", HOUR, "site branding saved or deleted")
NAV = CacheKey("nav:{language}", HOUR, "a section or the home page published, unpublished, moved, deleted")
REPORT_PAGE = CacheKey("report-page:{language}", HOUR, "a report page published, unpublished, deleted")
LOCALE_CODES = CacheKey("locale-codes", DAY, "a locale added or removed")
# Authorisation data: which subtrees are private (portal.routing.visibility).
RESTRICTED_PATHS = CacheKey(
    "restricted-page-paths:{stamp}", HOUR, "the privacy stamp in PostgreSQL (portal.routing.privacy) moving"
)
# Which Site serves a host (portal.routing.sites), under the site generation.
SITE_FOR_HOST = CacheKey("site:{generation}:{host}:{port}", DAY, "the site generation (a Site saved)")
# Route memory (portal.routing.memory): a hint checked against the page row on every use.
ROUTE = CacheKey("route:{generation}:{host}:{language}:{path}", DAY, "the site generation; pages checked")
# Rendered reader pages (portal.caching.rendered) and the tokens their keys are built from.
GENERATION = CacheKey("gen:{name}", None, "replaced by the pipeline (generations.bump)")
PAGE = CacheKey("page:{digest}", 6 * HOUR, "unreachable once a generation or revision in its key moves")
# Search (search app).
SEARCH_OPTIONS = CacheKey("search:options:{locale_id}", 600, "a section, topic or author changed")
SEARCH_PROMOTED = CacheKey("search:promoted-queries", HOUR, "a promoted search result changed")
SEARCH_CUTOFFS = CacheKey(
    "search:cutoffs:{locale_id}", 600, "its lifetime only (an older cutoff only widens a tier)"
)
# Related articles (news.related): work claims and slowly moving frequencies.
RELATED_PENDING = CacheKey("related:pending:{article_id}", 120, "the refresh task starting")
RELATED_TOTAL = CacheKey("related:n:{locale_id}", HOUR, "its lifetime only (an hour-old idf ranks the same)")
RELATED_DF = CacheKey("related:df:{locale_id}:{topic_id}", HOUR, "its lifetime only")
# Counters (portal.lockout, portal.ratelimit) and the health probe.
LOGIN_FAILURES = CacheKey("lockout:{kind}:{value}", 15 * 60, "its window; a login (that account, address)")
LOGIN_TURN = CacheKey("login-turn:{value}", None, "its interval (portal.lockout.ACCOUNT_INTERVAL)")
RATE_LIMIT = CacheKey("ratelimit:{key}", None, "its window")
HEALTH = CacheKey("healthz", 10, "its lifetime only")

REGISTRY = {name: value for name, value in list(globals().items()) if isinstance(value, CacheKey)}

_MISSING = object()


def memo(entry: CacheKey, compute, **params):
    """The cached value of `entry`, else `compute()` kept for the entry's lifetime. A cache outage
    reads as a miss (the client ignores it), so the value is computed from the database."""
    key = entry.key(**params)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, entry.timeout)
    return value


def forget(*entries: tuple[CacheKey, dict]) -> None:
    """Drop (entry, params) pairs now. The pipeline calls this from its task, after commit."""
    keys = [entry.key(**params) for entry, params in entries]
    if keys:
        cache.delete_many(keys)
