"""Wagtail's own background work on the project's Celery: a django-tasks backend.

Wagtail 8 and its search library (modelsearch) queue their background work through django-tasks
(`@task` functions in wagtail.tasks, wagtail.images.tasks, modelsearch.tasks,
wagtail.contrib.frontend_cache.tasks): a reference index update and a Wagtail search index update
after every save of a tracked or indexed model (pages, images, documents, snippets), deleting an
image's, rendition's or document's file after its row is deleted, image focal points when feature
detection is on (it is off here), front-cache purges through wagtail.contrib.frontend_cache (not
installed here: portal.caching.frontcache purges on its own Celery task). django-tasks ships only an
immediate backend (the work runs inside the editor's request) and a dummy one. `CeleryBackend` sends
each task to the Celery worker fleet instead, as the Celery task `portal.run_django_task`, carrying the
task function's import path and its JSON arguments.

Sending waits for the surrounding transaction to commit, so the worker sees the rows the editor just
saved (and a rolled-back save queues nothing). Without a broker (`make run`, the tests) Celery runs
eagerly and the work simply runs in-process, once the transaction commits.

A broker that is down never fails the editor's request: the message is dropped and an error logged.
What is lost then, and how it is repaired:
- a reference index update: the "usage" counts and "this is referenced from" warnings in the admin
  miss the change until the object is saved again, or `manage.py rebuild_references_index` is run;
- a Wagtail search index update (the admin's search of pages, images, documents; not the readers'
  search, which is the project's own index): stale until the object is saved again, or
  `manage.py update_index` is run;
- a file deletion: the row is gone, the file stays in MEDIA_ROOT as an orphan (harmless but kept:
  nothing in the project sweeps files that no image, rendition or document names);
- a focal point: the image keeps the default crop until it is saved again;
- a front-cache purge: the page is stale until its cache lifetime ends.

The worker side runs only what is a django-tasks `Task`: a message naming any other callable (say
`os.system`) is refused, so the broker cannot be used to call arbitrary functions.
"""

import logging
from datetime import timedelta
from math import ceil

from celery import current_app, shared_task
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks.backends.base import BaseTaskBackend
from django_tasks.base import (
    DEFAULT_TASK_PRIORITY,
    DEFAULT_TASK_QUEUE_NAME,
    Task,
    TaskContext,
    TaskError,
    TaskResult,
    TaskResultStatus,
)
from django_tasks.exceptions import InvalidTaskError
from django_tasks.signals import task_enqueued, task_finished, task_started
from django_tasks.utils import get_exception_traceback, get_module_path, get_random_id, normalize_json

logger = logging.getLogger(__name__)

# Celery on Redis: priorities 0..9, 0 is served first, and a message without one counts as 0.
CELERY_LOWEST_PRIORITY = 9


class RefusedTask(ValueError):
    """A message named something that is not a django-tasks Task."""


# Wagtail's work (reference and admin search indexes, file deletion) serves editors, not readers: it goes
# after the publish pipeline and the front-cache purges (priority 0), which readers wait for. Measured:
# at the same priority it queued ahead of them and made publish -> fresh at Varnish 0.25 s slower.
WAGTAIL_PRIORITY = 3


def celery_priority(priority: int) -> int:
    """django-tasks' priority (-100..100, higher first) as a Celery priority on Redis (0..9, lower first).

    The default priority and above run at WAGTAIL_PRIORITY (Wagtail's tasks all use the default); below
    the default maps onto WAGTAIL_PRIORITY+1..9, which kombu buckets into its priority steps (0, 3, 6, 9).
    """
    if priority >= DEFAULT_TASK_PRIORITY:
        return WAGTAIL_PRIORITY
    lowest = CELERY_LOWEST_PRIORITY - WAGTAIL_PRIORITY
    return WAGTAIL_PRIORITY + max(1, min(lowest, ceil(-priority * lowest / 100)))


def _visibility_timeout() -> timedelta:
    options = current_app.conf.broker_transport_options or {}
    return timedelta(seconds=options.get("visibility_timeout", 3600))


def ready_result(task: Task, result_id: str, args, kwargs, *, backend: str) -> TaskResult:
    """A TaskResult that has not run yet (the sender's and the worker's own copy)."""
    return TaskResult(
        task=task,
        id=result_id,
        status=TaskResultStatus.READY,
        enqueued_at=None,
        started_at=None,
        last_attempted_at=None,
        finished_at=None,
        args=args,
        kwargs=kwargs,
        backend=backend,
        errors=[],
        worker_ids=[],
    )


class CeleryBackend(BaseTaskBackend):
    """Enqueue django-tasks Tasks on Celery (`portal.run_django_task`) once the transaction commits.

    - priority: mapped by `celery_priority`;
    - queue_name: "default" is Celery's default queue (CELERY_DEFAULT_QUEUE); any other name, which must
      be listed in this backend's QUEUES, is the Celery queue of that name;
    - run_after: sent as Celery's `eta`. The worker holds such a message unacknowledged until then, and
      Redis hands it out again after the visibility timeout, so a run_after further away than that is
      refused (it would run more than once);
    - results are not kept (`supports_get_result` is False): the TaskResult returned is READY, and gets
      its `enqueued_at` once the message is sent.
    """

    supports_defer = True
    supports_async_task = True  # Task.call runs a coroutine function through async_to_sync
    supports_priority = True
    supports_get_result = False

    def validate_task(self, task: Task) -> None:
        super().validate_task(task)
        if task.run_after is not None and task.run_after - timezone.now() > _visibility_timeout():
            raise InvalidTaskError(
                "run_after is further away than the broker's visibility timeout "
                "(the message would be delivered again before it ran)."
            )

    def enqueue(self, task: Task, args, kwargs) -> TaskResult:
        self.validate_task(task)
        # TaskResult turns args and kwargs into JSON types, so an argument that cannot travel to a worker
        # fails here, in the caller, not later in a commit hook.
        result = ready_result(task, get_random_id(), args, kwargs, backend=self.alias)
        # robust: a task that fails while Celery runs eagerly (no broker) is logged, as ImmediateBackend
        # did, instead of raising into the request whose transaction has already committed.
        transaction.on_commit(lambda: self._send(result), robust=True)
        return result

    def _send(self, result: TaskResult) -> None:
        task = result.task
        options = {"task_id": result.id}
        if task.run_after is not None:
            options["eta"] = task.run_after
        options["priority"] = celery_priority(task.priority)
        if task.queue_name != DEFAULT_TASK_QUEUE_NAME:
            options["queue"] = task.queue_name
        if not run_django_task.enqueue_with((task.module_path, result.args, result.kwargs), {}, **options):
            logger.error(
                "django task %s (id=%s) not queued and lost (see portal.django_tasks_backend for how each "
                "is repaired)",
                task.module_path,
                result.id,
            )
            return
        object.__setattr__(result, "enqueued_at", timezone.now())
        task_enqueued.send(type(self), task_result=result)


def load_task(path: str) -> Task:
    """The django-tasks Task at `path`, or RefusedTask: only Tasks run through portal.run_django_task."""
    try:
        found = import_string(path)
    except ImportError as error:
        raise RefusedTask(f"refusing to run {path!r}: no such task") from error
    if not isinstance(found, Task) or found.module_path != path:
        raise RefusedTask(f"refusing to run {path!r}: not a django-tasks task")
    return found


@shared_task(name="portal.run_django_task", bind=True, acks_late=True, ignore_result=True)
def run_django_task(self, path: str, args: list, kwargs: dict) -> None:
    """Run one django-tasks Task (Wagtail's background work) queued by CeleryBackend.

    Mirrors django-tasks' ImmediateBackend: the task_started / task_finished signals fire (django-tasks
    logs a failure with its traceback), a `takes_context` task gets its TaskContext, and a failure is
    raised again so Celery records it too.
    """
    task = load_task(path)
    result = ready_result(task, self.request.id or get_random_id(), args, kwargs, backend=task.backend)
    started = timezone.now()
    object.__setattr__(result, "status", TaskResultStatus.RUNNING)
    object.__setattr__(result, "started_at", started)
    object.__setattr__(result, "last_attempted_at", started)
    result.worker_ids.append(self.request.hostname or "eager")
    task_started.send(sender=CeleryBackend, task_result=result)
    try:
        if task.takes_context:
            value = task.call(TaskContext(task_result=result), *result.args, **result.kwargs)
        else:
            value = task.call(*result.args, **result.kwargs)
        object.__setattr__(result, "_return_value", normalize_json(value))
    except Exception as error:
        object.__setattr__(result, "finished_at", timezone.now())
        result.errors.append(
            TaskError(
                exception_class_path=get_module_path(type(error)),
                traceback=get_exception_traceback(error),
            )
        )
        object.__setattr__(result, "status", TaskResultStatus.FAILED)
        task_finished.send(sender=CeleryBackend, task_result=result)
        raise
    object.__setattr__(result, "finished_at", timezone.now())
    object.__setattr__(result, "status", TaskResultStatus.SUCCESSFUL)
    task_finished.send(sender=CeleryBackend, task_result=result)
