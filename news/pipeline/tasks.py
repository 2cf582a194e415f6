"""The publish pipeline's tasks: one per kind of event, each queued once by news.pipeline.receivers
after commit, with ids. Each does, in order:

1. the caches: generations and registry keys in Redis, then the front-cache purge set
   (news.pipeline.caches), so readers see the change first;
2. the follow-ups, each a task of its own with its own retries and priority: the related index and
   blocks (news.related.tasks), the search rows (`search.sync`, named here because the search app sits
   above news), the reading (news.audio.tasks), the pictures' renditions (news.renditions.tasks). They
   purge again only what they change.

Every task reads the state as it is when it runs, so a publish and an unpublish arriving out of order
end where the database is. The cache step must not wait for a broker: while it is down the task runs in
the process that queued it (portal.background.PortalTask.run_inline_when_broker_down).
"""

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from wagtail.models import Page

from news.audio.tasks import audio_generate_task
from news.models import ArticleAuthor, ArticlePage, ArticleTopic
from news.pipeline import caches
from news.pipeline.ai_labels import follow_original
from news.related.tasks import enqueue_refresh, related_published_task, related_withdrawn_task
from news.renditions.tasks import renditions_for_article
from portal.background import RETRYING
from portal.caching import keys
from portal.celery import app

SEARCH_SYNC_TASK = "search.sync"
ADMIN_INDEX_TASK = "search.admin_index_update"
SEARCH_SYNC_CHUNK = 500  # a topic rename touching thousands of articles never makes one long task
PIPELINE = {
    **RETRYING,
    "priority": 0,
    "run_inline_when_broker_down": True,
    "soft_time_limit": 60,
    "time_limit": 120,
}


def search_sync(article_ids, task_name=SEARCH_SYNC_TASK) -> None:
    article_ids = list(dict.fromkeys(article_ids))
    task = app.tasks[task_name]
    for start in range(0, len(article_ids), SEARCH_SYNC_CHUNK):
        task.enqueue(article_ids[start : start + SEARCH_SYNC_CHUNK])


def _articles_follow(article_ids) -> set[int]:
    """Related blocks and search rows for articles whose visibility or place may have changed; returns
    the ids of those visible now."""
    article_ids = list(article_ids)
    visible = set(ArticlePage.objects.visible().filter(pk__in=article_ids).values_list("pk", flat=True))
    for article_id in sorted(visible):
        related_published_task.enqueue(article_id)
    hidden = [article_id for article_id in article_ids if article_id not in visible]
    if hidden:
        related_withdrawn_task.enqueue(hidden)
    search_sync(article_ids)
    return visible


@shared_task(name="pipeline.article_changed", **PIPELINE)
def article_changed_task(article_id: int) -> dict:
    """An article was published or unpublished."""
    article = ArticlePage.objects.filter(pk=article_id).first()
    if article is None:  # deleted since: its deletion has a task of its own
        return {"article_id": article_id, "found": False}
    caches.article_changed(article)
    if article.live:
        # Its translations disclose the story's AI use: changed on the original, changed everywhere.
        for translation in follow_original(article):
            caches.article_changed(translation)
    visible = article_id in _articles_follow([article_id])
    if visible:
        renditions_for_article(article)
    if visible and settings.AUDIO_ON_PUBLISH:
        audio_generate_task.enqueue(article_id)
    return {"article_id": article_id, "found": True, "visible": visible}


@shared_task(name="pipeline.article_deleted", **PIPELINE)
def article_deleted_task(snapshot: dict) -> dict:
    """A live article was deleted: its snapshot (caches.snapshot_deleted_article) was taken before."""
    caches.deleted_article_changed(snapshot)
    enqueue_refresh(snapshot["showing"])  # blocks that showed it lost an entry (rows went with it)
    search_sync([snapshot["article_id"]])  # a row for a missing page is removed
    return {"article_id": snapshot["article_id"], "purged": len(snapshot["urls"])}


@shared_task(name="pipeline.site_changed", **PIPELINE)
def site_changed_task(reason: str) -> dict:
    """Something shown on every page: a section, a home or form page, branding, a picture, a site."""
    caches.everything_changed()
    return {"reason": reason}


PRIVACY_REBAN = timedelta(seconds=keys.RESTRICTED_PATHS.timeout + 300)


@shared_task(name="pipeline.subtree_changed", **PIPELINE)
def subtree_changed_task(page_id: int, reason: str) -> dict:
    """A page moved, or a subtree's privacy changed: every URL and visibility under it. After a privacy
    change everything is banned once more when any copy that still thought the page public has expired
    (a node whose cache missed the change, and a front cache that stored its answer)."""
    caches.everything_changed(ban_again_after=PRIVACY_REBAN if reason == "privacy" else None)
    path = Page.objects.filter(pk=page_id).values_list("path", flat=True).first()
    article_ids = (
        list(ArticlePage.objects.filter(path__startswith=path).values_list("pk", flat=True)) if path else []
    )
    _articles_follow(article_ids)
    return {"page_id": page_id, "reason": reason, "articles": len(article_ids)}


@shared_task(name="pipeline.snippet_changed", **PIPELINE)
def snippet_changed_task(model: str, pk: int, renamed: bool) -> dict:
    """An author or a topic was saved or deleted: it is shown on every article that carries it, and its
    name is indexed with them."""
    caches.everything_changed()
    links = {"news.author": (ArticleAuthor, "author_id"), "news.topic": (ArticleTopic, "topic_id")}
    article_ids = []
    if renamed and model in links:
        link, field = links[model]
        article_ids = list(link.objects.filter(**{field: pk}).values_list("page_id", flat=True))
        search_sync(article_ids)
        if model == "news.author":  # bylines are in Wagtail's index too (the admin's search)
            search_sync(article_ids, ADMIN_INDEX_TASK)
    return {"model": model, "pk": pk, "articles": len(article_ids)}


@shared_task(name="pipeline.keys_changed", **PIPELINE)
def keys_changed_task(names: list[str]) -> dict:
    """Registry entries without parameters whose inputs changed (promoted search results)."""
    keys.forget(*((keys.REGISTRY[name], {}) for name in names))
    return {"forgotten": names}
