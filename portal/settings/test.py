"""The suite: DATABASE_URL, CELERY_BROKER_URL, REDIS_CACHE_URL when set (CI); else SQLite, eager Celery."""

from portal import env

from .base import *  # noqa: F403

SECRET_KEY = env.SECRET_KEY or "test-only-key-not-secret"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
MEDIA_ROOT = str(BASE_DIR / "test-artifacts" / "media")  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"

# Tests that exercise the broker turn eagerness off and start a real worker (tests/conftest.py),
# whose own settings say CELERY_TASK_ALWAYS_EAGER=0.
CELERY_TASK_ALWAYS_EAGER = env.env_bool("CELERY_TASK_ALWAYS_EAGER", True)
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Live-server threads must not keep connections open, or the test database cannot be dropped.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# Readings cost a second or two of espeak-ng per article: only tests/news/test_audio.py turns them on.
AUDIO_ON_PUBLISH = False
