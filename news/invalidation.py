"""What a change makes stale, dropped from both caches: the rendered pages in Redis (portal.fragments,
synchronously after commit, so the next request renders afresh) and the front cache (portal.frontcache,
from a task, since it talks to Varnish over the network).

Articles are invalidated precisely (news.purge); anything shown on every page (navigation, branding,
authors, topics, images, a moved page) drops everything, as these edits are rare and a stale byline on
some article would be worse than a cold cache.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.models import PortalImage, SiteBranding
from news import purge
from news.models import ArticleAudio, ArticlePage, Author, Topic
from news.related_service import related_blocks_changed
from portal import fragments, frontcache


def _after_commit_bump(*names: str) -> None:
    transaction.on_commit(lambda: fragments.bump(*names))


def invalidate_article(article: ArticlePage) -> None:
    """Published, unpublished or deleted: the article, its translations, fronts, feeds, sitemaps, and
    the articles whose related cards show it."""
    change = purge.article_change(article)
    _after_commit_bump(
        *{fragments.front(version.locale_id) for version in change.versions},
        fragments.story(article.translation_key),
        *(fragments.story(a.translation_key) for a in change.showing),
    )
    frontcache.enqueue(purge.article_purge_urls(article, change))


def invalidate_everything() -> None:
    _after_commit_bump(fragments.SITE)
    frontcache.enqueue(prefixes=purge.everything())


@receiver([page_published, page_unpublished])
def page_changed(sender, instance, **kwargs):
    if isinstance(instance, ArticlePage):
        invalidate_article(instance)
    else:  # a section, a home, a form page: in the navigation, footer or fronts of every page
        invalidate_everything()


@receiver(pre_delete, sender=ArticlePage)
def article_deleted(sender, instance, **kwargs):
    if instance.live:
        invalidate_article(instance)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    # Every URL under the old and the new place changes; both are in the whole-site ban.
    invalidate_everything()


@receiver(related_blocks_changed)
def related_changed(sender, article_ids, **kwargs):
    keys = ArticlePage.objects.filter(pk__in=list(article_ids)).values_list("translation_key", flat=True)
    fragments.bump(*(fragments.story(key) for key in keys))  # sent after commit already
    frontcache.enqueue(purge.related_purge_urls(article_ids))


@receiver([post_save, post_delete], sender=ArticleAudio)
def reading_changed(sender, instance, **kwargs):
    article = ArticlePage.objects.filter(pk=instance.article_id).first()
    if article is not None:
        _after_commit_bump(fragments.story(article.translation_key))
        frontcache.enqueue(purge.related_purge_urls([article.pk]))


@receiver([post_save, post_delete], sender=Author)
@receiver([post_save, post_delete], sender=Topic)
@receiver([post_save, post_delete], sender=SiteBranding)
@receiver([post_save, post_delete], sender=Site)
@receiver([post_save, post_delete], sender=PageViewRestriction)
def shown_everywhere_changed(sender, **kwargs):
    invalidate_everything()


@receiver(post_save, sender=PortalImage)
def image_changed(sender, instance, created, **kwargs):
    if not created:  # a new image is on no page yet; an edited one may be on many (credit, alt text)
        invalidate_everything()


@receiver(post_delete, sender=PortalImage)
def image_deleted(sender, **kwargs):
    invalidate_everything()


@receiver(post_delete, sender=Page)
def page_deleted(sender, instance, **kwargs):
    # Sent for the Page row of every page type; an article was handled precisely by article_deleted.
    if instance.specific_class is not ArticlePage:
        invalidate_everything()
