from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Budapest Post"

    def ready(self):
        from portal import signals  # noqa: F401  (site cache invalidation)
