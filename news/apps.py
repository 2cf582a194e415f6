from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "Newsroom"

    def ready(self):
        from news.pipeline import receivers  # noqa: F401  (the publish pipeline: every page and snippet event)
