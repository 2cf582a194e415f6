"""Who may publish or restructure a translation."""

from wagtail.models import DraftStateMixin, Page
from wagtail.permission_policies import ModelPermissionPolicy

from news.roles import user_is_translator_only


def may_publish(user, instance) -> bool:
    """Whether `user` may make `instance` (a page or snippet, usually a translation target) live."""
    if user_is_translator_only(user):
        return False  # translators hand their work to a moderator or an editor
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    policy = ModelPermissionPolicy(type(instance))
    action = "publish" if isinstance(instance, DraftStateMixin) else "change"
    return policy.user_has_permission(user, action)


def may_restructure(user, instance) -> bool:
    """Stopping a synced translation, converting a translation into an alias (or an alias into a page),
    deleting, moving or copying a page change what readers get at a URL: an editor's decision, never a
    translator's. Wagtail lets anybody who may edit a page delete or move it while it is a draft, and copy
    or convert it always, so the desk checks this too."""
    return may_publish(user, instance)
