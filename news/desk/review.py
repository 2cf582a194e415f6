"""Moderation that never approves an unfinished translation by accident.

The newsroom's review task is Wagtail's group approval with one rule more: approving a translation that
still has untranslated or unreviewed machine-drafted segments needs an explicit confirmation on a page
that says how many (news.desk.review_views). Originals are approved exactly as before.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask

from news.desk.status import Progress, progress
from news.roles import translation_for_target


def unchecked_segments(obj) -> tuple[object, Progress] | None:
    """The translation behind `obj` and its counts, if `obj` is a translation with unfinished segments."""
    translation = translation_for_target(obj) if hasattr(obj, "translation_key") else None
    if translation is None:
        return None
    counts = progress([translation])[translation.pk]
    return (translation, counts) if counts.unchecked else None


class TranslationReviewTask(GroupApprovalTask):
    """A proxy of Wagtail's group approval task: same table, same groups, one more check on "approve"."""

    def on_action(self, task_state, user, action_name, **kwargs):
        confirmed = kwargs.pop("confirm_incomplete", False)
        if action_name == "approve" and not confirmed:
            obj = task_state.workflow_state.content_object
            if unchecked_segments(getattr(obj, "specific", obj)):
                # Not approved: the moderator is sent to the page that asks (the workflow views follow it).
                return reverse("desk_confirm_approval", args=[task_state.pk])
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve; unfinished translations need a confirmation")

    class Meta:
        proxy = True
        verbose_name = _("Group approval (translations checked)")
        verbose_name_plural = _("Group approvals (translations checked)")
