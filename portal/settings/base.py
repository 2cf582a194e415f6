"""Settings shared by every environment. Nothing here is secret and nothing here is DEBUG."""

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from kombu import Queue

from portal import env
from portal.security import PUBLIC_POLICY

BASE_DIR = env.BASE_DIR
PROJECT_DIR = BASE_DIR / "portal"

SECRET_KEY = env.SECRET_KEY
DEBUG = False
ALLOWED_HOSTS = env.ALLOWED_HOSTS
CSRF_TRUSTED_ORIGINS = env.CSRF_TRUSTED_ORIGINS

INSTALLED_APPS = [
    "portal",
    "home",
    "news",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "portal.health.HealthCheckMiddleware",  # probes come by IP and plain HTTP: before host checks
    "portal.caching.breaker.CacheBudgetMiddleware",  # a stalled Redis costs a page at most its budget
    "portal.routing.privacy.PrivacyStampMiddleware",  # privacy read from PostgreSQL once per request
    "portal.caching.policy.CacheHeadersMiddleware",  # first in, last out: the final say on Cache-Control
    "django.middleware.security.SecurityMiddleware",
    "portal.security.PublicSiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.PrefixOnlyLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Who may tell us the reader's address in X-Forwarded-For (portal.ratelimit.client_ip).
TRUSTED_PROXIES = env.TRUSTED_PROXIES

# Content Security Policy on readers' pages (portal/security.py); the admin is exempt.
SECURE_CSP = PUBLIC_POLICY

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite when no DATABASE_URL is given (make run); PostgreSQL everywhere else.
DATABASES = {
    "default": dj_database_url.parse(
        env.DATABASE_URL or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=0 if env.DATABASE_POOL else env.DATABASE_CONN_MAX_AGE,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Fails fast while the database is down (portal/database/base.py); connecting waits at most 2 s
    # (libpq's minimum), and a connection whose packets go unanswered is dropped after 5 s.
    DATABASES["default"]["ENGINE"] = "portal.database"
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options.update(connect_timeout=2, tcp_user_timeout=5000)
    if env.DATABASE_POOL:
        # Sync workers hold one connection each: only an outage makes a request wait for the pool.
        options["pool"] = {"min_size": 2, "max_size": 10, "timeout": 1}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the dev server and a management command share the file.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English first (the publication's default, a setting), Hungarian second.
LANGUAGE_CODE = env.LANGUAGE_CODE
LANGUAGES = [("en", "English"), ("hu", "Magyar")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LANGUAGE_COOKIE_NAME = "django_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.TIME_ZONE
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.STATIC_ROOT
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.MEDIA_ROOT
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Cache: Redis when configured (tests, production), else process memory.
if env.REDIS_CACHE_URL:
    CACHES = {
        "default": {
            # django-redis; an outage reads as a miss and drops writes (portal.caching.backend).
            "BACKEND": "portal.caching.backend.ResilientRedisCache",
            "LOCATION": env.REDIS_CACHE_URL,
            "KEY_PREFIX": "bp",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                # An unreachable or stalled Redis must cost a page milliseconds, not a hung worker; the
                # breaker (portal.caching.breaker) then skips it for a few seconds.
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Front cache: purged from a Celery task after every change (portal.caching.frontcache, news.pipeline).
# Wagtail's own frontend_cache app is not installed: it would purge inside the editor's request.
WAGTAILFRONTENDCACHE = (
    {"varnish": {"BACKEND": "portal.caching.frontcache.VarnishBackend", "LOCATION": env.FRONTEND_CACHE_URL}}
    if env.FRONTEND_CACHE_URL
    else {}
)
# URLs are purged exactly as given: Hungarian and English slugs differ, so no per-language rewriting.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Celery: a real broker when CELERY_BROKER_URL is set; otherwise tasks run eagerly in-process,
# so `make run` needs neither Redis nor a worker.
CELERY_BROKER_URL = env.CELERY_BROKER_URL or "memory://localhost/"
CELERY_RESULT_BACKEND = env.CELERY_RESULT_BACKEND or (env.CELERY_BROKER_URL or "cache+memory://")
CELERY_TASK_ALWAYS_EAGER = not env.CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_DEFAULT_QUEUE = env.CELERY_DEFAULT_QUEUE
# Embargoes and expiry have a queue of their own: priorities order only waiting messages, so with every
# process of the main worker busy on long work an embargo would still wait. docker/compose.yaml runs a
# one-process worker on this queue alone; a worker started without --queues consumes both.
CELERY_URGENT_QUEUE = f"{env.CELERY_DEFAULT_QUEUE}.urgent"
CELERY_TASK_QUEUES = (Queue(env.CELERY_DEFAULT_QUEUE), Queue(CELERY_URGENT_QUEUE))
CELERY_TASK_ROUTES = {"portal.publish_scheduled": {"queue": CELERY_URGENT_QUEUE}}
CELERY_TASK_ACKS_LATE = True
# Longer than any task's time limit, so only tasks of dead workers are handed out again; the sweep for
# such tasks runs every 10 s (kombu's default scans only every 100 s). Socket timeouts: a stalled broker
# fails a send after seconds instead of holding the request forever (portal.background then skips it
# for a while); the read timeout stays above the workers' 1 s BRPOP.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.CELERY_VISIBILITY_TIMEOUT,
    "unacked_restore_interval": 10,
    "unacked_restore_throttle": 1,
    "socket_connect_timeout": 1,
    "socket_timeout": 2,
}
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# A send retries once (a pooled connection dropped by a Redis restart), then gives up: with Redis down, a
# publish queues several messages and each would otherwise wait out Celery's default three retries.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.1,
    "interval_max": 0.1,
}
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 120
CELERY_TASK_SOFT_TIME_LIMIT = 90
CELERY_RESULT_EXPIRES = 3600
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = TIME_ZONE
# Apps' tasks.py modules are found by autodiscovery; the task that runs Wagtail's django-tasks lives
# beside their backend.
CELERY_IMPORTS = ["portal.django_tasks_backend"]
CELERY_BEAT_SCHEDULE = {
    # Repairs blocks missed by a lost message or a crashed worker, and ages out old ones.
    "related-reconcile": {"task": "news.related_reconcile", "schedule": 300.0},
    # Search rows a lost publish event left missing, outdated or visible when they should not be.
    "search-reconcile": {"task": "search.reconcile", "schedule": 300.0},
    # Purges Varnish has not taken yet (failed, lost with a worker or the broker) and delayed re-bans.
    "purge-reconcile": {"task": "portal.purge_reconcile", "schedule": 60.0},
    # Wagtail's scheduled publishing (go_live_at) and expiry (expire_at), at the highest priority, one
    # run at a time (portal.scheduled). Without a broker `runserver` runs it in a thread instead.
    "scheduled-publishing": {
        "task": "portal.publish_scheduled",
        "schedule": float(env.SCHEDULED_PUBLISHING_INTERVAL),
        # Priority 0: before any backlog; a message older than one interval is dropped (the next does it).
        "options": {"priority": 0, "expires": float(env.SCHEDULED_PUBLISHING_INTERVAL)},
    },
}
SCHEDULED_PUBLISHING_INTERVAL = env.SCHEDULED_PUBLISHING_INTERVAL
# A run stops publishing after this many seconds (under the task's 90 s soft limit); the next continues.
SCHEDULED_PUBLISHING_BUDGET = 50.0

AUDIO_ON_PUBLISH = env.AUDIO_ON_PUBLISH
ROUTE_MEMORY = env.ROUTE_MEMORY
AUDIO_TTS_BACKEND = env.AUDIO_TTS_BACKEND

# Wagtail's own background work (reference index, its admin search index, file deletion) goes through
# django-tasks, whose backend sends it to the Celery workers after the transaction commits (eagerly
# without a broker): portal/django_tasks_backend.py.
TASKS = {"default": {"BACKEND": "portal.django_tasks_backend.CeleryBackend"}}

WAGTAIL_SITE_NAME = "Budapest Post"
# Where the login of login-only pages (portal/urls.py) goes without a `next`: the reader's language.
LOGIN_REDIRECT_URL = "/"
# Admin login with brute-force lockout (portal/lockout.py).
WAGTAILADMIN_USER_LOGIN_FORM = "portal.forms.LoginForm"
WAGTAILADMIN_BASE_URL = env.SITE_URL
WAGTAILIMAGES_IMAGE_MODEL = "home.PortalImage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.forms.PortalImageForm"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
# 40 megapixels (a 7,700 x 5,200 photo) keeps a decode under ~160 MB; read from the header (home.uploads).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Wagtail's index (the admin's search) in each object's language: search/admin_index.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.admin_index"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The account page's time-zone select. Wagtail's default is every name the system's tz database has,
# including links such as "localtime" that the browser's Intl API refuses (a script error on the page);
# a newsroom needs these.
WAGTAIL_USER_TIME_ZONES = [
    "Europe/Budapest",
    "UTC",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Lisbon",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Brussels",
    "Europe/Vienna",
    "Europe/Prague",
    "Europe/Bratislava",
    "Europe/Warsaw",
    "Europe/Rome",
    "Europe/Madrid",
    "Europe/Zagreb",
    "Europe/Belgrade",
    "Europe/Bucharest",
    "Europe/Sofia",
    "Europe/Athens",
    "Europe/Helsinki",
    "Europe/Kyiv",
    "Europe/Istanbul",
    "Europe/Moscow",
    "Asia/Jerusalem",
    "Asia/Dubai",
    "Asia/Kolkata",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Australia/Sydney",
    "America/Sao_Paulo",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Toronto",
]
# Slugs are ASCII: "Országgyűlés hídja" becomes orszaggyules-hidja, in the editor's slug field (Wagtail's
# w-slug controller) as on the server (Page's own slugify); an editor may still type another one, and
# existing pages keep theirs.
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Translations start as drafts so a reader never meets source-language text on a live page.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Subtree translation and locale tree sync run on Celery (eagerly when there is no broker).
WAGTAILLOCALIZE_JOBS = {"BACKEND": "portal.localize_jobs.CeleryJobBackend"}
if env.MT_PROVIDER == "deepl":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env.require("DEEPL_AUTH_KEY", env.DEEPL_AUTH_KEY), "TIMEOUT": 30},
    }
elif env.MT_PROVIDER == "google":
    # Needs the google-cloud-translate package in the image (not in the default lock).
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
        "OPTIONS": {
            "PROJECT_ID": env.require("GOOGLE_TRANSLATE_PROJECT_ID", env.GOOGLE_TRANSLATE_PROJECT_ID),
            "CREDENTIALS_PATH": env.GOOGLE_APPLICATION_CREDENTIALS,
        },
    }
elif env.MT_PROVIDER:
    raise ImproperlyConfigured(f"MT_PROVIDER must be 'deepl', 'google' or empty, not {env.MT_PROVIDER!r}.")
else:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "portal.machine_translation.OfflineGlossaryTranslator"}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DEFAULT_FROM_EMAIL = env.DEFAULT_FROM_EMAIL
REPORT_RECIPIENT_DOMAINS = env.REPORT_RECIPIENT_DOMAINS
SERVER_EMAIL = env.DEFAULT_FROM_EMAIL
# Django 6.1 mailers; dev prints mail to the console, production sends through SMTP (settings/production.py).
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

SITE_MOTTO = "Cum Deo pro Patria et Libertate"  # Latin: the same in every language
SITE_TAGLINE = _("Budapest, Europe and world news")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "portal.logs.JSONFormatter"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": env.LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": env.LOG_LEVEL},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # One line per background task is noise at INFO; failures still log at WARNING/ERROR.
        "django_tasks": {"level": "WARNING"},
        # A line per successful task; failures and retries still log at WARNING/ERROR.
        "celery.app.trace": {"level": "WARNING"},
    },
}
