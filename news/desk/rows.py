"""What the page listing's row buttons need about translations, for a whole page of rows at once.

Three buttons in every row's "More" menu ask about translations: the desk's "Submit translation for
moderation" (is this page the target of an enabled translation?) and wagtail-localize's "Translate this
page" (is there a language without it?) and "Sync translated pages" (is it the source of enabled
translations?). Asked row by row that was three to five queries a row, 150 on an explorer page of 50
articles. `prime(rows)` answers all three for a listing's rows in two queries and leaves the answer on
each page; `facts(page)` reads it, or asks for that page alone (the page header, a page outside a listing).
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models.expressions import RawSQL
from wagtail.models import Page
from wagtail_localize.models import Translation

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
    """Compute RowFacts for every page in `pages` (a listing's rows) not primed yet, in two queries."""
    pages = [page for page in pages if isinstance(page, Page) and not hasattr(page, ATTRIBUTE)]
    if not pages:
        return
    keys = {page.translation_key for page in pages}

    # One query for two buttons: every enabled translation of these stories, with its source. The desk's
    # button wants the one whose target is the row (news.roles.translation_for_target's rule);
    # wagtail-localize's "Sync translated pages" wants the row's own source (of the base Page type, as
    # the library looks it up) if it has any.
    page_type = ContentType.objects.get_for_model(Page).pk
    targets, sources = {}, {}
    for translation in (
        Translation.objects.filter(source__object_id__in=keys, enabled=True)
        .select_related("source", "source__locale", "source__object")
        .order_by("pk")
    ):
        source = translation.source
        if source.locale_id != translation.target_locale_id:  # a source is not its own target
            targets.setdefault((source.object_id, translation.target_locale_id), translation)
        if source.object.content_type_id == page_type:
            sources.setdefault((source.object_id, source.locale_id), source.pk)

    # wagtail-localize's "Translate this page": the locales each story exists in, aliases aside, each row
    # carrying how many locales there are (one query).
    locale_count = RawSQL("SELECT COUNT(*) FROM wagtailcore_locale", ())
    present, locales = {}, 0
    for key, locale_id, count in (
        Page.objects.filter(translation_key__in=keys, alias_of__isnull=True)
        .annotate(locales=locale_count)
        .values_list("translation_key", "locale_id", "locales")
        .order_by()
    ):
        present.setdefault(key, set()).add(locale_id)
        locales = count

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
