"""Every setting that varies between machines, read from the environment once, here.

Development gets safe defaults (SQLite, eager Celery, local-memory cache). Production calls
`require()` for the values it must never guess, so a missing secret stops the process at start-up
instead of surfacing as a confusing error on the first request.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    value = env_str(name)
    if not value:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}.")


def env_int(name: str, default: int) -> int:
    value = env_str(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}.") from None


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    value = env_str(name)
    if not value:
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]


def require(name: str, value):
    """Refuse to start when a production value is missing."""
    if not value:
        raise ImproperlyConfigured(
            f"{name} is not set. Production refuses to start without it; see README.md, 'Environment'."
        )
    return value


# Read once. Settings modules import these names; nothing else reads os.environ.
SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
DATABASE_URL = env_str("DATABASE_URL")
DATABASE_CONN_MAX_AGE = env_int("DATABASE_CONN_MAX_AGE", 60)
DATABASE_POOL = env_bool("DATABASE_POOL", False)
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL")
CELERY_RESULT_BACKEND = env_str("CELERY_RESULT_BACKEND")
# The queue tasks go to when none is named; workers must consume it (tests give each worker its own).
CELERY_DEFAULT_QUEUE = env_str("CELERY_DEFAULT_QUEUE", "celery")
# "Listen to this article": generate a reading after every publish (news.audio; espeak-ng by default).
AUDIO_ON_PUBLISH = env_bool("AUDIO_ON_PUBLISH", True)
# Remembered routes (portal.routing.memory); off only to measure what they save (bench/serving.py).
ROUTE_MEMORY = env_bool("ROUTE_MEMORY", True)
AUDIO_TTS_BACKEND = env_str("AUDIO_TTS_BACKEND", "news.audio.service.EspeakBackend")
# Seconds before Redis hands an unacknowledged task (its worker died) to another worker.
CELERY_VISIBILITY_TIMEOUT = env_int("CELERY_VISIBILITY_TIMEOUT", 300)
# Seconds between runs of scheduled publishing and expiry (beat, or the `make run` thread); tests shorten it.
SCHEDULED_PUBLISHING_INTERVAL = env_int("SCHEDULED_PUBLISHING_INTERVAL", 60)
REDIS_CACHE_URL = env_str("REDIS_CACHE_URL")
# "plain" lines for people, "json" objects for a log collector (production's default).
LOG_FORMAT = env_str("LOG_FORMAT", "plain")
# Error reporting to Sentry (or a compatible service) when set and sentry-sdk is installed.
SENTRY_DSN = env_str("SENTRY_DSN")
SENTRY_ENVIRONMENT = env_str("SENTRY_ENVIRONMENT", "production")
# Proxies whose X-Forwarded-For is believed (addresses or networks): Varnish, a load balancer.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
# The front cache (Varnish) purges go to, e.g. http://varnish:80; empty: nothing to purge (make run).
FRONTEND_CACHE_URL = env_str("FRONTEND_CACHE_URL")
LANGUAGE_CODE = env_str("LANGUAGE_CODE", "en")
TIME_ZONE = env_str("TIME_ZONE", "Europe/Budapest")
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
MEDIA_ROOT = env_str("MEDIA_ROOT", str(BASE_DIR / "media"))
STATIC_ROOT = env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles"))
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Budapest Post <newsroom@budapestpost.example>")
# Where readers' reports may be mailed: form pages accept recipients at these domains only.
REPORT_RECIPIENT_DOMAINS = env_list("REPORT_RECIPIENT_DOMAINS", ["budapestpost.example"])
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
# Machine translation for translators' drafts: "deepl", "google" or empty (offline glossary).
MT_PROVIDER = env_str("MT_PROVIDER").lower()
DEEPL_AUTH_KEY = env_str("DEEPL_AUTH_KEY")
GOOGLE_TRANSLATE_PROJECT_ID = env_str("GOOGLE_TRANSLATE_PROJECT_ID")
GOOGLE_APPLICATION_CREDENTIALS = env_str("GOOGLE_APPLICATION_CREDENTIALS")
