"""Wagtail's own background work (django-tasks) goes through Celery: eagerly here, and through a real
worker; only after the transaction commits, only for real Tasks, and never failing an editor's publish
when the broker is down."""

import logging
import os
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks import task, task_backends
from django_tasks.exceptions import InvalidTaskError
from django_tasks.signals import task_enqueued, task_started
from wagtail.models import ReferenceIndex

from news.models import ArticlePage
from portal.celery import app
from portal.django_tasks_backend import (
    CeleryBackend,
    RefusedTask,
    celery_priority,
    run_django_task,
)
from tests import factories
from tests.ops.test_redis_outage import _use_broker
from tests.support.processes import free_port
from tests.waiting import wait_for

REFERENCE_TASK = "wagtail.tasks.update_reference_index_task"
SEARCH_TASK = "modelsearch.tasks.insert_or_update_object_task"
DELETE_FILE_TASK = "wagtail.tasks.delete_file_from_storage_task"

contexts_seen = []


@task(takes_context=True)
def remember_context(context, label, numbers):
    """A module-level task taking its context, as django-tasks allows (Wagtail has none)."""
    contexts_seen.append((context.task_result.id, context.attempt, label, numbers))
    return len(numbers)


@task()
def always_fails():
    raise RuntimeError("boom")


@pytest.fixture
def ran():
    """Module paths of the django-tasks that start in this process (eagerly), in order."""
    paths = []

    def started(sender, task_result, **kwargs):
        paths.append(task_result.task.module_path)

    task_started.connect(started, dispatch_uid="test-django-tasks-ran")
    yield paths
    task_started.disconnect(dispatch_uid="test-django-tasks-ran")


@pytest.fixture
def sent():
    """Module paths of the django-tasks handed to Celery from this process."""
    paths = []

    def enqueued(sender, task_result, **kwargs):
        paths.append(task_result.task.module_path)

    task_enqueued.connect(enqueued, sender=CeleryBackend, dispatch_uid="test-django-tasks-sent")
    yield paths
    task_enqueued.disconnect(sender=CeleryBackend, dispatch_uid="test-django-tasks-sent")


def references_to(obj) -> set[int]:
    return {int(ref.object_id) for ref in ReferenceIndex.get_references_to(obj)}


def test_backend_is_configured():
    from wagtail.tasks import update_reference_index_task

    assert isinstance(task_backends["default"], CeleryBackend)
    assert isinstance(update_reference_index_task.get_backend(), CeleryBackend)


# -- (a) Wagtail's tasks run through the backend (eager Celery) --------------------------------------


def test_publishing_a_page_updates_the_reference_index(
    site, sections, ran, django_capture_on_commit_callbacks
):
    picture = factories.make_image("Chain Bridge")
    with django_capture_on_commit_callbacks(execute=True):
        article = factories.make_article(sections["en"], "Bridge reopens", hero=picture)
    assert REFERENCE_TASK in ran and SEARCH_TASK in ran  # Wagtail's admin search index too
    assert references_to(picture) == {article.pk}


def test_deleting_an_image_deletes_its_file(site, ran, django_capture_on_commit_callbacks):
    picture = factories.make_image("Doomed")
    path = picture.file.path
    assert os.path.exists(path)
    with django_capture_on_commit_callbacks(execute=True):
        picture.delete()
    assert DELETE_FILE_TASK in ran
    assert not os.path.exists(path)


# -- (b) only after the transaction commits -----------------------------------------------------------


def test_nothing_runs_before_commit(site, sections, ran, django_capture_on_commit_callbacks):
    picture = factories.make_image("Parliament")
    doomed = factories.make_image("Outtake")
    doomed_path = doomed.file.path
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with transaction.atomic():
            article = factories.make_article(sections["en"], "Late sitting", hero=picture)
            doomed.delete()
        assert ran == [], "a django task ran before the transaction committed"
        assert references_to(picture) == set()
        assert os.path.exists(doomed_path)
    assert callbacks
    assert REFERENCE_TASK in ran and DELETE_FILE_TASK in ran
    assert references_to(picture) == {article.pk}
    assert not os.path.exists(doomed_path)


def test_a_rolled_back_save_queues_nothing(site, sections, ran, sent, django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        factories.make_article(sections["en"], "Never happened")
        raise RuntimeError("editor's save failed")
    assert ran == [] and sent == []


# -- (c) only django-tasks Tasks run --------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "os.system",  # any callable
        "builtins.eval",
        "wagtail.signal_handlers.update_reference_index_task",  # a Task under another name
        "portal.django_tasks_backend.run_django_task",  # a Celery task, not a django-tasks one
        "no.such.module.function",
    ],
)
def test_a_message_naming_anything_but_a_task_is_refused(path, monkeypatch):
    calls = []
    monkeypatch.setattr(os, "system", lambda *args: calls.append(args))
    with pytest.raises(RefusedTask, match="refusing to run"):
        run_django_task.run(path, ["touch /tmp/pwned"], {})
    assert calls == []


def test_context_and_json_arguments_reach_the_task(db, django_capture_on_commit_callbacks):
    contexts_seen.clear()
    with django_capture_on_commit_callbacks(execute=True):
        result = remember_context.enqueue("tram", (1, 2, 3))
    assert result.args == ["tram", [1, 2, 3]]  # JSON types, as they travel
    assert contexts_seen == [(result.id, 1, "tram", [1, 2, 3])]
    assert result.enqueued_at is not None


def test_a_failing_task_is_logged_not_raised_into_the_request(db, caplog, django_capture_on_commit_callbacks):
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        always_fails.enqueue()
    assert "boom" in caplog.text


def test_arguments_that_cannot_travel_fail_in_the_caller():
    with pytest.raises(TypeError):
        remember_context.enqueue("tram", object())


# -- priority, queue, run_after --------------------------------------------------------------------------


def test_priority_maps_onto_redis_priorities_after_the_publish_pipeline():
    assert celery_priority(0) == celery_priority(100) == 3  # after the pipeline and purges (0)
    assert celery_priority(-1) == 4 and celery_priority(-50) == 6 and celery_priority(-100) == 9


def test_send_options(db, monkeypatch, django_capture_on_commit_callbacks, settings):
    settings.TASKS = {
        "default": {
            "BACKEND": "portal.django_tasks_backend.CeleryBackend",
            "QUEUES": ["default", "slow"],
        }
    }
    calls = []
    monkeypatch.setattr(
        run_django_task,
        "apply_async",
        lambda args, kwargs, **options: calls.append({"args": args, **options}),
    )
    later = timezone.now() + timedelta(minutes=2)
    with django_capture_on_commit_callbacks(execute=True):
        result = remember_context.using(priority=-100, queue_name="slow", run_after=later).enqueue("x", [])
        remember_context.enqueue("y", [])
    deferred, plain = calls
    assert deferred == {
        "args": ("tests.portal.test_django_tasks.remember_context", ["x", []], {}),
        "task_id": result.id,
        "eta": later,
        "priority": 9,
        "queue": "slow",
    }
    assert set(plain) == {"args", "task_id", "priority"} and plain["priority"] == 3  # Celery's default queue


def test_run_after_beyond_the_visibility_timeout_is_refused():
    with pytest.raises(InvalidTaskError, match="visibility timeout"):
        remember_context.using(run_after=timezone.now() + timedelta(days=2)).enqueue("x", [])


# -- (d) broker down ---------------------------------------------------------------------------------------


@pytest.fixture
def broker_down(monkeypatch):
    """Celery (not eager) pointed at a local port nobody listens on."""
    _use_broker(monkeypatch, f"redis://127.0.0.1:{free_port()}/0")
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = eager


def test_broker_down_logs_and_does_not_fail_the_publish(
    site, sections, broker_down, caplog, ran, sent, django_capture_on_commit_callbacks
):
    picture = factories.make_image("Metro")
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        article = factories.make_article(sections["en"], "Line 5 delayed", hero=picture, live=False)
        result = remember_context.enqueue("lost", [])
        factories.publish(article)
    assert ArticlePage.objects.get(pk=article.pk).live
    assert ran == [] and sent == []
    assert result.enqueued_at is None
    lost = [r for r in caplog.records if r.name == "portal.django_tasks_backend"]
    assert lost and all(r.levelno == logging.ERROR for r in lost)
    assert REFERENCE_TASK in caplog.text and "not queued" in caplog.text
    assert references_to(picture) == set(), "nothing could have updated the index"


# -- (e) a real worker ------------------------------------------------------------------------------------


@pytest.mark.broker
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_publish_in_the_admin_indexes_references_in_the_worker(client, celery_worker, monkeypatch, ran, sent):
    if connection.vendor != "postgresql":
        pytest.skip("the worker process needs a shared database (PostgreSQL)")
    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    picture = factories.make_image("Tram 2")
    article = factories.make_article(section, "Tram 2 returns", live=False)
    article.hero_image = picture
    article.save_revision()  # the draft names the picture; the page row does not yet

    # This process must not update the index itself: count any attempt.
    in_process = []
    original = ReferenceIndex.create_or_update_for_object.__func__
    monkeypatch.setattr(
        ReferenceIndex,
        "create_or_update_for_object",
        classmethod(lambda cls, obj: in_process.append(obj) or original(cls, obj)),
    )
    sent.clear()
    chief = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(chief)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    response = client.post(f"{url}?id={article.pk}", {"include_descendants": ""})
    assert response.status_code == 302
    assert ArticlePage.objects.get(pk=article.pk).live
    assert REFERENCE_TASK in sent, "the publish request queued the reference index update"

    wait_for(lambda: references_to(picture) == {article.pk}, message="the worker to index the reference")
    assert ran == [] and in_process == [], "the reference index was updated in the request's process"
