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
    """Stopping a synced translation or converting a translation into an alias destroys the translation
    and changes what readers get at its URL: an editor's decision, never a translator's."""
    return may_publish(user, instance)
