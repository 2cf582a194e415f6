from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Budapest Post"

    def ready(self):
        from portal import lockout  # noqa: F401  (login lockout counters)
        from portal.routing import receivers  # noqa: F401  (the privacy stamp moves with each change)
