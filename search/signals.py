"""Publishing events -> search index tasks, enqueued after the transaction commits. Receivers hold no
logic beyond finding which pages an event touches."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.search_promotions.models import Query as PromotedQuery
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from news.models import ArticleAuthor, ArticlePage, ArticleTopic, Author, SectionPage, Topic
from news.selectors import article_ids_under
from portal.tasks import enqueue_after_commit
from search.forms import forget_filter_options
from search.promotions import forget_promoted_query_strings
from search.tasks import enqueue_sync


def _sync_after_commit(page_ids) -> None:
    page_ids = list(page_ids)
    if page_ids:
        enqueue_after_commit(lambda: enqueue_sync(page_ids), "search sync")


@receiver([page_published, page_unpublished], sender=ArticlePage)
def article_changed(sender, instance, **kwargs):
    _sync_after_commit([instance.pk])


@receiver(post_delete, sender=ArticlePage)
def article_deleted(sender, instance, **kwargs):
    _sync_after_commit([instance.pk])


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    _sync_after_commit(article_ids_under(instance))


@receiver([post_save, post_delete], sender=PageViewRestriction)
def privacy_changed(sender, instance, **kwargs):
    _sync_after_commit(article_ids_under(instance.page))


@receiver([page_published, page_unpublished], sender=SectionPage)
def section_changed(sender, instance, **kwargs):
    forget_filter_options([instance.locale_id])


@receiver([post_save, post_delete], sender=Topic)
def topic_changed(sender, instance, **kwargs):
    forget_filter_options([instance.locale_id])
    if kwargs.get("created") is False:  # a rename: topic names are indexed with each article
        _sync_after_commit(ArticleTopic.objects.filter(topic=instance).values_list("page_id", flat=True))


@receiver([post_save, post_delete], sender=Author)
def author_changed(sender, instance, **kwargs):
    forget_filter_options([instance.locale_id])
    if kwargs.get("created") is False:
        _sync_after_commit(ArticleAuthor.objects.filter(author=instance).values_list("page_id", flat=True))


@receiver([post_save, post_delete], sender=SearchPromotion)
@receiver([post_save, post_delete], sender=PromotedQuery)
def promotions_changed(sender, **kwargs):
    forget_promoted_query_strings()
