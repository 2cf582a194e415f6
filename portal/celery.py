"""The Celery application. Without CELERY_BROKER_URL, settings make every task run eagerly in-process.
Every task is a portal.background.PortalTask: enqueued after commit, surviving a broker outage."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

app = Celery("portal", task_cls="portal.background:PortalTask")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
