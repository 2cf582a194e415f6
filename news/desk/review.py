"""The newsroom's one review task: originals to the editors, translations to the moderators.

Wagtail assigns a workflow by subtree, and an original and a translation share a language tree, so one
workflow covers both; this task picks the approving groups per object. An original (a reporter's story)
goes to the Editors and Editors-in-chief (news.roles.ORIGINAL_REVIEWERS); a translation goes to the task's
own groups (the Moderators, chosen in Settings -> Workflows). Superusers approve both.

One rule more than Wagtail's group approval: approving a translation that still has untranslated or
unreviewed machine-drafted segments needs an explicit confirmation on a page that says how many
(news.desk.review_views).
"""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, GroupApprovalTask, Page, TaskState

from news.desk.status import Progress, progress
from news.roles import ORIGINAL_REVIEWERS, is_translation_target, translation_for_target


def unchecked_segments(obj) -> tuple[object, Progress] | None:
    """The translation behind `obj` and its counts, if `obj` is a translation with unfinished segments."""
    translation = translation_for_target(obj) if hasattr(obj, "translation_key") else None
    if translation is None:
        return None
    counts = progress([translation])[translation.pk]
    return (translation, counts) if counts.unchecked else None


def page_content_type():
    return ContentType.objects.get_for_model(Page)


def is_translation(obj) -> bool:
    """Whether `obj` (a page or snippet in a workflow) is a translation, remembered on the object: the
    editor asks the task several times per request."""
    if not hasattr(obj, "translation_key"):
        return False
    if not hasattr(obj, "_desk_is_translation"):
        obj._desk_is_translation = translation_for_target(obj) is not None
    return obj._desk_is_translation


class TranslationReviewTask(GroupApprovalTask):
    """A proxy of Wagtail's group approval task (same table, same groups) that routes per object and asks
    before approving an unfinished translation."""

    def reviewer_groups(self, obj):
        """The groups that approve `obj` at this step."""
        if is_translation(getattr(obj, "specific", obj)):
            return self.groups.all()
        return Group.objects.filter(name__in=ORIGINAL_REVIEWERS)

    def user_may_review(self, obj, user) -> bool:
        if user.is_superuser:
            return True
        cache = user.__dict__.setdefault("_desk_review_checks", {})
        key = (self.pk, is_translation(getattr(obj, "specific", obj)))
        if key not in cache:
            cache[key] = self.reviewer_groups(obj).filter(id__in=user.groups.all()).exists()
        return cache[key]

    def start(self, workflow_state, user=None):
        obj = workflow_state.content_object
        locker = getattr(obj, "locked_by", None)
        if locker is not None and not self.reviewer_groups(obj).filter(id__in=locker.groups.all()).exists():
            # As Wagtail does for its groups: a lock held by somebody who does not review it is released.
            obj.locked, obj.locked_by, obj.locked_at = False, None, None
            obj.save(update_fields=["locked", "locked_by", "locked_at"])
        return super(AbstractGroupApprovalTask, self).start(workflow_state, user=user)

    def user_can_access_editor(self, obj, user):
        return self.user_may_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self.user_may_review(obj, user)

    def user_can_lock(self, obj, user):
        return self.user_may_review(obj, user)

    def get_actions(self, obj, user):
        # Wagtail's actions and words; its own method asks the task's groups whatever the object.
        if self.user_may_review(obj, user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        """In-progress states of the objects `user` reviews, in a few queries whatever the archive's size:
        the states in progress (a handful at any time) and which of their pages are translations."""
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        names = set(user.groups.values_list("name", flat=True))
        reviews_originals = bool(names & set(ORIGINAL_REVIEWERS))
        reviews_translations = self.groups.filter(id__in=user.groups.all()).exists()
        if reviews_originals and reviews_translations:
            return states
        if not (reviews_originals or reviews_translations):
            return TaskState.objects.none()
        # In Python, not as a cast in SQL: object ids are text, and only pages' are numbers.
        in_progress = dict(
            states.filter(workflow_state__base_content_type=page_content_type()).values_list(
                "pk", "workflow_state__object_id"
            )
        )
        translated = {
            str(pk)
            for pk in Page.objects.filter(pk__in=[int(v) for v in in_progress.values()])
            .filter(is_translation_target())
            .values_list("pk", flat=True)
        }
        translation_ids = [state for state, object_id in in_progress.items() if object_id in translated]
        if reviews_translations:
            return states.filter(pk__in=translation_ids)
        return states.exclude(pk__in=translation_ids)

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
        return _(
            "Editors and editors-in-chief approve originals; the chosen groups approve translations, "
            "and unfinished translations need a confirmation"
        )

    class Meta:
        proxy = True
        verbose_name = _("Newsroom review (originals to editors, translations to the chosen groups)")
        verbose_name_plural = _("Newsroom reviews")
