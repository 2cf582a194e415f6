"""Which text search configurations an indexed object and a search go through (PostgreSQL)."""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Model, QuerySet
from django.db.models.lookups import Exact, In
from django.db.models.sql.where import AND
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
    codes = Locale.objects.filter(pk__in=locale_ids).values_list("language_code", flat=True)
    return tuple(sorted({config_for(code) for code in codes})) or EVERY_LANGUAGE
