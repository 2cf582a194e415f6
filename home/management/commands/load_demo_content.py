import logging
from argparse import BooleanOptionalAction

from django.conf import settings
from django.core.management.base import BaseCommand

from home.demo.loader import ADMIN_PASSWORD, ADMIN_USERNAME, ROLE_LOGINS, DemoLoader


class Command(BaseCommand):
    help = "Load the bilingual demo content (idempotent: a second run creates nothing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin",
            action=BooleanOptionalAction,
            default=None,
            help="Create the development superuser (default: only when DEBUG is on).",
        )

    def handle(self, *args, admin=None, **options):
        # Wagtail logs every page it creates at INFO; a hundred lines of that hide the login line.
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        create_admin = settings.DEBUG if admin is None else admin
        created = DemoLoader(create_admin=create_admin, log=self.stdout.write).run()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({created} new objects)."))
        if create_admin:
            self.stdout.write(f"Admin login (development only): {ADMIN_USERNAME} / {ADMIN_PASSWORD}")
            roles = ", ".join(f"{name} ({group})" for name, group in ROLE_LOGINS.items())
            self.stdout.write(f"One login per role, same password: {roles}")
