"""Recompute every related block in bulk: `manage.py rebuild_related`.

The single-article refresh asks the database for each article's candidates. For the whole archive that
would be hundreds of thousands of queries, so this path loads one language's features once, builds the
same candidate pools in memory (same rules, same scoring: news.related) and writes blocks in batches.
"""

import bisect
import heapq
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from news.models import (
    ArticlePage,
    ArticleRelatedExclude,
    ArticleRelatedPin,
    ArticleTopic,
    RelatedArticle,
    RelatedState,
)
from news.related import POOL_HORIZON, SECTION_POOL, TOPIC_POOL, Features, idf, rank, text_tokens
from news.related_service import related_count, visible_articles

BATCH = 2000


class _Index:
    """Articles of one language sorted newest first, overall, per topic and per section."""

    def __init__(self, features: list[Features]):
        self.by_id = {f.id: f for f in features}
        order = sorted(features, key=lambda f: (f.published, f.id), reverse=True)
        self.topic: dict[int, list[Features]] = defaultdict(list)
        self.section: dict[str, list[Features]] = defaultdict(list)
        for f in order:
            for topic in f.topics:
                self.topic[topic].append(f)
            self.section[f.section_path].append(f)
        # Negated timestamps make each list ascending for bisect.
        self.topic_keys = {t: [-f.published.timestamp() for f in fs] for t, fs in self.topic.items()}
        self.section_keys = {s: [-f.published.timestamp() for f in fs] for s, fs in self.section.items()}
        self.total = len(features)

    @staticmethod
    def _from(items, keys, limit: datetime):
        return items[bisect.bisect_left(keys, -limit.timestamp()) :]

    def candidates(self, article: Features) -> set[int]:
        """The same pools as news.related_service.candidate_ids, from memory."""
        limit = article.published + POOL_HORIZON
        ids: set[int] = set()
        streams = [
            self._from(self.topic[t], self.topic_keys[t], limit) for t in article.topics if t in self.topic
        ]
        merged = heapq.merge(*streams, key=lambda f: (-f.published.timestamp(), -f.id))
        for f in merged:
            if f.id != article.id and f.id not in ids:
                ids.add(f.id)
                if len(ids) >= TOPIC_POOL:
                    break
        section = self.section.get(article.section_path, [])
        nearby = self._from(section, self.section_keys.get(article.section_path, []), limit)
        ids.update([f.id for f in nearby[: SECTION_POOL + 1] if f.id != article.id][:SECTION_POOL])
        return ids


def _load(locale_id: int) -> list[Features]:
    rows = (
        visible_articles()
        .filter(locale_id=locale_id)
        .values_list("pk", "path", "depth", "first_published_at", "title", "standfirst")
    )
    topics = defaultdict(set)
    for page_id, topic_id in ArticleTopic.objects.filter(
        page__locale_id=locale_id, page__live=True
    ).values_list("page_id", "topic_id"):
        topics[page_id].add(topic_id)
    now = timezone.now()
    return [
        Features(
            id=pk,
            locale_id=locale_id,
            section_path=path[: (depth - 1) * ArticlePage.steplen],
            published=published or now,
            topics=frozenset(topics.get(pk, ())),
            tokens=text_tokens(title, standfirst),
        )
        for pk, path, depth, published, title, standfirst in rows.iterator(chunk_size=5000)
    ]


def _editor_choices(locale_id: int) -> tuple[dict[int, list[int]], dict[int, set[int]]]:
    local = dict(ArticlePage.objects.filter(locale_id=locale_id).values_list("translation_key", "pk"))
    pins: dict[int, list[int]] = defaultdict(list)
    for page_id, key in (
        ArticleRelatedPin.objects.filter(page__locale_id=locale_id)
        .order_by("page_id", "sort_order")
        .values_list("page_id", "article__translation_key")
    ):
        if key in local:
            pins[page_id].append(local[key])
    excludes: dict[int, set[int]] = defaultdict(set)
    for page_id, key in ArticleRelatedExclude.objects.filter(page__locale_id=locale_id).values_list(
        "page_id", "article__translation_key"
    ):
        if key in local:
            excludes[page_id].add(local[key])
    return pins, excludes


def related_rebuild(
    *, locale_ids: list[int], since: datetime | None = None, progress: Callable | None = None
) -> int:
    """Rebuild blocks of live articles in the given languages (only those published since `since`)."""
    count = related_count()
    scope = visible_articles().filter(locale_id__in=locale_ids)
    total = (scope.filter(first_published_at__gte=since) if since else scope).count()
    done = 0
    for locale_id in locale_ids:
        features = _load(locale_id)
        index = _Index(features)
        frequencies = {topic: idf(len(items), index.total) for topic, items in index.topic.items()}
        pins, excludes = _editor_choices(locale_id)
        targets = [f for f in features if since is None or f.published >= since]
        for start in range(0, len(targets), BATCH):
            batch = targets[start : start + BATCH]
            rows = []
            for article in batch:
                candidates = [
                    index.by_id[i]
                    for i in index.candidates(article) | set(pins.get(article.id, ()))
                    if i in index.by_id
                ]
                ranked = rank(
                    article,
                    candidates,
                    topic_idf=frequencies,
                    pins=pins.get(article.id, []),
                    excludes=excludes.get(article.id, set()),
                    count=count,
                )
                rows.extend(
                    RelatedArticle(article_id=article.id, related_id=rid, rank=n, score=value, pinned=pinned)
                    for n, (rid, value, pinned) in enumerate(ranked)
                )
            _write(batch, rows)
            done += len(batch)
            if progress:
                progress(done, total)
    return done


def _write(batch: list[Features], rows: list[RelatedArticle]) -> None:
    ids = [f.id for f in batch]
    now = timezone.now()
    with transaction.atomic():
        RelatedArticle.objects.filter(article_id__in=ids).delete()
        RelatedArticle.objects.bulk_create(rows, batch_size=5000)
        RelatedState.objects.bulk_create(
            [RelatedState(article_id=i, computed_at=now) for i in ids],
            update_conflicts=True,
            unique_fields=["article"],
            update_fields=["computed_at"],
            batch_size=5000,
        )
