"""`runserver` (what `make run` serves with) plus scheduled publishing when there is no broker.

Without CELERY_BROKER_URL nothing runs Celery beat, so embargoes and expiries would never fire: the
serving process runs them in a thread (portal.scheduled.loop). `inner_run` is the serving process only:
the autoreloader's parent never calls it, so the thread is not started twice. With a broker, beat does it.
"""

from django.conf import settings
from django.contrib.staticfiles.management.commands.runserver import Command as StaticRunserver

from portal.scheduled import loop


class Command(StaticRunserver):
    def inner_run(self, *args, **options):
        if settings.CELERY_TASK_ALWAYS_EAGER:
            loop.start()
            self.stdout.write(
                f"Scheduled publishing and expiry run in this process every "
                f"{settings.SCHEDULED_PUBLISHING_INTERVAL:g} s (no broker, no beat)."
            )
        return super().inner_run(*args, **options)
