"""Publishing events -> related-article and audio tasks. Receivers only enqueue, after commit."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from news.models import ArticlePage, RelatedArticle
from news.routing import RESTRICTED_PATHS_CACHE_KEY
from news.selectors import article_ids_under
from news.tasks import (
    audio_generate_task,
    enqueue_refresh,
    related_published_task,
    related_withdrawn_task,
)
from portal.tasks import enqueue_after_commit


@receiver(page_published, sender=ArticlePage)
def article_published(sender, instance, **kwargs):
    enqueue_after_commit(lambda: related_published_task.delay(instance.pk), "related refresh")
    if settings.AUDIO_ON_PUBLISH:
        enqueue_after_commit(lambda: _enqueue_audio(instance.pk), "audio reading")


def _enqueue_audio(article_id: int) -> None:
    try:
        audio_generate_task.delay(article_id)
    except Exception:  # a failed reading (eager mode runs it here) must never fail the publish
        logging.getLogger(__name__).exception("audio for article %s failed", article_id)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    ids = article_ids_under(instance)
    enqueue_after_commit(
        lambda: [related_published_task.delay(article_id) for article_id in ids], "related refresh"
    )


@receiver(page_unpublished, sender=ArticlePage)
def article_unpublished(sender, instance, **kwargs):
    enqueue_after_commit(lambda: related_withdrawn_task.delay([instance.pk]), "related withdrawal")


@receiver(pre_delete, sender=ArticlePage)
def article_deleted(sender, instance, **kwargs):
    # The rows go with the page (CASCADE); remember whose blocks lose an entry so they are refilled.
    showing = list(RelatedArticle.objects.filter(related_id=instance.pk).values_list("article_id", flat=True))
    enqueue_after_commit(lambda: enqueue_refresh(showing), "related refresh")


@receiver([post_save, post_delete], sender=PageViewRestriction)
def forget_restricted_paths(sender, **kwargs):
    cache.delete(RESTRICTED_PATHS_CACHE_KEY)


@receiver(post_save, sender=PageViewRestriction)
def section_made_private(sender, instance, **kwargs):
    ids = article_ids_under(instance.page)
    if ids:
        enqueue_after_commit(lambda: related_withdrawn_task.delay(ids), "related withdrawal")


@receiver(post_delete, sender=PageViewRestriction)
def section_made_public(sender, instance, **kwargs):
    ids = article_ids_under(instance.page)
    enqueue_after_commit(lambda: enqueue_refresh(ids), "related refresh")
