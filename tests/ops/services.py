"""The environment the image's commands run with (docker/compose.yaml), pointed at the test database,
Redis and broker: for tests that start the real processes (gunicorn, Celery) directly."""

import os

import pytest
from django.db import connection

from tests.conftest import _database_url_for_worker


def production_env(static_root, **overrides) -> dict:
    if connection.vendor != "postgresql" or not os.environ.get("REDIS_CACHE_URL"):
        pytest.skip("needs PostgreSQL and Redis, as on CI")
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "process-test-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": _database_url_for_worker(),
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(static_root),
        **overrides,
    }
