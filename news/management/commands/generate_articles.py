"""`manage.py generate_articles --count N`: synthetic bilingual articles for benchmarks (see news.bulk)."""

import time

from django.core.management.base import BaseCommand, CommandError

from news import bulk


class ProgressBar:
    """`[#####.....] 12,000/100,000  12.0%  2,345/s  ETA 0:00:33` redrawn in place on one line."""

    def __init__(self, stream, width: int = 30):
        self.stream, self.width, self.started = stream, width, time.perf_counter()

    def __call__(self, done: int, total: int) -> None:
        elapsed = time.perf_counter() - self.started
        rate = done / elapsed if elapsed else 0.0
        eta = int((total - done) / rate) if rate else 0
        share = done / max(total, 1)
        filled = round(self.width * share)
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (self.width - filled)}] {done:,}/{total:,} {100 * share:5.1f}%"
            f"  {rate:,.0f}/s  ETA {eta // 3600}:{eta % 3600 // 60:02d}:{eta % 60:02d}",
            ending="\n" if done >= total else "",
        )
        self.stream.flush()


class Command(BaseCommand):
    help = "Create N synthetic live articles (EN, HU and translation pairs) under the existing sections."

    def add_arguments(self, parser):
        parser.add_argument(
            "--count", type=int, required=True, help="Articles to create (a pair counts as 2)."
        )
        parser.add_argument("--seed", type=int, default=0, help="Same seed, same text (default 0).")
        parser.add_argument(
            "--batch-size", type=int, default=1000, help="Pages per transaction (default 1000)."
        )
        parser.add_argument(
            "--translated-share",
            type=float,
            default=0.4,
            help="Share of articles that come as EN+HU translation pairs (default 0.4).",
        )

    def handle(self, *args, count, seed, batch_size, translated_share, **options):
        if count < 1 or batch_size < 1 or not 0 <= translated_share <= 1:
            raise CommandError("--count and --batch-size must be positive; --translated-share within 0..1.")
        started = time.perf_counter()
        progress = ProgressBar(self.stderr) if options.get("verbosity", 1) > 0 else None
        try:
            created = bulk.articles_generate(
                count=count,
                seed=seed,
                batch_size=batch_size,
                translated_share=translated_share,
                progress=progress,
            )
        except bulk.NoSectionsError as error:
            raise CommandError(str(error)) from None
        elapsed = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {created:,} articles in {elapsed:.1f} s ({created / elapsed:,.0f} articles/s)."
            )
        )
