"""Who may do what beyond Wagtail's tree permissions.

Wagtail grants page permissions by tree position, but a translation and its source can sit in the same
language tree (an English translation of a Hungarian original lives beside English originals). The
newsroom rules "translators edit translations, never sources" and "an original is reviewed by the editors,
a translation by the moderators" are therefore checked here, per object.

The groups (made by home/migrations/0004_newsroom_roles.py and
news/migrations/0011_reporters_and_editors_in_chief.py):
Reporters write and submit, Editors publish, Editors-in-chief also own the site's branding and settings,
Moderators review translations, Translators translate.
"""

from django.db.models import Exists, OuterRef
from wagtail_localize.models import Translation

REPORTERS = "Reporters"
EDITORS = "Editors"
EDITORS_IN_CHIEF = "Editors-in-chief"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"

# Who approves an original in the newsroom's review workflow (translations: the task's own groups).
ORIGINAL_REVIEWERS = (EDITORS, EDITORS_IN_CHIEF)


def _group_names(user) -> set[str]:
    # Asked several times a request (menus, row buttons, hooks): read once per user object, which is the
    # request's (a membership change shows on the next request).
    names = getattr(user, "_newsroom_group_names", None)
    if names is None:
        names = user._newsroom_group_names = frozenset(user.groups.values_list("name", flat=True))
    return set(names)


def user_is_translator_only(user) -> bool:
    if not user.is_authenticated or user.is_superuser:
        return False
    names = _group_names(user)
    return TRANSLATORS in names and not names & {EDITORS, EDITORS_IN_CHIEF, MODERATORS}


def user_is_reporter_only(user) -> bool:
    """A reporter who holds no other newsroom role: writes articles, never other pages."""
    if not user.is_authenticated or user.is_superuser:
        return False
    names = _group_names(user)
    return REPORTERS in names and not names & {EDITORS, EDITORS_IN_CHIEF, MODERATORS}


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


def is_translation_target():
    """`translation_for_target` as an expression over a queryset of translatable objects (pages)."""
    return Exists(
        Translation.objects.filter(
            source__object_id=OuterRef("translation_key"),
            target_locale_id=OuterRef("locale_id"),
            enabled=True,
        ).exclude(source__locale_id=OuterRef("locale_id"))
    )
