"""`news.renditions_generate`: the renditions of one picture, then a purge of the pages that were
rendered without them. Queued by the pipeline (news.pipeline: a picture saved, an article published)
and by a reader's page that found one missing (`renditions_missing`, at most once per picture and page
while RENDITIONS_ASKED lives)."""

from celery import shared_task
from django.core.cache import cache

from news.models import ArticlePage
from news.pipeline import caches
from news.renditions import service
from portal.background import RETRYING
from portal.caching.keys import RENDITIONS_ASKED
from portal.celery import app

# After the pipeline (0) and search, before related-block refreshes (6): a new article's pictures.
RENDITIONS_PRIORITY = 4


@shared_task(
    name="news.renditions_generate",
    soft_time_limit=120,
    time_limit=150,
    priority=RENDITIONS_PRIORITY,
    **RETRYING,
)
def renditions_generate_task(image_id: int, article_ids=(), seen_without: bool = False) -> dict:
    """`article_ids`: articles whose pages show the picture. They are purged when renditions were made
    here (a reader may have been served the page without them meanwhile), or always when `seen_without`
    (a page was rendered without them: it must go even if another task made them first)."""
    result = service.renditions_generate(image_id=image_id)
    purged = []
    if article_ids and not result.failed and (result.created or seen_without):
        for article in ArticlePage.objects.visible().filter(pk__in=list(article_ids)):
            caches.article_changed(article)
            purged.append(article.pk)
    return {"image_id": image_id, "created": result.created, "failed": result.failed, "purged": purged}


def renditions_for_article(article) -> None:
    """Published: each picture of the page gets its renditions (made at upload already, usually)."""
    for image_id in service.article_image_ids(article):
        renditions_generate_task.enqueue(image_id, [article.pk])


def renditions_missing(*, image_id: int, article_id: int | None) -> None:
    """A reader's page found a rendition missing: queue its generation, once per picture and page while
    the marker lives (a popular page does not queue one task per request; a picture that cannot be made
    is tried again when it expires). Without a broker (`make run`, tests) nothing is queued: an eager
    task would make the rendition inside this reader's request."""
    if app.conf.task_always_eager:
        return
    if cache.add(RENDITIONS_ASKED.key(image_id=image_id, article_id=article_id), 1, RENDITIONS_ASKED.timeout):
        article_ids = [article_id] if article_id else []
        renditions_generate_task.enqueue(image_id, article_ids, True)
