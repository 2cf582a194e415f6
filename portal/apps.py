from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Budapest Post"

    def ready(self):
        from portal import (
            lockout,  # noqa: F401  (login lockout counters)
            slugs,
        )
        from portal.routing import receivers  # noqa: F401  (the privacy stamp moves with each change)
        from portal.spreadsheets import install

        install()  # no formula in any CSV/XLSX export of the admin
        slugs.install()  # an editor's typed slug is transliterated, not stripped of its accents
