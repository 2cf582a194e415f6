"""Issue 16, finding 2: privacy fails closed. A view restriction takes effect on every node at once even
when dropping the cached restricted paths (and bumping the front generations) failed: the stamp that keys
them moves in PostgreSQL, in the restriction's own transaction."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db


def test_a_restriction_whose_invalidation_was_lost_still_takes_effect(client, site, sections):
    article = factories.make_article(sections["en"], "Soon private")
    assert client.get(article.url).status_code == 200
    front = client.get(sections["en"].url).content.decode()
    assert "Soon private" in front  # the restricted paths, route and front copies are all in Redis now

    # The restriction commits, but its after-commit invalidation never runs (as if Redis had blipped on
    # this node): nothing in Redis was dropped or bumped.
    PageViewRestriction.objects.create(page=sections["en"], restriction_type="login")

    response = client.get(article.url)
    assert response.status_code == 302 and "/login" in response["Location"], "served as private"
    assert "private" in client.get(article.url).headers["Cache-Control"], "never shared"
    assert "Soon private" not in client.get("/en/").content.decode(), "no front lists it"


def test_the_stamp_costs_no_query_of_its_own_on_a_remembered_route(client, site, sections):
    article = factories.make_article(sections["en"], "Remembered")
    client.get(article.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(article.url).status_code == 200
    assert len(queries) == 1, [q["sql"][:80] for q in queries.captured_queries]


def test_moving_a_page_moves_the_stamp(site, sections):
    from portal.routing import privacy

    before = privacy.current()
    other = factories.make_section(site["en"], "Other", slug="other")
    article = factories.make_article(sections["en"], "Moving")
    article.move(other, pos="last-child")
    assert privacy.current() > before
