"""Turn a hand-written translation into a real wagtail-localize translation.

The demo has articles written by people in both languages. Rather than saving the second version as a
loose copy, we record its text as StringTranslations of the source's segments and let wagtail-localize
build the target (`Translation.save_target`). Translators then see it in the segment editor, "Sync
translated pages" keeps their work, and PO export/import behave as for any other translation.
"""

from collections import defaultdict

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class TranslationMismatch(ValueError):
    """The hand-written version does not have the same shape as the source."""


def _strings_by_path(instance) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            grouped[segment.path].append(segment.string.data)
    return grouped


def translation_import(*, source_instance, translated_instance, locale: Locale, user=None, publish=True):
    """Create or update the `locale` translation of `source_instance` from `translated_instance`'s text.

    `translated_instance` is an unsaved object of the same model whose StreamField blocks, list items
    and child rows use the source's ids / translation keys, so every segment lines up by path.
    Returns the saved target instance.
    """
    source, _ = TranslationSource.update_or_create_from_instance(source_instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    translated = _strings_by_path(translated_instance)

    segments = (
        StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order")
    )
    by_path: dict[str, list[StringSegment]] = defaultdict(list)
    for segment in segments:
        by_path[segment.context.path].append(segment)

    for path, source_segments in by_path.items():
        texts = translated.get(path)
        if texts is None or len(texts) != len(source_segments):
            raise TranslationMismatch(
                f"{source_instance!r}: {path} has {len(source_segments)} segment(s) in the source "
                f"and {len(texts or [])} in the {locale.language_code} version"
            )
        for segment, text in zip(source_segments, texts, strict=True):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "last_translated_by": user,
                },
            )

    translation.save_target(user=user, publish=publish)
    return source_instance.get_translation(locale)
