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
# Sync workers hold one connection each, so only an outage makes a request wait for the pool: a short
# timeout answers the 503 within a second instead of after ten (portal/database/base.py remembers it).
if DATABASES["default"]["ENGINE"] == "portal.database" and env.env_bool("DATABASE_POOL", True):  # noqa: F405
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {"min_size": 2, "max_size": 10, "timeout": 1}  # noqa: F405

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

# One JSON object per log line unless LOG_FORMAT says otherwise.
if not env.env_str("LOG_FORMAT"):
    LOGGING["handlers"]["console"]["formatter"] = "json"  # noqa: F405

# Errors to Sentry when SENTRY_DSN is set (sentry-sdk is an optional extra, not in the default lock).
if env.SENTRY_DSN:
    try:
        import sentry_sdk
        from sentry_sdk.integrations.celery import CeleryIntegration
        from sentry_sdk.integrations.django import DjangoIntegration
    except ImportError as error:
        raise ImproperlyConfigured("SENTRY_DSN is set but sentry-sdk is not installed") from error  # noqa: F405
    sentry_sdk.init(
        dsn=env.SENTRY_DSN,
        environment=env.SENTRY_ENVIRONMENT,
        integrations=[DjangoIntegration(), CeleryIntegration()],
        send_default_pii=False,
        traces_sample_rate=0.0,
    )

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
