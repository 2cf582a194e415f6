"""Related-article figures on PostgreSQL with the generated archive (bench/bulk_load.py builds it).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/budapest_post_bench \\
    CELERY_BROKER_URL=redis://127.0.0.1:6379/10 REDIS_CACHE_URL=redis://127.0.0.1:6379/11 \\
    .venv/bin/python bench/related.py [--samples 300]

As in production, the Django cache is Redis (topic frequencies live there) and the database has been
analysed (`VACUUM ANALYZE`, which autovacuum does on a live server; bench/bulk_load.py runs it).

Prints, all measured in this run:
1. one article's refresh (news.related_service.related_refresh), p50/p95/max over random live articles;
2. the full rebuild (news.related_rebuild.related_rebuild over every language), wall time;
3. publish -> neighbours refreshed with one real Celery worker (solo pool): from the publish's commit until
   every neighbour's block has been recomputed, p50/p95 over republished articles.
Targets from the issue: p95 <= 20 ms, rebuild <= 300 s, publish-to-neighbours p95 <= 2 s.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

from percentiles import percentile  # bench/percentiles.py: the script's own directory

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
os.environ.setdefault("DEBUG", "0")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--samples", type=int, default=300, help="articles timed for the single refresh")
    parser.add_argument(
        "--publishes", type=int, default=20, help="articles republished for the end-to-end figure"
    )
    parser.add_argument("--skip-rebuild", action="store_true")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to the PostgreSQL database built by bench/bulk_load.py.")
    if not os.environ.get("CELERY_BROKER_URL") or not os.environ.get("REDIS_CACHE_URL"):
        sys.exit("Set CELERY_BROKER_URL and REDIS_CACHE_URL (Redis), as in production.")

    import django

    django.setup()
    from django.db import connection
    from wagtail.models import Locale

    from news.models import ArticlePage, RelatedState, Topic
    from news.related import service as related_service
    from news.related.rebuild import related_rebuild

    total = ArticlePage.objects.live().count()
    print(f"archive: {total:,} live articles on {connection.vendor}")
    rng = random.Random(7)
    ids = list(ArticlePage.objects.live().values_list("pk", flat=True))

    if not args.skip_rebuild:
        started = time.perf_counter()
        done = related_rebuild(locale_ids=list(Locale.objects.values_list("pk", flat=True)), jobs=2)
        rebuild = time.perf_counter() - started
        print(f"full rebuild: {done:,} blocks in {rebuild:.1f} s ({done / rebuild:,.0f}/s)   target <= 300 s")

    sample = rng.sample(ids, min(args.samples, len(ids)))
    for locale in Locale.objects.all():  # topic frequencies are cached in Redis on a running site
        related_service.topic_idf(
            locale.pk, list(Topic.objects.filter(locale=locale).values_list("pk", flat=True))
        )
    timings = []
    for article_id in sample:
        started = time.perf_counter()
        related_service.related_refresh(article_id=article_id)
        timings.append((time.perf_counter() - started) * 1000)
    print(
        f"single refresh: p50 {statistics.median(timings):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms, "
        f"max {max(timings):.1f} ms over {len(timings)} articles   target p95 <= 20 ms"
    )

    # End to end through Redis and one real worker.
    from portal.celery import app

    queue = f"bench-{uuid.uuid4().hex[:8]}"
    app.conf.task_always_eager = False
    app.conf.task_default_queue = queue
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "portal", "worker", "--pool", "solo", "--queues", queue,
         "--without-gossip", "--without-mingle", "--loglevel", "WARNING"],
        cwd=ROOT, env={**os.environ, "CELERY_DEFAULT_QUEUE": queue},
    )  # fmt: skip
    try:
        time.sleep(4)
        latencies = []
        for article_id in rng.sample(ids, args.publishes):
            article = ArticlePage.objects.get(pk=article_id)
            neighbours = related_service.related_neighbours(article_id=article_id)
            revision = article.save_revision()
            revision.publish()  # autocommit: the on_commit hook fires immediately
            published = time.time()
            watched = [article_id, *neighbours]
            deadline = published + 30
            while time.time() < deadline:
                fresh = RelatedState.objects.filter(
                    article_id__in=watched, computed_at__gte=_aware(published)
                ).count()
                if fresh >= len(watched):
                    break
                time.sleep(0.02)
            latencies.append(time.time() - published)
        print(
            f"publish -> {len(watched) - 1} neighbours refreshed (one worker): "
            f"p50 {statistics.median(latencies):.2f} s, p95 {percentile(latencies, 0.95):.2f} s "
            f"over {len(latencies)} publishes   target p95 <= 2 s"
        )
    finally:
        worker.terminate()
        worker.wait(timeout=30)


def _aware(timestamp):
    from datetime import UTC, datetime

    return datetime.fromtimestamp(timestamp, tz=UTC)


if __name__ == "__main__":
    main()
