"""Wagtail's index (the admin's search) is written by the Celery worker: a save queues modelsearch's
django-task through portal.django_tasks_backend, an author's rename queues `search.admin_index_update`
through the publish pipeline."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.urls import reverse

from tests import factories
from tests.waiting import wait_for

pytestmark = [pytest.mark.broker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_the_worker_indexes_stories_for_the_admin_search(client, celery_worker):
    if connection.vendor != "postgresql":
        pytest.skip("worker processes need the test database over the network (PostgreSQL)")
    site = factories.build_site()
    section = factories.make_section(site["hu"], "Belföld", slug="belfold")
    author = factories.make_author(site["locales"]["hu"], "Kovács Zsófia")
    chief = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(chief)

    def found(q) -> set[str]:
        response = client.get(reverse("wagtailadmin_pages:search"), {"q": q})
        return {page.title for page in response.context["object_list"]}

    factories.make_article(
        section,
        "Ülésezik az Országgyűlés",
        body=[factories.paragraph("A vita késő estig tart.")],
        authors=[author],
        live=False,  # a draft: the admin finds it, readers never do
    )
    wait_for(lambda: found("orszaggyules") == {"Ülésezik az Országgyűlés"}, message="the worker to index it")
    assert found("kovacs") == {"Ülésezik az Országgyűlés"}

    author.name = "Szőke Zsófia"
    author.save()
    wait_for(lambda: found("szoke") == {"Ülésezik az Országgyűlés"}, message="the worker to re-index bylines")
