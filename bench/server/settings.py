"""`make bench`: the production settings, served on loopback without TLS, plus a hello-world view."""

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "server.urls"
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
