"""What the page listing's row buttons need about translations, for a whole page of rows at once.

Three buttons in every row's "More" menu ask about translations: the desk's "Submit translation for
moderation" (is this page the target of an enabled translation?) and wagtail-localize's "Translate this
page" (is there a language without it?) and "Sync translated pages" (is it the source of enabled
translations?). Asked row by row that was three to five queries a row, 150 on an explorer page of 50
articles. `prime(rows)` answers all three for a listing's rows in three queries and leaves the answer on
each page; `facts(page)` reads it, or asks for that page alone (the page header, a page outside a listing).
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from django.db.models.expressions import RawSQL
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

ATTRIBUTE = "_desk_row_facts"


@dataclass(frozen=True)
class RowFacts:
    translation: Translation | None  # the enabled translation whose target this page is
    untranslated_locale: bool  # a locale has no (non-alias) version of this page yet
    source_id: int | None  # the page's TranslationSource, when it is the source of enabled translations


def facts(page) -> RowFacts:
    found = getattr(page, ATTRIBUTE, None)
    if found is None:
        prime([page])
        found = getattr(page, ATTRIBUTE)
    return found


def prime(pages) -> None:
    """Compute RowFacts for every page in `pages` (a listing's rows) not primed yet, in three queries."""
    pages = [page for page in pages if isinstance(page, Page) and not hasattr(page, ATTRIBUTE)]
    if not pages:
        return
    keys = {page.translation_key for page in pages}

    # The desk's button: the same rule as news.roles.translation_for_target, for every row.
    targets = {}
    for translation in (
        Translation.objects.filter(source__object_id__in=keys, enabled=True)
        .select_related("source", "source__locale")
        .order_by("pk")
    ):
        if translation.source.locale_id != translation.target_locale_id:  # a source is not its own target
            targets.setdefault((translation.source.object_id, translation.target_locale_id), translation)

    # wagtail-localize's "Translate this page": the locales each story exists in, aliases aside, each row
    # carrying how many locales there are (one query).
    locale_count = RawSQL("SELECT COUNT(*) FROM wagtailcore_locale", ())
    present, locales = {}, 0
    for key, locale_id, locales in (
        Page.objects.filter(translation_key__in=keys, alias_of__isnull=True)
        .annotate(locales=locale_count)
        .values_list("translation_key", "locale_id", "locales")
        .order_by()
    ):
        present.setdefault(key, set()).add(locale_id)

    # wagtail-localize's "Sync translated pages": sources (of the base Page type, as the library looks
    # them up) with at least one enabled translation.
    page_type = ContentType.objects.get_for_model(Page)
    sources = {
        (object_id, locale_id): source_id
        for source_id, object_id, locale_id in TranslationSource.objects.filter(
            object_id__in=keys, object__content_type=page_type
        )
        .filter(Exists(Translation.objects.filter(source=OuterRef("pk"), enabled=True)))
        .values_list("pk", "object_id", "locale_id")
    }

    for page in pages:
        setattr(
            page,
            ATTRIBUTE,
            RowFacts(
                translation=targets.get((page.translation_key, page.locale_id)),
                # (no row at all: an alias whose original is gone; a site always has a locale)
                untranslated_locale=len(present.get(page.translation_key, ())) < max(locales, 1),
                source_id=sources.get((page.translation_key, page.locale_id)),
            ),
        )
