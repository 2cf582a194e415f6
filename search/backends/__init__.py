"""The index's database-specific half: PostgreSQL full text in production and CI, SQLite FTS5 for
`make run`. Both expose the same functions, so `search.indexing` and `search.query` never branch."""

from types import ModuleType

from django.db import connection


def current() -> ModuleType:
    if connection.vendor == "postgresql":
        from search.backends import postgres

        return postgres
    from search.backends import sqlite

    return sqlite
