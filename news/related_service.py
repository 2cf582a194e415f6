"""Database side of related articles: load features, pick candidates, store the ranked block.

Every function takes ids and is safe to run twice: a refresh recomputes from the current database and
writes only when the block actually changes, and returns whether it did (for the front-cache purge).
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, F, Q
from django.dispatch import Signal
from django.utils import timezone

from news.models import (
    ArticlePage,
    ArticleRelatedExclude,
    ArticleRelatedPin,
    ArticleTopic,
    NewsroomSettings,
    RelatedArticle,
    RelatedState,
)
from news.related import POOL_HORIZON, SECTION_POOL, TOPIC_POOL, Features, idf, rank, text_tokens
from news.routing import public_q

logger = logging.getLogger(__name__)

# Sent after commit with the ids of articles whose stored block changed (front-cache purge listens).
related_blocks_changed = Signal()

NEIGHBOUR_LIMIT = 50  # most recent articles sharing a topic that are refreshed when one is published
DF_CACHE_SECONDS = 3600  # topic frequencies move slowly; an hour-old idf ranks the same
FEATURE_FIELDS = (
    "pk",
    "translation_key",
    "locale_id",
    "path",
    "depth",
    "first_published_at",
    "title",
    "standfirst",
)


@dataclass(frozen=True)
class RefreshResult:
    article_id: int
    changed: bool
    related_ids: tuple[int, ...] = ()


def visible_articles():
    return ArticlePage.objects.live().filter(public_q())


def _features(rows, topics_by_page) -> list[Features]:
    return [
        Features(
            id=row["pk"],
            locale_id=row["locale_id"],
            section_path=row["path"][: (row["depth"] - 1) * ArticlePage.steplen],
            published=row["first_published_at"] or timezone.now(),
            topics=frozenset(topics_by_page.get(row["pk"], ())),
            tokens=text_tokens(row["title"], row["standfirst"]),
            translation_key=row["translation_key"],
        )
        for row in rows
    ]


def _topics_by_page(page_ids) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    for page_id, topic_id in ArticleTopic.objects.filter(page_id__in=page_ids).values_list(
        "page_id", "topic_id"
    ):
        found.setdefault(page_id, set()).add(topic_id)
    return found


def topic_idf(locale_id: int, topic_ids) -> dict[int, float]:
    """Inverse document frequency per topic in one language, cached (one grouped query on a miss)."""
    total_key = f"related:n:{locale_id}"
    keys = {topic: f"related:df:{locale_id}:{topic}" for topic in topic_ids}
    cached = _cache_get_many([total_key, *keys.values()])
    total = cached.get(total_key)
    missing = [topic for topic, key in keys.items() if key not in cached]
    if total is None:
        total = visible_articles().filter(locale_id=locale_id).count()
        _cache_set_many({total_key: total})
    if missing:
        counts = dict(
            ArticleTopic.objects.filter(topic_id__in=missing, page__live=True, page__locale_id=locale_id)
            .values("topic_id")
            .annotate(n=Count("id"))
            .values_list("topic_id", "n")
        )
        fresh = {keys[topic]: counts.get(topic, 0) for topic in missing}
        _cache_set_many(fresh)
        cached.update(fresh)
    return {topic: idf(cached.get(key, 0), total) for topic, key in keys.items()}


def _cache_get_many(keys):
    try:
        return cache.get_many(keys)
    except Exception:  # noqa: BLE001  (a cache outage only costs a recomputation)
        logger.warning("cache unavailable for related-article frequencies", exc_info=True)
        return {}


def _cache_set_many(values):
    try:
        cache.set_many(values, DF_CACHE_SECONDS)
    except Exception:  # noqa: BLE001
        logger.warning("cache unavailable for related-article frequencies", exc_info=True)


def candidate_ids(article: Features, *, depth: int) -> set[int]:
    """Most recent articles (up to POOL_HORIZON after this one) sharing a topic or the section."""
    pool = (
        visible_articles()
        .filter(locale_id=article.locale_id, first_published_at__lte=article.published + POOL_HORIZON)
        .exclude(pk=article.id)
    )
    ids = set()
    if article.topics:
        by_topic = (
            pool.filter(article_topics__topic_id__in=article.topics)
            .order_by("-first_published_at", "-pk")
            .values_list("pk", flat=True)
            .distinct()[:TOPIC_POOL]
        )
        ids.update(by_topic)
    same_section = (
        pool.filter(path__startswith=article.section_path, depth=depth)
        .order_by("-first_published_at", "-pk")
        .values_list("pk", flat=True)[:SECTION_POOL]
    )
    ids.update(same_section)
    return ids


def editor_choices(article_id: int, locale_id: int) -> tuple[list[int], set[int]]:
    """Pins (in order) and exclusions, mapped to the same story in the article's language."""
    pins = list(
        ArticleRelatedPin.objects.filter(page_id=article_id)
        .order_by("sort_order")
        .values_list("article__translation_key", flat=True)
    )
    excludes = list(
        ArticleRelatedExclude.objects.filter(page_id=article_id).values_list(
            "article__translation_key", flat=True
        )
    )
    keys = set(pins) | set(excludes)
    if not keys:
        return [], set()
    local = dict(
        ArticlePage.objects.filter(translation_key__in=keys, locale_id=locale_id).values_list(
            "translation_key", "pk"
        )
    )
    return [local[key] for key in pins if key in local], {local[key] for key in excludes if key in local}


def related_count() -> int:
    return NewsroomSettings.load().related_count


def related_refresh(*, article_id: int) -> RefreshResult:
    row = visible_articles().filter(pk=article_id).values(*FEATURE_FIELDS).first()
    if row is None:
        return related_clear(article_id=article_id)
    [article] = _features([row], _topics_by_page([article_id]))
    pins, excludes = editor_choices(article_id, article.locale_id)
    ids = candidate_ids(article, depth=row["depth"]) | set(pins)
    candidate_rows = list(
        visible_articles().filter(pk__in=ids, locale_id=article.locale_id).values(*FEATURE_FIELDS)
    )
    candidates = _features(candidate_rows, _topics_by_page([r["pk"] for r in candidate_rows]))
    all_topics = (
        set(article.topics).union(*(c.topics for c in candidates)) if candidates else set(article.topics)
    )
    ranked = rank(
        article,
        candidates,
        topic_idf=topic_idf(article.locale_id, all_topics),
        pins=pins,
        excludes=excludes,
        count=related_count(),
    )
    return related_store(article_id=article_id, ranked=ranked)


def related_store(*, article_id: int, ranked: list[tuple[int, float, bool]]) -> RefreshResult:
    """Write the block if it differs from what is stored; the state row serialises concurrent writers."""
    with transaction.atomic():
        RelatedState.objects.update_or_create(article_id=article_id, defaults={"computed_at": timezone.now()})
        current = list(
            RelatedArticle.objects.filter(article_id=article_id)
            .order_by("rank")
            .values_list("related_id", "pinned")
        )
        wanted = [(related_id, pinned) for related_id, _score, pinned in ranked]
        changed = current != wanted
        if changed:
            RelatedArticle.objects.filter(article_id=article_id).delete()
            RelatedArticle.objects.bulk_create(
                RelatedArticle(
                    article_id=article_id, related_id=related_id, rank=n, score=value, pinned=pinned
                )
                for n, (related_id, value, pinned) in enumerate(ranked)
            )
            transaction.on_commit(
                lambda: related_blocks_changed.send(sender=RefreshResult, article_ids=[article_id])
            )
    return RefreshResult(article_id, changed, tuple(related_id for related_id, _pinned in wanted))


def related_clear(*, article_id: int) -> RefreshResult:
    """An article that is gone, unpublished or private keeps no block of its own."""
    with transaction.atomic():
        deleted, _ = RelatedArticle.objects.filter(article_id=article_id).delete()
        RelatedState.objects.filter(article_id=article_id).delete()
    return RefreshResult(article_id, bool(deleted))


def related_detach(*, article_ids) -> list[int]:
    """Take articles out of every block they are in; returns the articles whose blocks must be refilled."""
    with transaction.atomic():
        showing = list(
            RelatedArticle.objects.filter(related_id__in=article_ids)
            .values_list("article_id", flat=True)
            .distinct()
        )
        RelatedArticle.objects.filter(related_id__in=article_ids).delete()
    if showing:
        transaction.on_commit(lambda: related_blocks_changed.send(sender=RefreshResult, article_ids=showing))
    return showing


def related_neighbours(*, article_id: int) -> list[int]:
    """Articles whose block may change because this one was published: those showing it, and the most
    recent ones sharing a topic with it (bounded; the reconcile task covers the long tail)."""
    showing = set(RelatedArticle.objects.filter(related_id=article_id).values_list("article_id", flat=True))
    row = ArticlePage.objects.filter(pk=article_id).values("locale_id").first()
    if row is None:
        return sorted(showing)
    topics = ArticleTopic.objects.filter(page_id=article_id).values("topic_id")
    sharing = (
        visible_articles()
        .filter(locale_id=row["locale_id"], article_topics__topic_id__in=topics)
        .exclude(pk=article_id)
        .order_by("-first_published_at", "-pk")
        .values_list("pk", flat=True)
        .distinct()[:NEIGHBOUR_LIMIT]
    )
    return sorted(showing | set(sharing))


def stale_article_ids(*, limit: int) -> list[int]:
    """Live articles with no block, a block older than the configured age, or republished since."""
    max_age = timedelta(hours=NewsroomSettings.load().related_max_age_hours)
    return list(
        visible_articles()
        .filter(
            Q(related_state__isnull=True)
            | Q(related_state__computed_at__lt=timezone.now() - max_age)
            | Q(last_published_at__gt=F("related_state__computed_at"))
        )
        .order_by("-first_published_at")
        .values_list("pk", flat=True)[:limit]
    )
