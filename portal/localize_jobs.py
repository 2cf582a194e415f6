"""wagtail-localize's background jobs (subtree translation, locale tree sync) on Celery.

wagtail-localize hands its backend a function and arguments that include model instances and a
component manager, none of which travel over a broker. Models are sent as (label, pk) and loaded again
in the worker; component managers become None (this project registers no extra translation
components, so there is nothing in them to save). Jobs are queued after the surrounding transaction
commits, so the worker sees the page the editor just translated (portal.background: a broker
outage is logged, never raised into the editor's request).
"""

from collections.abc import Callable
from typing import Any

from celery import shared_task
from django.apps import apps
from django.db import models
from django.utils.module_loading import import_string
from wagtail_localize.tasks import BaseJobBackend

MODEL_MARKER = "__model__"
# Where jobs may come from: wagtail-localize, and the desk's versions of its operations (news.desk).
JOB_MODULES = ("wagtail_localize.", "news.desk.translating.")


def encode(value: Any) -> Any:
    if isinstance(value, models.Model):
        return {MODEL_MARKER: value._meta.label, "pk": value.pk}
    if isinstance(value, list | tuple | models.QuerySet):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {key: encode(item) for key, item in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return None  # component managers, page indexes: rebuilt or unused in the worker


def decode(value: Any) -> Any:
    if isinstance(value, dict) and MODEL_MARKER in value:
        return apps.get_model(value[MODEL_MARKER])._default_manager.get(pk=value["pk"])
    if isinstance(value, list):
        return [decode(item) for item in value]
    if isinstance(value, dict):
        return {key: decode(item) for key, item in value.items()}
    return value


class CeleryJobBackend(BaseJobBackend):
    def enqueue(self, func: Callable, args, kwargs):
        path = f"{func.__module__}.{func.__qualname__}"
        run_localize_job.delay_on_commit(path, encode(list(args)), encode(dict(kwargs)))


@shared_task(name="portal.run_localize_job", acks_late=True, time_limit=600, soft_time_limit=540)
def run_localize_job(path: str, args: list, kwargs: dict) -> None:
    """Run one wagtail-localize background job."""
    if not path.startswith(JOB_MODULES):
        raise ValueError(f"refusing to run {path!r}: only wagtail-localize jobs go through this task")
    import_string(path)(*decode(args), **decode(kwargs))
