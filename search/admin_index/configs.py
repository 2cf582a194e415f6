"""Which text search configurations an indexed object and a search go through (PostgreSQL)."""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Model, QuerySet
from django.db.models.lookups import Exact, In
from django.db.models.signals import post_delete, post_save
from django.db.models.sql.where import AND
from django.dispatch import receiver
from wagtail.models import Locale

from search.languages import CONFIGS, FALLBACK, config_for

EVERY_LANGUAGE = (*dict.fromkeys(CONFIGS.values()), FALLBACK)


def _locale_field(model):
    try:
        field = model._meta.get_field("locale")
    except FieldDoesNotExist:
        return None
    return field if getattr(field, "related_model", None) is Locale else None


def group_by_config(objs) -> dict[str, list[Model]]:
    """Objects grouped by the configuration of their language (one query for the languages);
    `bp_simple` for objects that have no language."""
    objs = list(objs)
    locale_ids = {getattr(obj, "locale_id", None) for obj in objs if _locale_field(type(obj))}
    languages = dict(Locale.all_objects.filter(pk__in=locale_ids - {None}).values_list("pk", "language_code"))
    groups: dict[str, list[Model]] = {}
    for obj in objs:
        language = languages.get(getattr(obj, "locale_id", None)) if _locale_field(type(obj)) else None
        groups.setdefault(config_for(language) if language else FALLBACK, []).append(obj)
    return groups


def searched_locale_ids(queryset: QuerySet) -> set[int] | None:
    """The locales a queryset is limited to by a top-level `locale=` / `locale__in=` filter (as the
    snippet choosers filter by the chosen locale), or None when it is not limited that way."""
    where = queryset.query.where
    if where.negated or (where.connector != AND and len(where.children) > 1):
        return None
    for child in where.children:
        if not isinstance(child, Exact | In):
            continue
        target = getattr(child.lhs, "target", None)
        if target is None or _locale_field(target.model) is not target:
            continue
        values = child.rhs if isinstance(child, In) else [child.rhs]
        if not isinstance(values, list | tuple | set):  # a subquery: not known here
            return None
        ids = {value.pk if isinstance(value, Model) else value for value in values}
        if all(isinstance(value, int) for value in ids):
            return ids
    return None


def query_configs(queryset: QuerySet) -> tuple[str, ...]:
    """Configurations to parse a search over `queryset` with: its locales' when known, else all."""
    if _locale_field(queryset.model) is None:
        return EVERY_LANGUAGE  # indexed with bp_simple: every stemmer's stems are prefixes of its words
    locale_ids = searched_locale_ids(queryset)
    if not locale_ids:
        return EVERY_LANGUAGE
    codes = {_language_of(locale_id) for locale_id in locale_ids} - {None}
    return tuple(sorted({config_for(code) for code in codes})) or EVERY_LANGUAGE


_languages: dict[int, str] = {}


def _language_of(locale_id: int) -> str | None:
    """A locale's language, remembered by the process: a search must not pay a query for it (the
    explorer's search of a section is within its query budget, news/explorer.py). Forgotten when a
    locale is saved or deleted in this process; another process picks up a changed language code (a
    superuser's rare edit, never done to a language in use) when it restarts."""
    if locale_id not in _languages:
        _languages.update(Locale.all_objects.values_list("pk", "language_code"))
    return _languages.get(locale_id)


@receiver([post_save, post_delete], sender=Locale)
def _forget_languages(**kwargs):
    _languages.clear()
