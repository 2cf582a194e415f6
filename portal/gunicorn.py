"""gunicorn settings for the image (`--config python:portal.gunicorn`), tuned by the environment."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 9)))
worker_class = "sync"  # Varnish in front buffers slow clients; sync workers stay simple and predictable
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then: bounds slow memory growth (0 turns it off; the soak test does, to see it).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 2000))
max_requests_jitter = 200
accesslog = "-" if os.environ.get("GUNICORN_ACCESS_LOG", "0") == "1" else None
errorlog = "-"
# Varnish (and only it) may tell gunicorn the original scheme.
forwarded_allow_ips = os.environ.get("TRUSTED_PROXIES", "127.0.0.1")
