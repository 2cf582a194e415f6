"""Celery finds tasks in `<app>.tasks`: home's live beside the code they serve and are listed here."""

from home.newsletter.tasks import send_confirmation_task, send_settings_link_task
from home.reports import send_report_task

__all__ = ["send_confirmation_task", "send_report_task", "send_settings_link_task"]
