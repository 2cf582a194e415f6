"""A task makes the full trip through the real Redis broker to a real worker process."""

import pytest

from portal.tasks import ping

pytestmark = pytest.mark.broker


def test_ping_round_trips_through_redis(celery_worker):
    result = ping.apply_async(args=["szia"], queue=celery_worker.queue)
    assert result.get(timeout=30) == "szia"


def test_eager_mode_without_broker(settings):
    # `make run` has no broker: the same task runs in-process.
    from portal.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    try:
        assert ping.delay("helló").get(timeout=1) == "helló"
    finally:
        app.conf.task_always_eager = previous
