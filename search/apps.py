from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Reader search: a per-language full-text index of articles, kept fresh by Celery tasks."""

    name = "search"
    label = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The publish pipeline (news.pipeline.tasks) queues `search.sync` by name: registered here.
        from search import tasks  # noqa: F401
