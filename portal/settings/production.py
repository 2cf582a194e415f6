"""Production: refuses to start without SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL."""

from portal import env

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = env.require("SECRET_KEY", env.SECRET_KEY)
ALLOWED_HOSTS = env.require("ALLOWED_HOSTS", env.ALLOWED_HOSTS)
env.require("DATABASE_URL", env.DATABASE_URL)
# Rendered pages, routes and task deduplication live in Redis; a process-local cache would let each
# gunicorn worker serve its own, differently stale copy.
env.require("REDIS_CACHE_URL", env.REDIS_CACHE_URL)

# PostgreSQL through psycopg's connection pool (one per process), unless DATABASE_POOL=0 asks for
# Django's persistent connections instead. Health checks drop connections a database restart broke.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env.env_bool("DATABASE_POOL", True):  # noqa: F405
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {"min_size": 2, "max_size": 10, "timeout": 10}  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.SECURE_SSL_REDIRECT
SECURE_HSTS_SECONDS = env.SECURE_HSTS_SECONDS
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": env.EMAIL_HOST or "localhost",
            "port": env.EMAIL_PORT,
            "username": env.EMAIL_HOST_USER,
            "password": env.EMAIL_HOST_PASSWORD,
            "use_tls": env.EMAIL_USE_TLS,
            "timeout": 10,
        },
    }
}
