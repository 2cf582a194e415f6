import pytest
from django.db import connection


@pytest.fixture
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL full text (stemming per language, unaccent); CI runs on PostgreSQL")


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """Run whatever publishing enqueues after commit (the search sync task, eager in tests)."""

    def run(build):
        with django_capture_on_commit_callbacks(execute=True):
            return build()

    return run
