"""The only receivers for page and snippet events. Each queues one pipeline task with ids after commit
(news.pipeline.tasks) and returns; none computes anything, except a deletion, whose URLs must be taken
before the rows are gone.

    event                                         task
    an article published or unpublished           article_changed(article id)
    a live article deleted                        article_deleted(snapshot of its URLs)
    another page published, unpublished, deleted  site_changed
    a page moved                                  subtree_changed(page id)
    a view restriction added, changed, removed    subtree_changed(page id)
    an author or a topic saved or deleted         snippet_changed(model, id, renamed)
    branding, a picture, a site, a locale         site_changed
    a picture saved (uploaded or edited)          renditions_generate(image id)
    a promoted search result                      keys_changed
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.contrib.search_promotions.models import Query as PromotedQuery
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from news.models import ArticlePage, Author, Topic
from news.pipeline import caches, tasks
from news.renditions.tasks import renditions_generate_task


@receiver([page_published, page_unpublished])
def page_changed(sender, instance, **kwargs):
    if isinstance(instance, ArticlePage):
        tasks.article_changed_task.delay_on_commit(instance.pk)
    else:  # a section, a home, a form page: in the navigation, footer or fronts of every page
        tasks.site_changed_task.delay_on_commit(f"{sender._meta.label_lower} {instance.pk}")


@receiver(pre_delete, sender=ArticlePage)
def article_deleted(sender, instance, **kwargs):
    if instance.live:
        tasks.article_deleted_task.delay_on_commit(caches.snapshot_deleted_article(instance))


@receiver(post_delete, sender=Page)
def page_deleted(sender, instance, **kwargs):
    # Sent for the Page row of every page type; an article has its own receiver above.
    if instance.specific_class is not ArticlePage:
        tasks.site_changed_task.delay_on_commit(f"deleted page {instance.pk}")


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    tasks.subtree_changed_task.delay_on_commit(instance.pk, "moved")


@receiver([post_save, post_delete], sender=PageViewRestriction)
def privacy_changed(sender, instance, **kwargs):
    tasks.subtree_changed_task.delay_on_commit(instance.page_id, "privacy")


@receiver([post_save, post_delete], sender=Author)
@receiver([post_save, post_delete], sender=Topic)
def snippet_changed(sender, instance, created=None, **kwargs):
    renamed = created is False  # a save of an existing row: its name is indexed with its articles
    tasks.snippet_changed_task.delay_on_commit(sender._meta.label_lower, instance.pk, renamed)


@receiver([post_save, post_delete], sender="home.SiteBranding")
@receiver([post_save, post_delete], sender=Site)
@receiver([post_save, post_delete], sender=Locale)
def shown_everywhere_changed(sender, **kwargs):
    tasks.site_changed_task.delay_on_commit(sender._meta.label_lower)


@receiver([post_save, post_delete], sender=get_image_model())
def image_changed(sender, instance, created=None, **kwargs):
    if not created:  # a new picture is on no page yet; an edited one may be on many (credit, alt text)
        tasks.site_changed_task.delay_on_commit(f"image {instance.pk}")


@receiver(post_save, sender=get_image_model())
def image_saved(sender, instance, **kwargs):
    # The renditions readers' pages show, made by a worker: a new file or focal point needs new ones.
    renditions_generate_task.delay_on_commit(instance.pk)


@receiver([post_save, post_delete], sender=SearchPromotion)
@receiver([post_save, post_delete], sender=PromotedQuery)
def promotions_changed(sender, **kwargs):
    tasks.keys_changed_task.delay_on_commit(["SEARCH_PROMOTED"])
