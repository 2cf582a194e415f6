"""Admin addresses of the desk's objects."""

from django.urls import reverse
from wagtail.models import Page


def edit_url(target) -> str:
    """Where wagtail-localize's editor opens a translation: the target's own edit view."""
    if isinstance(target, Page):
        return reverse("wagtailadmin_pages:edit", args=[target.pk])
    meta = target._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[target.pk])
