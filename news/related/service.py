"""Database side of related articles: load features, pick candidates, store the ranked block.

Every function takes ids and is safe to run twice: a refresh recomputes from the current database and
writes only when the block actually changes, and returns whether it did; the tasks (news.related.tasks)
hand what changed to the publish pipeline's purge (news.pipeline.caches).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail_localize.models import Translation

from news.models import (
    ArticlePage,
    ArticleRelatedExclude,
    ArticleRelatedPin,
    ArticleTopic,
    NewsroomSettings,
    RelatedArticle,
    RelatedDocument,
    RelatedPosting,
    RelatedState,
)
from news.related.scoring import POOL_HORIZON, SECTION_POOL, TOPIC_POOL, Features, idf, rank, text_tokens
from portal.caching.keys import RELATED_DF, RELATED_TOTAL

NEIGHBOUR_LIMIT = 50  # most recent articles sharing a topic that are refreshed when one is published
FEATURE_FIELDS = (
    "pk",
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


def page_features(rows, topics: dict[int, set[int]]) -> list[Features]:
    """Features computed from page rows (id, locale, path, depth, dates, texts)."""
    return [
        Features(
            id=row["pk"],
            locale_id=row["locale_id"],
            section_path=row["path"][: (row["depth"] - 1) * ArticlePage.steplen],
            published=row["first_published_at"] or timezone.now(),
            topics=frozenset(topics.get(row["pk"], ())),
            tokens=text_tokens(row["title"], row["standfirst"]),
        )
        for row in rows
    ]


def topics_by_page(page_ids) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    for page_id, topic_id in ArticleTopic.objects.filter(page_id__in=page_ids).values_list(
        "page_id", "topic_id"
    ):
        found.setdefault(page_id, set()).add(topic_id)
    return found


def document(features: Features, *, now) -> RelatedDocument:
    return RelatedDocument(
        article_id=features.id,
        locale_id=features.locale_id,
        section_path=features.section_path,
        published_at=features.published,
        topics=" ".join(str(t) for t in sorted(features.topics)),
        tokens=" ".join(sorted(features.tokens)),
        indexed_at=now,
    )


def postings(features: Features) -> list[RelatedPosting]:
    return [
        RelatedPosting(
            topic_id=t, article_id=features.id, locale_id=features.locale_id, published_at=features.published
        )
        for t in features.topics
    ]


DOCUMENT_FIELDS = ("article_id", "locale_id", "section_path", "published_at", "topics", "tokens")


def document_features(doc) -> Features:
    """Features from a RelatedDocument, or from a values_list row of DOCUMENT_FIELDS (cheaper in bulk)."""
    if isinstance(doc, RelatedDocument):
        doc = tuple(getattr(doc, name) for name in DOCUMENT_FIELDS)
    article_id, locale_id, section_path, published_at, topics, tokens = doc
    return Features(
        id=article_id,
        locale_id=locale_id,
        section_path=section_path,
        published=published_at,
        topics=frozenset(map(int, topics.split())),
        tokens=frozenset(tokens.split()),
    )


def related_index(*, article_ids) -> list[Features]:
    """(Re)index articles: visible ones get fresh features and postings, the others are removed."""
    rows = list(ArticlePage.objects.visible().filter(pk__in=article_ids).values(*FEATURE_FIELDS))
    features = page_features(rows, topics_by_page([row["pk"] for row in rows]))
    now = timezone.now()
    with transaction.atomic():
        RelatedPosting.objects.filter(article_id__in=article_ids).delete()
        RelatedDocument.objects.filter(article_id__in=article_ids).delete()
        RelatedDocument.objects.bulk_create([document(f, now=now) for f in features])
        RelatedPosting.objects.bulk_create([p for f in features for p in postings(f)])
    return features


def related_unindex(*, article_ids) -> None:
    with transaction.atomic():
        RelatedPosting.objects.filter(article_id__in=article_ids).delete()
        RelatedDocument.objects.filter(article_id__in=article_ids).delete()


def topic_idf(locale_id: int, topic_ids) -> dict[int, float]:
    """Inverse document frequency per topic in one language, cached (one grouped query on a miss)."""
    total_key = RELATED_TOTAL.key(locale_id=locale_id)
    keys = {topic: RELATED_DF.key(locale_id=locale_id, topic_id=topic) for topic in topic_ids}
    cached = _cache_get_many([total_key, *keys.values()])
    total = cached.get(total_key)
    missing = [topic for topic, key in keys.items() if key not in cached]
    if total is None:
        total = RelatedDocument.objects.filter(locale_id=locale_id).count()
        _cache_set_many({total_key: total})
    if missing:
        counts = dict(
            RelatedPosting.objects.filter(topic_id__in=missing, locale_id=locale_id)
            .values("topic_id")
            .annotate(n=Count("id"))
            .values_list("topic_id", "n")
        )
        fresh = {keys[topic]: counts.get(topic, 0) for topic in missing}
        _cache_set_many(fresh)
        cached.update(fresh)
    return {topic: idf(cached.get(key, 0), total) for topic, key in keys.items()}


def _cache_get_many(keys):
    return cache.get_many(keys)  # an outage reads as a miss: one recomputation


def _cache_set_many(values):
    cache.set_many(values, RELATED_DF.timeout)


def newest_sharing_a_topic(article: Features, *, count: int, until=None) -> list[int]:
    """The `count` newest articles sharing any of the article's topics (published up to `until`).

    One index range per topic, newest first, merged; the same rule the in-memory rebuild applies.
    """
    postings_found: list[tuple] = []
    for topic in article.topics:
        postings = RelatedPosting.objects.filter(topic_id=topic, locale_id=article.locale_id)
        if until is not None:
            postings = postings.filter(published_at__lte=until)
        postings_found.extend(
            postings.exclude(article_id=article.id)
            .order_by("-published_at", "-article_id")
            .values_list("published_at", "article_id")[:count]
        )
    newest: list[int] = []
    for _published, article_id in sorted(set(postings_found), reverse=True):
        if article_id not in newest:
            newest.append(article_id)
            if len(newest) >= count:
                break
    return newest


def candidate_ids(article: Features) -> set[int]:
    """Most recent articles (up to POOL_HORIZON after this one) sharing a topic or the section."""
    limit = article.published + POOL_HORIZON
    ids = set(newest_sharing_a_topic(article, count=TOPIC_POOL, until=limit))
    ids.update(
        RelatedDocument.objects.filter(
            locale_id=article.locale_id, section_path=article.section_path, published_at__lte=limit
        )
        .exclude(article_id=article.id)
        .order_by("-published_at", "-article_id")
        .values_list("article_id", flat=True)[:SECTION_POOL]
    )
    return ids


def choices_owner(*, article_id: int, translation_key, locale_id: int):
    """Whose pins and exclusions an article shows, as an SQL expression (no query of its own).

    A synced translation shows its wagtail-localize source's, so what an editor sets on the original
    reaches every translation when the original is published (the translation's own copies of the rows
    are only refreshed when it is synced and republished); any other article shows its own.
    """
    source_locales = (
        Translation.objects.filter(
            source__object_id=translation_key, target_locale_id=locale_id, enabled=True
        )
        .exclude(source__locale_id=locale_id)
        .values("source__locale_id")
    )
    source = ArticlePage.objects.filter(translation_key=translation_key, locale_id__in=source_locales)
    return Coalesce(Subquery(source.values("pk")[:1]), Value(article_id))


def translation_sources(*, locale_id: int) -> dict:
    """translation key -> the source page of every synced translation into this language (for the rebuild)."""
    into_locale = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"),
        source__locale_id=OuterRef("locale_id"),
        target_locale_id=locale_id,
        enabled=True,
    )
    return dict(
        ArticlePage.objects.filter(Exists(into_locale))
        .exclude(locale_id=locale_id)
        .values_list("translation_key", "pk")
    )


def related_translations(*, article_id: int) -> list[int]:
    """The visible synced translations of this article: their blocks show its pins and exclusions."""
    article = ArticlePage.objects.filter(pk=article_id).values("translation_key", "locale_id").first()
    if article is None:
        return []
    target_locales = Translation.objects.filter(
        source__object_id=article["translation_key"], source__locale_id=article["locale_id"], enabled=True
    ).values("target_locale_id")
    return list(
        ArticlePage.objects.visible()
        .filter(translation_key=article["translation_key"], locale_id__in=target_locales)
        .exclude(pk=article_id)
        .values_list("pk", flat=True)
    )


def editor_choices(article_id: int, locale_id: int, translation_key) -> tuple[list[int], set[int]]:
    """Pins (in order) and exclusions (the source's for a synced translation: `choices_owner`), mapped
    to the same story in the article's language."""
    owner = choices_owner(article_id=article_id, translation_key=translation_key, locale_id=locale_id)
    pins = list(
        ArticleRelatedPin.objects.filter(page_id=owner)
        .order_by("sort_order")
        .values_list("article__translation_key", flat=True)
    )
    excludes = list(
        ArticleRelatedExclude.objects.filter(page_id=owner).values_list("article__translation_key", flat=True)
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
    row = (
        ArticlePage.objects.visible()
        .filter(pk=article_id)
        .values("pk", "locale_id", "translation_key", "last_published_at")
        .first()
    )
    if row is None:
        related_unindex(article_ids=[article_id])
        return related_clear(article_id=article_id)
    doc = RelatedDocument.objects.filter(article_id=article_id).first()
    if doc is None or (row["last_published_at"] and doc.indexed_at < row["last_published_at"]):
        [article] = related_index(article_ids=[article_id])  # missed or stale: heal here
    else:
        article = document_features(doc)
    pins, excludes = editor_choices(article_id, article.locale_id, row["translation_key"])
    ids = candidate_ids(article) | set(pins)
    rows = RelatedDocument.objects.filter(article_id__in=ids).values_list(*DOCUMENT_FIELDS)
    candidates = [document_features(row) for row in rows]
    all_topics = set(article.topics).union(*(c.topics for c in candidates))
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
        _relaxed_commit()
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
    return RefreshResult(article_id, changed, tuple(related_id for related_id, _pinned in wanted))


def _relaxed_commit() -> None:
    """Blocks are derived data: do not wait for the disk flush at commit (PostgreSQL only).

    A crash can lose the last few milliseconds of refreshes, which the reconcile task recomputes;
    in exchange a refresh does not pay an fsync.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")


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
    return showing


def related_neighbours(*, article_id: int) -> list[int]:
    """Articles whose block may change because this one was published: those showing it, and the most
    recent ones sharing a topic with it (bounded; the reconcile task covers the long tail)."""
    showing = set(RelatedArticle.objects.filter(related_id=article_id).values_list("article_id", flat=True))
    doc = RelatedDocument.objects.filter(article_id=article_id).first()
    if doc is None:
        return sorted(showing)
    newest = newest_sharing_a_topic(document_features(doc), count=NEIGHBOUR_LIMIT)
    return sorted(showing | set(newest))


def stale_article_ids(*, limit: int) -> list[int]:
    """Live articles with no block, a block older than the configured age, or republished since (or, for
    a synced translation, whose source was: its pins and exclusions are the source's)."""
    max_age = timedelta(hours=NewsroomSettings.load().related_max_age_hours)
    source_republished = ArticlePage.objects.filter(
        Exists(
            Translation.objects.filter(
                source__object_id=OuterRef("translation_key"),
                source__locale_id=OuterRef("locale_id"),
                target_locale_id=OuterRef(OuterRef("locale_id")),
                enabled=True,
            )
        ),
        translation_key=OuterRef("translation_key"),
        last_published_at__gt=OuterRef("related_state__computed_at"),
    )
    return list(
        ArticlePage.objects.visible()
        .filter(
            Q(related_state__isnull=True)
            | Q(related_state__computed_at__lt=timezone.now() - max_age)
            | Q(last_published_at__gt=F("related_state__computed_at"))
            | Exists(source_republished)
        )
        .order_by("-first_published_at")
        .values_list("pk", flat=True)[:limit]
    )
