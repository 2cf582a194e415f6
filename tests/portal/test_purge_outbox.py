"""The purge outbox (portal.caching.outbox): a row until Varnish has taken the purge, later and later
while it fails, never lost; a privacy change bans again once every copy that thought it public expired."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from portal.caching import outbox
from portal.caching.frontcache import purge_reconcile_task
from tests import factories

pytestmark = pytest.mark.django_db

NOWHERE = {
    "varnish": {"BACKEND": "portal.caching.frontcache.VarnishBackend", "LOCATION": "http://127.0.0.1:1"}
}


def test_a_failing_row_is_tried_later_and_later(settings):
    settings.WAGTAILFRONTENDCACHE = NOWHERE
    row = outbox.record(["http://localhost/en/"], [], delay=timedelta(0))
    delays = []
    for _ in range(3):
        outbox.PendingPurge.objects.filter(pk=row.pk).update(due_at=timezone.now())
        assert purge_reconcile_task() == {"sent": 0, "failed": 1}
        row.refresh_from_db()
        delays.append((row.due_at - timezone.now()).total_seconds())
        assert "Connection refused" in row.last_error
    assert delays[0] < delays[1] < delays[2] <= 3600
    assert row.attempts == 3


def test_a_privacy_change_bans_again_after_the_longest_cache_lifetime(
    site, sections, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = NOWHERE
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=sections["en"], restriction_type="login")
    later = outbox.PendingPurge.objects.filter(due_at__gt=timezone.now() + timedelta(minutes=55))
    assert later.count() == 1 and later.get().prefixes, "the whole site is banned again in about an hour"


def test_a_purge_that_reached_varnish_leaves_no_row(
    site, sections, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks(execute=True):
        factories.make_article(sections["en"], "No front cache configured")
    assert not outbox.PendingPurge.objects.exists()
