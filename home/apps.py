from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and site-wide"

    def ready(self):
        from home import signals  # noqa: F401  (cache invalidation receivers)
