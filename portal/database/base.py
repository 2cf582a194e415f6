"""Django's PostgreSQL backend, with the outage remembered.

While the database is down, every request used to wait for its own connection attempt (or the pool's
whole timeout) before its 503. After a failed attempt, the process answers the next connections at once
with the same error for `COOLDOWN` seconds, so readers get the 503 page (portal.views) within
milliseconds; then one attempt tries again. Connection attempts themselves are bounded by
`connect_timeout` and the pool's timeout (portal/settings/base.py).
"""

import threading
import time

from django.db.backends.postgresql import base
from psycopg import OperationalError

COOLDOWN = 3.0

_lock = threading.Lock()
_down_until = 0.0


def database_recently_down() -> bool:
    return time.monotonic() < _down_until


def _remember_outage() -> None:
    global _down_until
    with _lock:
        _down_until = time.monotonic() + COOLDOWN


def forget_outage() -> None:
    global _down_until
    _down_until = 0.0


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        if database_recently_down():
            raise OperationalError("database unavailable (a connection failed moments ago)")
        try:
            connection = super().get_new_connection(conn_params)
        except OperationalError:  # refused, timed out, or the pool's timeout (PoolTimeout is one)
            _remember_outage()
            raise
        forget_outage()
        return connection
