"""Where the language switcher and hreflang links point.

For a page we look for a live, public translation of the page itself; failing that, of its nearest
ancestor (the section, then the home page). One query, whatever the depth, and a link is only ever
produced for a page that exists and is live, so the switcher never leads to a 404.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from portal.caching.keys import LOCALE_CODES, memo
from portal.routing.sites import page_url
from portal.routing.visibility import public_q


def locale_codes() -> dict[int, str]:
    """Locale id -> language code; a handful of rows that change only when a language is added."""
    return memo(LOCALE_CODES, lambda: dict(Locale.objects.values_list("id", "language_code")))


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    is_current: bool
    exact: bool  # False when it falls back to an ancestor (e.g. the section) in that language
    page: Page | None = None  # the live page linked to, when there is one


def _ancestor_paths(page: Page) -> list[str]:
    step = page.steplen
    return [page.path[:end] for end in range(step * 2, len(page.path) + 1, step)]


def language_versions(page: Page | None, request=None) -> list[LanguageVersion]:
    """One entry per language; memoised on the request because the head and the switcher both ask."""
    memo = getattr(request, "_language_versions", None) if request is not None else None
    key = getattr(page, "pk", None)
    if memo is not None and key in memo:
        return memo[key]
    versions = _language_versions(page, request)
    if request is not None:
        request._language_versions = {**(memo or {}), key: versions}
    return versions


def _language_versions(page: Page | None, request) -> list[LanguageVersion]:
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    languages = settings.LANGUAGES
    if page is None or not getattr(page, "pk", None):
        return [LanguageVersion(code, name, f"/{code}/", code == current, False) for code, name in languages]

    paths = _ancestor_paths(page)
    candidates = (
        Page.objects.live()
        .filter(public_q())
        .filter(translation_key__in=Page.objects.filter(path__in=paths).values("translation_key"))
        .exclude(locale_id=page.locale_id)
        .only("id", "path", "depth", "url_path", "translation_key", "locale_id", "last_published_at")
        .order_by("-depth")
    )
    codes = locale_codes()
    best: dict[str, Page] = {}
    for candidate in candidates:
        code = codes.get(candidate.locale_id)
        exact = candidate.translation_key == page.translation_key
        if code not in best or exact:
            best[code] = candidate

    versions = []
    for code, name in languages:
        if code == codes.get(page.locale_id):
            url = page_url(page, request) or f"/{code}/"
            versions.append(
                LanguageVersion(code, name, url, code == current, True, page if page.live else None)
            )
        elif code in best:
            target = best[code]
            exact = target.translation_key == page.translation_key
            versions.append(
                LanguageVersion(code, name, page_url(target, request), code == current, exact, target)
            )
        else:
            versions.append(LanguageVersion(code, name, f"/{code}/", code == current, False))
    return versions


def hreflang_links(versions: list[LanguageVersion], request=None) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) for every live version of this very page, plus x-default.

    Only exact versions count: pointing search engines at a section as the "Hungarian version" of an
    article would be wrong. Every version lists the same set, so the links are reciprocal.
    """
    links = [(v.code, v.page.get_full_url(request)) for v in versions if v.exact and v.page is not None]
    if len(links) < 2:
        return []
    default = dict(links).get(settings.LANGUAGE_CODE[:2], links[0][1])
    return [*links, ("x-default", default)]
