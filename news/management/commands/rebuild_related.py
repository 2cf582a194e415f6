import sys
import time
from datetime import datetime
from datetime import time as dtime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from wagtail.models import Locale

from news.related.rebuild import related_rebuild


class Command(BaseCommand):
    help = "Recompute related-article blocks for every live article (or one language, or recent ones)."

    def add_arguments(self, parser):
        parser.add_argument("--locale", help="Only this language code (en, hu).")
        parser.add_argument(
            "--since", help="Only articles first published on/after this date (YYYY-MM-DD or ISO)."
        )
        parser.add_argument("--jobs", type=int, default=2, help="Processes, one language each (default 2).")

    def handle(self, *args, locale=None, since=None, jobs=2, **options):
        locales = Locale.objects.all()
        if locale:
            locales = locales.filter(language_code=locale)
            if not locales.exists():
                known = ", ".join(Locale.objects.values_list("language_code", flat=True))
                raise CommandError(f"Unknown locale {locale!r}; choose from: {known}")
        since_at = None
        if since:
            try:
                since_at = parse_datetime(since) or (
                    datetime.combine(parse_date(since), dtime.min) if parse_date(since) else None
                )
            except ValueError:  # well-formed but impossible, e.g. 2026-13-45
                since_at = None
            if since_at is None:
                raise CommandError(f"--since must be a date like 2026-11-01, not {since!r}")
            if timezone.is_naive(since_at):
                since_at = timezone.make_aware(since_at)
        started = time.monotonic()
        done = related_rebuild(
            locale_ids=list(locales.values_list("pk", flat=True)),
            since=since_at,
            progress=self._progress(started),
            jobs=max(1, jobs),
        )
        elapsed = time.monotonic() - started
        sys.stderr.write("\n")
        self.stdout.write(self.style.SUCCESS(f"Rebuilt {done} related blocks in {elapsed:.1f} s."))

    def _progress(self, started):
        def report(done, total):
            width = 30
            share = done / total if total else 1
            rate = done / max(time.monotonic() - started, 1e-6)
            bar = "#" * int(width * share) + "-" * (width - int(width * share))
            sys.stderr.write(f"\r[{bar}] {done}/{total} ({share:5.1%}) {rate:,.0f}/s")
            sys.stderr.flush()

        return report
