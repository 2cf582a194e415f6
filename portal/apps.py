from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Budapest Post"

    def ready(self):
        from portal import lockout, signals  # noqa: F401  (login lockout counters, site cache invalidation)
