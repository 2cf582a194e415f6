"""Which URLs a change makes stale in the front cache (Varnish or a CDN), as absolute URLs on the Site's
host. Plain functions, called by the pipeline's tasks (and, for a deletion only, by its receiver
before the rows are gone).

The front cache bans a path together with its query variants (`?page=2` of a section, `?p=2` of the
sitemap), so each path is listed once, without a query.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site

from news.audio.links import reading_url
from news.models import ArticleAudio, ArticlePage, RelatedArticle, SectionPage


def _site_roots() -> list[str]:
    return [site.root_url for site in Site.objects.all()]


def _page_urls(pages) -> set[str]:
    urls = set()
    for page in pages:
        url = page.get_full_url()
        if url:
            urls.add(url)
    return urls


def shared_urls(roots: list[str] | None = None) -> set[str]:
    """What every publication changes: the home pages and feeds in every language, and the sitemaps."""
    paths = {reverse("sitemap"), reverse("sitemap_pages")}
    for code, _name in settings.LANGUAGES:
        paths.add(reverse("news_sitemap", args=[code]))
        with translation.override(code):
            paths.add(reverse("feed"))
    urls = {root + path for root in (roots or _site_roots()) for path in paths}
    return urls | _page_urls(home_pages())


def home_pages():
    """The live translations of every site's root page (the home page in each language)."""
    roots = Page.objects.filter(pk__in=Site.objects.values("root_page_id")).values("translation_key")
    return Page.objects.live().filter(translation_key__in=roots)


def article_versions(article: ArticlePage) -> list[ArticlePage]:
    """The article in every language it exists in (itself included, live or not)."""
    return list(ArticlePage.objects.filter(translation_key=article.translation_key).select_related("locale"))


def articles_showing(article_ids) -> list[ArticlePage]:
    """Live articles whose stored related block lists one of `article_ids` (their cards show its title)."""
    showing = RelatedArticle.objects.filter(related_id__in=article_ids).values("article_id")
    return list(ArticlePage.objects.live().filter(pk__in=showing))


def section_urls(sections, roots: list[str] | None = None) -> set[str]:
    """Each section front and its feed."""
    roots = roots or _site_roots()
    urls = _page_urls(sections)
    for section in sections:
        with translation.override(section.locale.language_code):
            path = reverse("section_feed", kwargs={"section": section.slug})
        urls |= {root + path for root in roots}
    return urls


@dataclass(frozen=True)
class ArticleChange:
    """What an article's publication, withdrawal or deletion touches, loaded once for both caches."""

    versions: list[ArticlePage]  # the article itself and its live translations
    showing: list[ArticlePage]  # live articles whose related cards show one of them


def article_change(article: ArticlePage) -> ArticleChange:
    versions = [v for v in article_versions(article) if v.live or v.pk == article.pk]
    return ArticleChange(versions=versions, showing=articles_showing([v.pk for v in versions]))


def article_purge_urls(article: ArticlePage, change: ArticleChange | None = None) -> set[str]:
    """After `article` is published, unpublished or deleted: the article in every language, their
    section fronts and feeds, the homes, the sitemaps, and every article whose related block shows it."""
    change = change or article_change(article)
    roots = _site_roots()
    parent_paths = {version.path[: -version.steplen] for version in change.versions}
    sections = list(SectionPage.objects.filter(path__in=parent_paths).select_related("locale"))
    return (
        _page_urls(change.versions)
        | section_urls(sections, roots)
        | shared_urls(roots)
        | _page_urls(change.showing)
        | reading_urls(change.versions, roots)
    )


def reading_urls(articles, roots: list[str]) -> set[str]:
    """Their readings (news.audio.serving): an unpublished article's must not stay in the front cache."""
    ids = [article.pk for article in articles]
    readings = ArticleAudio.objects.filter(article_id__in=ids, document__isnull=False).select_related(
        "article", "document"
    )
    pairs = [(reading.article, reading.document) for reading in readings]
    recorded = (
        ArticlePage.objects.filter(pk__in=ids).exclude(recorded_audio=None).select_related("recorded_audio")
    )
    pairs += [(article, article.recorded_audio) for article in recorded]
    return {root + reading_url(article, document) for article, document in pairs for root in roots}


def related_purge_urls(article_ids) -> set[str]:
    """Exactly the articles whose related blocks changed."""
    return _page_urls(ArticlePage.objects.filter(pk__in=list(article_ids)))


def everything() -> list[str]:
    """A change shown on every page (navigation, branding, an author's name): each site, whole."""
    return [root + "/" for root in _site_roots()]
