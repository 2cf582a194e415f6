from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("Newsroom")

    def ready(self):
        from news.desk import review_mail
        from news.pipeline import receivers  # noqa: F401  (the publish pipeline: every page and snippet event)

        review_mail.connect()  # before wagtail.admin's ready() connects its own notifier under the same uid
