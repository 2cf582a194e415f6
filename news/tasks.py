"""Celery finds tasks in `<app>.tasks`: news's live beside the code they serve and are listed here."""

from news.audio.tasks import audio_generate_task
from news.desk.tasks import notify_assignee
from news.pipeline.tasks import (
    article_changed_task,
    article_deleted_task,
    keys_changed_task,
    site_changed_task,
    snippet_changed_task,
    subtree_changed_task,
)
from news.related.tasks import (
    related_published_task,
    related_reconcile_task,
    related_refresh_task,
    related_withdrawn_task,
)
from news.renditions.tasks import renditions_generate_task

__all__ = [
    "article_changed_task",
    "article_deleted_task",
    "audio_generate_task",
    "keys_changed_task",
    "notify_assignee",
    "related_published_task",
    "related_reconcile_task",
    "related_refresh_task",
    "related_withdrawn_task",
    "renditions_generate_task",
    "site_changed_task",
    "snippet_changed_task",
    "subtree_changed_task",
]
