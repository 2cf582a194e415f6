"""What readers are told about a translated article: where it came from and whether it is behind."""

from dataclasses import dataclass
from datetime import datetime

from news.desk.status import is_behind
from news.roles import translation_for_target
from portal.routing.sites import page_url


@dataclass(frozen=True)
class TranslationNote:
    source_language: str  # "en" / "hu"
    translated_at: datetime
    original_url: str | None  # set only when the original is live
    original_updated: (
        bool  # what is live here was not made from the original's live version (news.desk.status)
    )


def source_is_newer(source_page, translation_source) -> bool:
    """The source was republished after the last sync: "Sync translated pages" has something to bring in."""
    published = getattr(source_page, "last_published_at", None)
    return bool(published and published > translation_source.last_updated_at)


def translation_note(article, *, live_versions: dict, request=None) -> TranslationNote | None:
    """`live_versions` maps language code -> the live page of this same story (from the switcher)."""
    translation = translation_for_target(article)
    if translation is None:
        return None
    source = translation.source
    source_language = source.locale.language_code[:2]
    original = live_versions.get(source_language)
    return TranslationNote(
        source_language=source_language,
        translated_at=article.last_published_at or article.first_published_at,
        original_url=page_url(original, request) if original else None,
        # A draft (a preview) is not behind anything yet; it only lacks the source's newer text.
        original_updated=is_behind(
            source_published_at=getattr(original, "last_published_at", None),
            synced_at=source.last_updated_at,
            target_published_at=article.last_published_at,
        )
        if article.live
        else source_is_newer(original, source),
    )
