"""Publish and unpublish reach search results through the real Redis broker and a real worker."""

import pytest
from django.db import connection

from search.models import SearchDocument
from tests import factories
from tests.waiting import wait_for

pytestmark = [pytest.mark.broker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_publish_and_unpublish_through_a_worker(client, celery_worker):
    if connection.vendor != "postgresql":
        pytest.skip("worker processes need the test database over the network (PostgreSQL)")
    site = factories.build_site()
    section = factories.make_section(site["hu"], "Budapest", slug="budapest")

    def found():
        return "Libegő" in client.get("/hu/kereses/", {"q": "libego"}).content.decode()

    article = factories.make_article(section, "Újra jár a Libegő", standfirst="A felújítás véget ért.")
    wait_for(found, message="the worker to index the published article")
    assert SearchDocument.objects.get(page_id=article.pk).locale_id == site["locales"]["hu"].pk

    article.unpublish()
    wait_for(lambda: not found(), message="the worker to drop the unpublished article")
