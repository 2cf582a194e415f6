"""Who may do what beyond Wagtail's tree permissions.

Wagtail grants page permissions by tree position, but a translation and its source can sit in the same
language tree (an English translation of a Hungarian original lives beside English originals). The
newsroom rule "translators edit translations, never sources" is therefore checked here, per object.
"""

from wagtail_localize.models import Translation

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"


def user_is_translator_only(user) -> bool:
    if not user.is_authenticated or user.is_superuser:
        return False
    names = set(user.groups.values_list("name", flat=True))
    return TRANSLATORS in names and not names & {EDITORS, MODERATORS}


def translation_for_target(obj) -> Translation | None:
    """The enabled wagtail-localize translation whose target is `obj`, or None for an original."""
    return (
        Translation.objects.filter(
            source__object_id=obj.translation_key, target_locale_id=obj.locale_id, enabled=True
        )
        .exclude(source__locale_id=obj.locale_id)
        .select_related("source", "source__locale")
        .first()
    )
