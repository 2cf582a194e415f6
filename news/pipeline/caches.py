"""Dropping what a change made stale, in the order readers notice it: cache generations and registry
keys first (Redis, in this process), then the front-cache purge (a task of its own, with retries).

Called by the pipeline's tasks (news.pipeline.tasks) after commit, and by the follow-up tasks
(related blocks, readings) for exactly the articles whose output they changed.
"""

from django.conf import settings
from wagtail.models import Locale

from news.models import ArticlePage
from news.pipeline import purge
from portal.caching import frontcache, keys
from portal.caching.generations import SITE, bump, front, story


def _stale_generations(article: ArticlePage, change: purge.ArticleChange) -> list[str]:
    """The fronts of its languages, every language version of it and the articles showing it."""
    return [
        *(front(version.locale_id) for version in change.versions),
        story(article.translation_key),
        *(story(showing.translation_key) for showing in change.showing),
    ]


def article_changed(article: ArticlePage) -> None:
    """Published or unpublished: its generations (above) in Redis; its URLs, fronts, feeds, sitemaps and
    the articles whose related cards show it in the front cache."""
    change = purge.article_change(article)
    bump(*_stale_generations(article, change))
    frontcache.purge(purge.article_purge_urls(article, change))


def snapshot_deleted_article(article: ArticlePage) -> dict:
    """What a deletion makes stale, taken in the request before the rows go (the only place where
    URLs are computed before commit): plain data for `deleted_article_changed`."""
    change = purge.article_change(article)
    return {
        "article_id": article.pk,
        "generations": _stale_generations(article, change),
        "urls": sorted(purge.article_purge_urls(article, change)),
        "showing": [showing.pk for showing in change.showing if showing.pk != article.pk],
    }


def deleted_article_changed(snapshot: dict) -> None:
    bump(*snapshot["generations"])
    frontcache.purge(snapshot["urls"])


def articles_changed(article_ids) -> None:
    """These articles render differently (their related block or reading changed): their language
    versions in Redis, their own URLs in the front cache."""
    article_ids = list(article_ids)
    if not article_ids:
        return
    translation_keys = ArticlePage.objects.filter(pk__in=article_ids).values_list(
        "translation_key", flat=True
    )
    bump(*(story(key) for key in translation_keys))
    frontcache.purge(purge.related_purge_urls(article_ids))


def everything_changed(*, ban_again_after=None) -> None:
    """A change shown on every page (navigation, branding, a byline, a topic, a picture, a moved or
    private subtree, a site): every key derived from them, the `site` generation (every rendered page
    and remembered route), and every site banned whole in the front cache. Rare, editor-driven."""
    languages = [code for code, _name in settings.LANGUAGES]
    keys.forget(
        (keys.LOCALE_CODES, {}),
        *(
            (entry, {"language": code})
            for entry in (keys.BRANDING, keys.NAV, keys.REPORT_PAGE)
            for code in languages
        ),
        *((keys.SEARCH_OPTIONS, {"locale_id": pk}) for pk in Locale.objects.values_list("pk", flat=True)),
    )
    bump(SITE)
    frontcache.purge(prefixes=purge.everything(), again_after=ban_again_after)
