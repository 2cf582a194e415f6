"""The translation coverage report on the 100,000-article archive: the summary and the story listing.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/budapest_post_bench \\
    .venv/bin/python bench/coverage.py [--repeat 30] [--translations 10000] [--real 60]

The archive (bench/bulk_load.py) links its translated pairs by translation key only, without
wagtail-localize, so the report would find no translation to classify. Inside one transaction that is
rolled back at the end (nothing is left in the database), the script first makes the archive a
translating newsroom:

- `--translations` pairs become wagtail-localize translations (TranslationSource and Translation rows,
  half each direction): most live and current, a tenth behind their original, a twentieth drafts (their
  target unpublished); a third assigned to a translator with a due date, the rest the desk's;
- the newest `--real` pairs are translated for real with the desk's `translate_object` (segments, so the
  listing's untranslated counts have something to count), a third of them submitted to the moderation
  workflow and half of those sent back;

then ANALYZEs the touched tables (rolled back too) and times, after a warm-up, median and p95 over
`--repeat` runs with the production settings (bench/server/settings.py) in process, no HTTP:

- `coverage_summary()` alone, and the report page through Django's test client;
- the listing's first page: no filter, "missing in Hungarian", "needs update", and the desk's
  unassigned work (by translation).

Target (issue 15): the report page <= 300 ms at 100,000 articles. Needs the `news_translationassignment`
table: `manage.py migrate news` on the bench database adds it (nothing else changes).
"""

import argparse
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

from percentiles import percentile  # bench/percentiles.py: the script's own directory

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


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
            # One connection holds the whole run's transaction: no pool (its 1 s wait is for outages).
            "DATABASE_POOL": "0",
        }
    )
    import django

    django.setup()
    from django.conf import settings
    from django.core import signals
    from django.db import close_old_connections
    from django.test.utils import override_settings

    static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    override_settings(
        STORAGES={**settings.STORAGES, "staticfiles": static},
        CELERY_TASK_ALWAYS_EAGER=True,
        MAILERS={"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}},  # workflow notices
    ).enable()
    # Requests must not close the connection: everything happens in one transaction, rolled back.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)


class Rollback(Exception):
    pass


def make_translations(count: int, real: int) -> dict:
    """Turn archive pairs into wagtail-localize translations (see the module docstring)."""
    import uuid

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.utils import timezone
    from wagtail.models import Page, WorkflowState
    from wagtail_localize.models import Translation, TranslationSource

    from news.desk.assignments import TranslationAssignment
    from news.desk.translating import translate_object
    from news.models import ArticlePage
    from news.roles import EDITORS, TRANSLATORS

    article = ContentType.objects.get_for_model(ArticlePage)
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT a.id, b.id FROM wagtailcore_page a
               JOIN wagtailcore_page b ON b.translation_key = a.translation_key AND b.id > a.id
               WHERE a.depth = 4 AND b.depth = 4 AND a.content_type_id = %s AND a.live AND b.live
                 AND NOT EXISTS (SELECT 1 FROM wagtail_localize_translationsource s
                                 WHERE s.object_id = a.translation_key)
               ORDER BY a.first_published_at DESC, a.id DESC LIMIT %s""",
            [article.pk, count],
        )
        pairs = cursor.fetchall()
    pages = Page.objects.in_bulk([page_id for pair in pairs for page_id in pair])
    editor = get_user_model().objects.create_user("bench-coverage", "bench@example.org", "x")
    editor.groups.add(*Group.objects.filter(name=EDITORS))  # the desk's user, not a superuser
    translator = get_user_model().objects.create_user("bench-translator", "t@example.org", "x")
    translator.groups.add(*Group.objects.filter(name=TRANSLATORS))

    # The newest pairs, translated for real (segments, workflow), in both directions.
    workflow_pages = []
    for n, (first, second) in enumerate(pairs[:real]):
        source, target = (pages[first], pages[second]) if n % 2 else (pages[second], pages[first])
        translate_object(source.specific, [target.locale], user=editor)
        if n % 3 == 0:
            workflow_pages.append(Page.objects.get(pk=target.pk).specific)
    for n, page in enumerate(workflow_pages):
        workflow = page.get_workflow()
        if workflow is not None:
            state = workflow.start(page, editor)
            if n % 2:
                WorkflowState.objects.filter(pk=state.pk).update(status=WorkflowState.STATUS_NEEDS_CHANGES)

    # The rest in bulk: rows as wagtail-localize writes them, without their segments.
    now = timezone.now()
    sources, translations, behind, drafts = [], [], [], []
    for n, (first, second) in enumerate(pairs[real:]):
        source, target = (pages[first], pages[second]) if n % 2 else (pages[second], pages[first])
        synced = source.last_published_at or now
        sources.append(
            TranslationSource(
                object_id=source.translation_key,
                specific_content_type=article,
                locale_id=source.locale_id,
                object_repr=source.title[:200],
                content_json="{}",
                created_at=synced,
                last_updated_at=synced - timedelta(days=1) if n % 10 == 0 else synced,
                schema_version="",
            )
        )
        translations.append((target, synced))
        (behind if n % 10 == 0 else drafts if n % 20 == 1 else []).append(target.pk)
    TranslationSource.objects.bulk_create(sources, batch_size=2000)
    rows = Translation.objects.bulk_create(
        [
            Translation(uuid=uuid.uuid4(), source=source, target_locale_id=target.locale_id, created_at=now)
            for source, (target, _synced) in zip(sources, translations, strict=True)
        ],
        batch_size=2000,
    )
    for target, synced in translations:
        target.last_published_at = synced + timedelta(minutes=5)
    Page.objects.bulk_update([target for target, _synced in translations], ["last_published_at"], 2000)
    Page.objects.filter(pk__in=drafts).update(live=False)
    TranslationAssignment.objects.bulk_create(
        [
            TranslationAssignment(
                translation=row, assignee=translator, due_date=now.date() + timedelta(days=n % 14)
            )
            for n, row in enumerate(rows)
            if n % 3 == 0
        ],
        batch_size=2000,
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "ANALYZE wagtailcore_page, wagtail_localize_translation, wagtail_localize_translationsource, "
            "news_translationassignment, wagtailcore_workflowstate"
        )
    return {
        "editor": editor,
        "translations": Translation.objects.count(),
        "behind": len(behind),
        "drafts": len(drafts),
        "workflows": WorkflowState.objects.active().count(),
    }


def timed(run, repeat: int) -> tuple[list[float], int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    run()  # warm-up: templates, content types, the admin's own caches
    timings, queries = [], 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            run()
            timings.append((time.perf_counter() - started) * 1000)
        queries = len(captured.captured_queries)
    return timings, queries


def report(label: str, timings: list[float], queries: int, target: float | None = None) -> None:
    goal = f"   target <= {target:.0f} ms" if target else ""
    print(
        f"{label:<44} median {statistics.median(timings):7.1f} ms   p95 {percentile(timings, 0.95):7.1f} ms"
        f"   {queries:3d} queries{goal}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--translations", type=int, default=10_000, help="archive pairs made translations")
    parser.add_argument("--real", type=int, default=60, help="of them, translated with segments")
    args = parser.parse_args()
    setup()
    from django.db import connection, transaction
    from django.test import Client
    from django.urls import reverse

    from news.desk.coverage import coverage_summary
    from news.models import ArticlePage

    if "news_translationassignment" not in connection.introspection.table_names():
        sys.exit("The bench database lacks news_translationassignment: run `manage.py migrate news` on it.")
    print(f"archive: {ArticlePage.objects.count():,} articles ({ArticlePage.objects.live().count():,} live)")
    try:
        with transaction.atomic():
            started = time.perf_counter()
            made = make_translations(args.translations, args.real)
            print(
                f"set up in {time.perf_counter() - started:.0f} s (rolled back at the end): "
                f"{made['translations']:,} translations, {made['behind']:,} behind their original, "
                f"{made['drafts']:,} drafts, {made['workflows']} in moderation"
            )
            client = Client(HTTP_HOST="127.0.0.1")
            client.force_login(made["editor"])

            def page(url, params=None):
                def run():
                    response = client.get(url, params or {})
                    if response.status_code != 200:
                        raise SystemExit(f"{url} {params} answered {response.status_code}")

                return run

            report("coverage_summary()", *timed(coverage_summary, args.repeat))
            report("report page", *timed(page(reverse("translation_coverage")), args.repeat), target=300)
            stories = reverse("translation_coverage_stories")
            for label, params in (
                ("stories, first page, no filter", {}),
                ("stories: missing in Hungarian", {"status": "missing", "language": "hu"}),
                ("stories: needs update", {"status": "needs_update"}),
                ("stories: the desk's (unassigned)", {"assignee": "desk"}),
            ):
                report(label, *timed(page(stories, params), args.repeat))
            raise Rollback
    except Rollback:
        pass


if __name__ == "__main__":
    main()
