import sys
import time

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from search.indexing import search_rebuild


class Command(BaseCommand):
    help = (
        "Rewrite the reader search index for every live, public article (or one language). Publishing "
        "keeps it fresh by itself; run this after a bulk import or an upgrade."
    )

    def add_arguments(self, parser):
        parser.add_argument("--locale", help="Only this language code (en, hu).")

    def handle(self, *args, locale=None, **options):
        locale_id = None
        if locale:
            found = Locale.objects.filter(language_code=locale).values_list("pk", flat=True).first()
            if found is None:
                known = ", ".join(Locale.objects.values_list("language_code", flat=True))
                raise CommandError(f"Unknown locale {locale!r}; choose from: {known}")
            locale_id = found
        started = time.monotonic()
        done = search_rebuild(locale_id=locale_id, progress=self._progress(started))
        sys.stderr.write("\n")
        elapsed = time.monotonic() - started
        self.stdout.write(self.style.SUCCESS(f"Indexed {done} articles in {elapsed:.1f} s."))

    def _progress(self, started):
        def report(done, total):
            share = done / total if total else 1
            rate = done / max(time.monotonic() - started, 1e-6)
            bar = "#" * int(30 * share) + "-" * (30 - int(30 * share))
            sys.stderr.write(f"\r[{bar}] {done}/{total} ({share:5.1%}) {rate:,.0f}/s")
            sys.stderr.flush()

        return report
