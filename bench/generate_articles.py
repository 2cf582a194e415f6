"""Add N synthetic live articles (EN, HU and translation pairs) under the existing sections.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/budapest_post_bench .venv/bin/python \\
        bench/generate_articles.py --count N [--seed 0] [--batch-size 1000] [--translated-share 0.4]

The generator is tests/support/archive.py (tests call it directly); bench/bulk_load.py runs and times this
script on a fresh database. The database needs the sections first (`manage.py load_demo_content`).
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")


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
            f"  {rate:,.0f}/s  ETA {eta // 3600}:{eta % 3600 // 60:02d}:{eta % 60:02d}"
            + ("\n" if done >= total else "")
        )
        self.stream.flush()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, required=True, help="Articles to create (a pair counts as 2).")
    parser.add_argument("--seed", type=int, default=0, help="Same seed, same text (default 0).")
    parser.add_argument("--batch-size", type=int, default=1000, help="Pages per transaction (default 1000).")
    parser.add_argument(
        "--translated-share",
        type=float,
        default=0.4,
        help="Share of articles that come as EN+HU translation pairs (default 0.4).",
    )
    parser.add_argument("--quiet", action="store_true", help="No progress bar.")
    args = parser.parse_args()
    if args.count < 1 or args.batch_size < 1 or not 0 <= args.translated_share <= 1:
        parser.error("--count and --batch-size must be positive; --translated-share within 0..1.")

    import django

    django.setup()
    from tests.support.archive import NoSectionsError, generate_articles

    started = time.perf_counter()
    try:
        created = generate_articles(
            count=args.count,
            seed=args.seed,
            batch_size=args.batch_size,
            translated_share=args.translated_share,
            progress=None if args.quiet else ProgressBar(sys.stderr),
        )
    except NoSectionsError as error:
        sys.exit(str(error))
    elapsed = time.perf_counter() - started
    print(f"Created {created:,} articles in {elapsed:.1f} s ({created / elapsed:,.0f} articles/s).")


if __name__ == "__main__":
    main()
