from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "Newsroom"

    def ready(self):
        from news import invalidation, signals  # noqa: F401  (publishing events -> tasks, cache purges)
