from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Reader search: a per-language full-text index of articles, kept fresh by Celery tasks."""

    name = "search"
    label = "search"
    verbose_name = "Search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search import signals  # noqa: F401
