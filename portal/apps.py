from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Budapest Post"

    def ready(self):
        from portal import lockout  # noqa: F401  (login lockout counters)
