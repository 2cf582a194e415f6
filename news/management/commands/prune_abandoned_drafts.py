from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from news.drafts import abandoned_drafts


class Command(BaseCommand):
    help = (
        "Delete never-published articles that hold nothing but a headline and were left untouched "
        "(add forms autosaved and abandoned). Lists them first with --dry-run."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=7, help="Untouched for at least this many days (7).")
        parser.add_argument("--dry-run", action="store_true", help="Only list them.")

    def handle(self, *args, days=7, dry_run=False, **options):
        if days < 1:
            raise CommandError("--days must be 1 or more")
        drafts = abandoned_drafts(older_than=timedelta(days=days))
        for page in drafts:
            self.stdout.write(f"{page.pk}\t{page.locale.language_code}\t{page.url_path}\t{page.draft_title}")
            if not dry_run:
                page.delete()
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(self.style.SUCCESS(f"{verb} {len(drafts)} abandoned draft(s)."))
