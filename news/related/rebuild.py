"""Recompute every related block in bulk: `manage.py rebuild_related`.

The single-article refresh asks the database for each article's candidates. For the whole archive that
would be hundreds of thousands of queries, so this path loads one language's features once, builds the
same candidate pools in memory (same rules, same scoring: news.related) and writes blocks in batches.
"""

import bisect
import contextlib
import heapq
import multiprocessing
import queue
import traceback
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime

from django.db import connection, connections, transaction
from django.db.models import Q
from django.utils import timezone

from news.models import (
    ArticlePage,
    ArticleRelatedExclude,
    ArticleRelatedPin,
    ArticleTopic,
    RelatedArticle,
    RelatedDocument,
    RelatedPosting,
    RelatedState,
)
from news.related.scoring import POOL_HORIZON, SECTION_POOL, TOPIC_POOL, Features, idf, rank
from news.related.service import (
    FEATURE_FIELDS,
    document,
    page_features,
    postings,
    related_count,
    translation_sources,
)

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
    topics: dict[int, set[int]] = defaultdict(set)
    for page_id, topic_id in ArticleTopic.objects.filter(
        page__locale_id=locale_id, page__live=True
    ).values_list("page_id", "topic_id"):
        topics[page_id].add(topic_id)
    rows = (
        ArticlePage.objects.visible()
        .filter(locale_id=locale_id)
        .values(*FEATURE_FIELDS)
        .iterator(chunk_size=5000)
    )
    return page_features(rows, topics)


def _reindex(locale_id: int, features: list[Features]) -> None:
    """Replace the language's related index (documents and topic postings) with `features`."""
    now = timezone.now()
    with transaction.atomic():
        RelatedPosting.objects.filter(locale_id=locale_id).delete()
        RelatedDocument.objects.filter(locale_id=locale_id).delete()
        _copy(
            RelatedDocument,
            ["article_id", "locale_id", "section_path", "published_at", "topics", "tokens", "indexed_at"],
            (
                (d.article_id, d.locale_id, d.section_path, d.published_at, d.topics, d.tokens, d.indexed_at)
                for d in (document(f, now=now) for f in features)
            ),
        )
        _copy(
            RelatedPosting,
            ["topic_id", "article_id", "locale_id", "published_at"],
            ((p.topic_id, p.article_id, p.locale_id, p.published_at) for f in features for p in postings(f)),
        )


def _editor_choices(locale_id: int) -> tuple[dict[int, list[int]], dict[int, set[int]]]:
    """Pins and exclusions per article of the language, mapped into it; a synced translation's are its
    source's (service.choices_owner)."""
    local = dict(ArticlePage.objects.filter(locale_id=locale_id).values_list("translation_key", "pk"))
    sources = translation_sources(locale_id=locale_id)
    owners = {local[key]: source for key, source in sources.items() if key in local}
    owned = Q(page__locale_id=locale_id) | Q(page_id__in=set(owners.values()))
    pins_of: dict[int, list[int]] = defaultdict(list)
    for page_id, key in (
        ArticleRelatedPin.objects.filter(owned)
        .order_by("page_id", "sort_order")
        .values_list("page_id", "article__translation_key")
    ):
        if key in local:
            pins_of[page_id].append(local[key])
    excludes_of: dict[int, set[int]] = defaultdict(set)
    for page_id, key in ArticleRelatedExclude.objects.filter(owned).values_list(
        "page_id", "article__translation_key"
    ):
        if key in local:
            excludes_of[page_id].add(local[key])
    pins = {pk: pins_of[owners.get(pk, pk)] for pk in local.values() if owners.get(pk, pk) in pins_of}
    excludes = {
        pk: excludes_of[owners.get(pk, pk)] for pk in local.values() if owners.get(pk, pk) in excludes_of
    }
    return pins, excludes


def related_rebuild(
    *, locale_ids: list[int], since: datetime | None = None, progress: Callable | None = None, jobs: int = 1
) -> int:
    """Rebuild blocks of live articles in the given languages (only those published since `since`).

    With jobs > 1 each language is rebuilt in its own process (the work is CPU-bound Python, and the
    languages share nothing), so two languages use both cores of a small server.
    """
    scope = ArticlePage.objects.visible().filter(locale_id__in=locale_ids)
    total = (scope.filter(first_published_at__gte=since) if since else scope).count()
    count = related_count()
    if jobs <= 1 or len(locale_ids) == 1:
        done = 0
        for locale_id in locale_ids:
            done += _rebuild_locale(
                locale_id, since, count, lambda n, base=done: progress and progress(base + n, total)
            )
        return done
    return _rebuild_in_processes(locale_ids, since, count, total, progress, jobs)


def _rebuild_in_processes(locale_ids, since, count, total, progress, jobs) -> int:
    context = multiprocessing.get_context("fork")
    messages = context.Queue()
    connections.close_all()  # children open their own connections
    pending, running, done_by_locale = list(locale_ids), [], {}
    while pending or running:
        while pending and len(running) < jobs:
            process = context.Process(target=_child, args=(pending.pop(0), since, count, messages))
            process.start()
            running.append(process)
        with contextlib.suppress(queue.Empty):
            kind, locale_id, value = messages.get(timeout=0.5)
            if kind == "error":
                for process in running:
                    process.terminate()
                raise RuntimeError(f"rebuilding locale {locale_id} failed:\n{value}")
            done_by_locale[locale_id] = value
            if progress:
                progress(sum(done_by_locale.values()), total)
        for process in [p for p in running if not p.is_alive()]:
            process.join()
            running.remove(process)
            if process.exitcode:
                raise RuntimeError(f"a rebuild process exited with code {process.exitcode}")
    while True:  # the last progress messages
        try:
            _kind, locale_id, value = messages.get_nowait()
        except queue.Empty:
            break
        done_by_locale[locale_id] = value
    return sum(done_by_locale.values())


def _child(locale_id, since, count, messages) -> None:
    try:
        _rebuild_locale(locale_id, since, count, lambda n: messages.put(("progress", locale_id, n)))
    except Exception:  # noqa: BLE001  (reported to the parent, which stops the rebuild)
        messages.put(("error", locale_id, traceback.format_exc()))
    finally:
        connections.close_all()


def _rebuild_locale(locale_id: int, since, count: int, report: Callable) -> int:
    features = _load(locale_id)
    _reindex(locale_id, features)
    index = _Index(features)
    frequencies = {topic: idf(len(items), index.total) for topic, items in index.topic.items()}
    pins, excludes = _editor_choices(locale_id)
    targets = [f for f in features if since is None or f.published >= since]
    done = 0
    for start in range(0, len(targets), BATCH):
        batch = targets[start : start + BATCH]
        rows = []
        for article in batch:
            article_pins = pins.get(article.id, [])
            candidates = [
                index.by_id[i] for i in index.candidates(article) | set(article_pins) if i in index.by_id
            ]
            ranked = rank(
                article,
                candidates,
                topic_idf=frequencies,
                pins=article_pins,
                excludes=excludes.get(article.id, set()),
                count=count,
            )
            rows.extend((article.id, rid, n, value, pinned) for n, (rid, value, pinned) in enumerate(ranked))
        _write(batch, rows)
        done += len(batch)
        report(done)
    return done


def _copy(model, columns: list[str], rows) -> None:
    """COPY on PostgreSQL (several times faster than INSERT for large batches), bulk_create elsewhere."""
    if connection.vendor == "postgresql":
        table = connection.ops.quote_name(model._meta.db_table)
        names = ", ".join(connection.ops.quote_name(c) for c in columns)
        with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    else:
        model.objects.bulk_create(
            (model(**dict(zip(columns, row, strict=True))) for row in rows), batch_size=5000
        )


def _write(batch: list[Features], rows: list[tuple]) -> None:
    ids = [f.id for f in batch]
    now = timezone.now()
    with transaction.atomic():
        RelatedArticle.objects.filter(article_id__in=ids).delete()
        _copy(RelatedArticle, ["article_id", "related_id", "rank", "score", "pinned"], rows)
        RelatedState.objects.filter(article_id__in=ids).delete()
        _copy(RelatedState, ["article_id", "computed_at"], ((i, now) for i in ids))
