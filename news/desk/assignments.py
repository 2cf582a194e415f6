"""Who translates what, by when: a translation request's assignee and due date.

One row per wagtail-localize Translation (a source into one language). No assignee means the whole desk:
any translator who may edit that language picks it up. The row goes with its Translation.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.utils.translation import gettext_lazy as _

from news.roles import TRANSLATORS


class TranslationAssignment(models.Model):
    translation = models.OneToOneField(
        "wagtail_localize.Translation",
        on_delete=models.CASCADE,
        related_name="desk_assignment",
        verbose_name=_("translation"),
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("translator"),
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("assigned by"),
    )
    assigned_at = models.DateTimeField(_("assigned at"), auto_now=True)

    class Meta:
        verbose_name = _("translation assignment")
        verbose_name_plural = _("translation assignments")
        indexes = [models.Index(fields=["assignee", "due_date"])]

    def __str__(self):
        return str(self.translation)


def translators():
    """Everybody who may be assigned a translation."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=TRANSLATORS)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )
