"""Sitemaps for search engines: every live, public page in both languages with its hreflang
alternates, and a Google News sitemap per language with the last 48 hours of articles.

/sitemap.xml is an index of /sitemap-pages.xml (paginated at PAGE_LIMIT URLs) and the news sitemaps,
which robots.txt also lists. Alternates come from the translation key: every live version of the same
page, plus x-default, listed identically on each version, so they are reciprocal by construction.
"""

from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from news.models import ArticlePage
from portal.i18n import locale_codes
from portal.links import absolute_url
from portal.routing.visibility import public_q

PAGE_LIMIT = 5000  # URLs per sitemap page; the protocol allows 50,000 but each needs its alternates
NEWS_WINDOW = timedelta(hours=48)  # Google News reads only articles of the last two days
NEWS_LIMIT = 1000  # and at most this many per sitemap
_FIELDS = ("id", "path", "depth", "url_path", "translation_key", "locale_id", "last_published_at")


def _visible_pages():
    return Page.objects.live().filter(public_q())


def alternates_by_key(translation_keys) -> dict:
    """translation_key -> [(language code, page)] of every live, public version, in LANGUAGES order."""
    codes = locale_codes()
    order = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}
    found = defaultdict(list)
    for page in _visible_pages().filter(translation_key__in=set(translation_keys)).only(*_FIELDS):
        code = codes.get(page.locale_id)
        if code:
            found[page.translation_key].append((code, page))
    for versions in found.values():
        versions.sort(key=lambda version: order.get(version[0], len(order)))
    return found


def hreflang_entries(versions, request=None) -> list[dict]:
    """Sitemap alternates for one set of versions: each language, then x-default (the default
    language's version, else the first); nothing when only one language exists."""
    if len(versions) < 2:
        return []
    entries = [{"lang_code": code, "location": page.get_full_url(request)} for code, page in versions]
    default = next((e for e in entries if e["lang_code"] == settings.LANGUAGE_CODE[:2]), entries[0])
    return [*entries, {"lang_code": "x-default", "location": default["location"]}]


class PageSitemap(Sitemap):
    limit = PAGE_LIMIT

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        under_a_root = Q()
        for root in roots:
            under_a_root |= Q(path__startswith=root.path)
        return _visible_pages().filter(under_a_root).order_by("path").only(*_FIELDS)

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        versions = alternates_by_key(page.translation_key for page in pages)
        urls = [
            {
                "item": page,
                "location": page.get_full_url(self.request),
                "lastmod": page.last_published_at,
                "alternates": hreflang_entries(versions.get(page.translation_key, []), self.request),
            }
            for page in pages
        ]
        dates = [url["lastmod"] for url in urls if url["lastmod"]]
        self.latest_lastmod = max(dates) if dates else None
        return urls


def news_articles(language: str, *, now=None):
    now = now or timezone.now()
    return (
        ArticlePage.objects.visible()
        .filter(locale__language_code=language, first_published_at__gte=now - NEWS_WINDOW)
        .only("id", "url_path", "title", "first_published_at", "locale_id")
        .order_by("-first_published_at", "-pk")[:NEWS_LIMIT]
    )


@require_safe
def news_sitemap(request, language):
    if language not in dict(settings.LANGUAGES):
        raise Http404("No such language")
    articles = [
        {"location": a.get_full_url(request), "title": a.title, "published": a.first_published_at}
        for a in news_articles(language)
    ]
    context = {"articles": articles, "language": language, "name": settings.WAGTAIL_SITE_NAME}
    return render(request, "sitemaps/news.xml", context, content_type="application/xml")


@require_safe
def sitemap_index(request):
    sitemap = PageSitemap(request)
    locations = [
        absolute_url(reverse("sitemap_pages"), request) + (f"?p={number}" if number > 1 else "")
        for number in sitemap.paginator.page_range
    ]
    locations += [
        absolute_url(reverse("news_sitemap", args=[code]), request) for code, _name in settings.LANGUAGES
    ]
    return render(request, "sitemaps/index.xml", {"locations": locations}, content_type="application/xml")
