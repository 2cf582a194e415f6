"""In-process timings on the bench archive: what one reader request costs Django, without HTTP or wrk.

    .venv/bin/python bench/inprocess.py [--articles 200] [--database budapest_post_bench]

Prints, with the production settings (`bench/server/settings.py`) on PostgreSQL and Redis:
- cold articles: distinct articles, each rendered (its first request), mean ms and queries;
- search: "budapest", mean ms;
- rendered copy: ten articles served from their rendered copies in Redis, with remembered routes and,
  in a second process, without them (ROUTE_MEMORY=0), mean ms and queries.

The archive is `make bench`'s (bench/bulk_load.py). Used to measure route memory and the Site lookup
(bench/README.md); `make bench` (serving.py) measures under load.
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def setup(database: str) -> None:
    sys.path[:0] = [str(ROOT), str(HERE)]
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "server.settings",
            "SECRET_KEY": "bench-" + os.urandom(16).hex(),
            "ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
            "REDIS_CACHE_URL": os.environ.get("BENCH_REDIS_CACHE_URL", "redis://127.0.0.1:6379/12"),
            "CELERY_BROKER_URL": os.environ.get("BENCH_CELERY_BROKER_URL", "redis://127.0.0.1:6379/13"),
        }
    )
    import django

    django.setup()
    from django.conf import settings
    from django.test.utils import override_settings

    static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # no collectstatic needed
    override_settings(STORAGES={**settings.STORAGES, "staticfiles": static}).enable()


def timed(client, urls):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    queries, started = 0, time.perf_counter()
    for url in urls:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        queries += len(captured.captured_queries)
    return (time.perf_counter() - started) / len(urls) * 1000, queries / len(urls)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--database", default="budapest_post_bench")
    parser.add_argument("--hot-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    setup(args.database)
    from django.conf import settings
    from django.core.cache import cache
    from django.test import Client

    from news.models import ArticlePage

    client = Client(HTTP_HOST="127.0.0.1")
    english = ArticlePage.objects.live().filter(locale__language_code="en").order_by("pk")
    if not args.hot_only:
        cache.clear()
        urls = [page.url for page in english[1000 : 1020 + args.articles]]
        timed(client, urls[:20])  # the process warms up (templates, content types)
        cache.clear()
        ms, queries = timed(client, urls[20:])
        print(f"cold article ({args.articles} distinct):  {ms:6.1f} ms  {queries:4.1f} queries")
        ms, _ = timed(client, ["/en/search/?q=budapest"] * 100)
        print(f'search "budapest" (100):         {ms:6.1f} ms')
    hot = [page.url for page in english[3000:3010]]
    timed(client, hot * 2)
    ms, queries = timed(client, hot * 100)
    label = "with" if settings.ROUTE_MEMORY else "without"
    print(f"rendered copy, {label} route memory: {ms:6.1f} ms  {queries:4.1f} queries")
    if settings.ROUTE_MEMORY and not args.hot_only:
        env = {**os.environ, "ROUTE_MEMORY": "0"}
        command = [sys.executable, __file__, "--hot-only", "--database", args.database]
        subprocess.run(command, env=env, check=True)


if __name__ == "__main__":
    main()
