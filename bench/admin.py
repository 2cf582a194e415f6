"""The editors' admin on the 100,000-article archive, next to the readers' pages.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/budapest_post_bench \\
    REDIS_CACHE_URL=redis://127.0.0.1:6379/12 CELERY_BROKER_URL=redis://127.0.0.1:6379/13 \\
    .venv/bin/python bench/admin.py [--repeat 20] [--query budapest] [--as-superuser]

With the production settings (bench/server/settings.py) and the Redis cache, in process through Django's
test client (no HTTP), as an editor (the Editors group; `--as-superuser` for Wagtail's superuser paths),
median and p95 over `--repeat` runs after one warm-up, with each request's query count:

- the explorer of the biggest section: page 1, a deep page, and the "Sort menu order" URL (`?ordering=ord`,
  which a section answers with a redirect to the paginated listing);
- admin page search (`/admin/pages/search/?q=`), the explorer's own search, the page chooser's search, the
  chooser's root and a section in the chooser;
- for comparison, the readers' pages: a section front and an article from their rendered copies, a cold
  article, and the readers' search.

Admin search reads Wagtail's own index (`wagtailsearch_indexentry`), which bench/bulk_load.py does not
build: run `manage.py wagtail_update_index` on the bench database first (the script says when the index is
missing or partial). Nothing is written but one editor account, made and removed inside a transaction
that is rolled back.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from percentiles import percentile  # bench/percentiles.py: the script's own directory

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGET_MS = 300
TARGET_QUERIES = 30


def setup() -> None:
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith("postgres"):
        sys.exit(
            "Set DATABASE_URL to the bench database, e.g. postgres://postgres@127.0.0.1:5432/budapest_post_bench"
        )
    sys.path[:0] = [str(ROOT), str(HERE)]
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "server.settings",
            "SECRET_KEY": "bench-" + os.urandom(16).hex(),
            "ALLOWED_HOSTS": "127.0.0.1",
            "REDIS_CACHE_URL": os.environ.get("REDIS_CACHE_URL", "redis://127.0.0.1:6379/12"),
            "CELERY_BROKER_URL": os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/13"),
            "DATABASE_POOL": "0",  # one connection holds the run's transaction
        }
    )
    import django

    django.setup()
    from django.conf import settings
    from django.core import signals
    from django.db import close_old_connections
    from django.test.utils import override_settings

    static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    override_settings(STORAGES={**settings.STORAGES, "staticfiles": static}).enable()
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)


class Rollback(Exception):
    pass


def timed(client, url, repeat, status=200):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def get():
        response = client.get(url)
        if response.status_code != status:
            raise SystemExit(f"{url} answered {response.status_code}, expected {status}")
        return response

    get()  # warm-up: templates, content types, the admin's own caches
    timings, queries = [], 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            get()
            timings.append((time.perf_counter() - started) * 1000)
        queries = len(captured.captured_queries)
    return timings, queries


def report(label, timings, queries, targets=True):
    median, p95 = statistics.median(timings), percentile(timings, 0.95)
    goal = ""
    if targets:
        ok = median <= TARGET_MS and queries <= TARGET_QUERIES
        goal = f"   {'ok' if ok else 'OVER'} (<= {TARGET_MS} ms, <= {TARGET_QUERIES} queries)"
    print(f"{label:<46} median {median:7.1f} ms   p95 {p95:7.1f} ms   {queries:3d} queries{goal}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--query", default="budapest", help="the word searched for")
    parser.add_argument("--as-superuser", action="store_true")
    args = parser.parse_args()
    setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import transaction
    from django.test import Client
    from django.urls import reverse
    from wagtail.search.models import IndexEntry

    from news.models import ArticlePage, SectionPage
    from news.roles import EDITORS
    from portal.caching import generations as fragments

    articles = ArticlePage.objects.count()
    indexed = IndexEntry.objects.count()
    print(f"archive: {articles:,} articles; Wagtail's admin index: {indexed:,} entries")
    if indexed < articles:
        print("  (admin search reads a partial index: `manage.py wagtail_update_index` builds it)")
    section = SectionPage.objects.filter(locale__language_code="en").order_by("-numchild").first()
    print(
        f"section: {section.title!r} ({section.numchild:,} articles), as "
        f"{'a superuser' if args.as_superuser else 'an editor'}"
    )
    q = args.query
    try:
        with transaction.atomic():
            User = get_user_model()
            if args.as_superuser:
                user = User.objects.create_superuser("bench-admin", "bench@example.org", "x")
            else:
                user = User.objects.create_user("bench-admin", "bench@example.org", "x")
                user.groups.add(*Group.objects.filter(name=EDITORS))
            client = Client(HTTP_HOST="127.0.0.1")
            client.force_login(user)
            explore = reverse("wagtailadmin_explore", args=[section.pk])
            deep = max(1, section.numchild // 50 // 2)
            print("\nthe editors' admin")
            report("explorer, section page 1", *timed(client, explore, args.repeat))
            report(f"explorer, section page {deep}", *timed(client, f"{explore}?p={deep}", args.repeat))
            report(
                "explorer, section ?ordering=ord (redirect)",
                *timed(client, f"{explore}?ordering=ord", args.repeat, status=302),
            )
            search = reverse("wagtailadmin_pages:search")
            report(f"admin page search {q!r}", *timed(client, f"{search}?q={q}", args.repeat))
            report(f"explorer search in the section {q!r}", *timed(client, f"{explore}?q={q}", args.repeat))
            report(
                f"page chooser search {q!r}",
                *timed(client, f"{reverse('wagtailadmin_choose_page_search')}?q={q}", args.repeat),
            )
            report("page chooser root", *timed(client, reverse("wagtailadmin_choose_page"), args.repeat))
            report(
                "page chooser, the section",
                *timed(client, reverse("wagtailadmin_choose_page_child", args=[section.pk]), args.repeat),
            )

            print("\nthe readers' pages (for comparison)")
            reader = Client(HTTP_HOST="127.0.0.1")
            article = section.get_children().live().order_by("-path").first()
            report("section front (rendered copy)", *timed(reader, section.url, args.repeat), targets=False)
            report("article (rendered copy)", *timed(reader, article.url, args.repeat), targets=False)
            english = ArticlePage.objects.live().filter(locale__language_code="en").order_by("pk")
            cold = list(english[1000 : 1001 + args.repeat])

            def cold_article():
                from django.db import connection
                from django.test.utils import CaptureQueriesContext

                timings, queries = [], 0
                for page in cold:
                    fragments.bump(fragments.SITE)  # its rendered copy unreachable: the template runs
                    with CaptureQueriesContext(connection) as captured:
                        started = time.perf_counter()
                        if reader.get(page.url).status_code != 200:
                            raise SystemExit(f"{page.url} did not answer 200")
                        timings.append((time.perf_counter() - started) * 1000)
                    queries = len(captured.captured_queries)
                return timings[1:], queries

            report("article, cold (rendered)", *cold_article(), targets=False)
            report(f"readers' search {q!r}", *timed(reader, f"/en/search/?q={q}", args.repeat), targets=False)
            raise Rollback
    except Rollback:
        pass


if __name__ == "__main__":
    main()
