#!/bin/sh
# The image's entry point: refuse to start half-configured, then run the service's command
# (compose.yaml: gunicorn, celery worker, celery beat, or manage.py migrate).
set -eu
python - <<'PY'
import os, sys
missing = [name for name in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_CACHE_URL") if not os.environ.get(name)]
if missing:
    sys.exit("Missing settings: " + ", ".join(missing) + " (see README: Environment)")
PY
exec "$@"
