"""Captions and alt text of an article's pictures, in the article's language.

They are the article's own fields (the hero's `hero_caption` / `hero_alt`, each image block's `caption` /
`alt`), so they are segments of its translation job: wagtail-localize's editor shows them and counts
them untranslated until they are done. Two rules keep a page of language L free of another language's
picture text:

- Saving: an empty caption or alt text takes the picture's text in the article's language
  (`PortalImage.text_for`), so it becomes a segment instead of a silent fallback at rendering. In a
  synced translation, a picture text whose segment is not translated yet is the source's text
  (wagtail-localize publishes missing segments with the source's wording): it is replaced by the
  picture's text in L, or left empty.
- Reading: the page's own text, else the picture's text in L. Alt text never comes from another
  language (an empty alt is better than a wrong one); a caption from the picture's default language
  is shown marked with its `lang`.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import get_language
from wagtail_localize.models import StringSegment

from news.roles import translation_for_target
from portal.i18n import locale_codes

HERO_FIELDS = (("hero_caption", "caption"), ("hero_alt", "alt"))
BLOCK_FIELDS = ("caption", "alt")


@dataclass(frozen=True)
class Caption:
    text: str
    lang: str = ""  # set when the text is not in the page's language


@dataclass(frozen=True)
class _Slot:
    path: str  # wagtail-localize's segment path: "hero_alt", "body.<block id>.caption"
    key: str  # "caption" or "alt"
    image: object
    get: Callable[[], str]
    set: Callable[[str], None]


def page_language(page) -> str:
    """The page's language code without a query (the cached locale table); the active language when
    there is no page (a block rendered on its own)."""
    locale_id = getattr(page, "locale_id", None)
    if locale_id is None:
        return (get_language() or "")[:2]
    # Kept on the page: every image block asks, and each cache read is a round trip to Redis.
    cached = page.__dict__.get("_picture_language")
    if cached is None or cached[0] != locale_id:
        cached = (locale_id, (locale_codes().get(locale_id) or page.locale.language_code)[:2])
        page.__dict__["_picture_language"] = cached
    return cached[1]


def _slots(article) -> list[_Slot]:
    slots = []
    if article.hero_image_id and article.hero_image is not None:
        for field, key in HERO_FIELDS:
            slots.append(
                _Slot(
                    field,
                    key,
                    article.hero_image,
                    get=lambda field=field: getattr(article, field) or "",
                    set=lambda text, field=field: setattr(article, field, text),
                )
            )
    for block in article.body:
        if block.block_type != "image" or block.value["image"] is None:
            continue
        value = block.value
        for key in BLOCK_FIELDS:
            slots.append(
                _Slot(
                    f"body.{block.id}.{key}",
                    key,
                    value["image"],
                    get=lambda value=value, key=key: value.get(key) or "",
                    set=lambda text, value=value, key=key: value.__setitem__(key, text),
                )
            )
    return slots


def _untranslated(translation, paths) -> set[str]:
    """Of these segment paths, those with a source segment but no translation into the target yet."""
    segments = (
        StringSegment.objects.filter(source_id=translation.source_id, context__path__in=paths)
        .annotate_translation(translation.target_locale_id)
        .values_list("context__path", "translation")
    )
    return {path for path, text in segments if text is None}


def fill_picture_texts(article) -> None:
    """Give every picture of `article` its caption and alt text in the article's language (see above).

    Called from ArticlePage.clean, which Wagtail runs before a revision is stored and wagtail-localize
    before a translation is saved."""
    slots = _slots(article)
    if not slots:
        return
    language = page_language(article)
    translation = translation_for_target(article) if article.pk else None
    untranslated = _untranslated(translation, [s.path for s in slots]) if translation else set()
    for slot in slots:
        if slot.path in untranslated or not slot.get():
            slot.set(slot.image.text_for(slot.key, language))


def picture_alt(own: str, image, language: str) -> str:
    if own:
        return own
    return image.alt_for(language) if image is not None else ""


def picture_caption(own: str, image, language: str) -> Caption:
    if own:
        return Caption(own)
    if image is None:
        return Caption("")
    text, text_language = image.any_caption(language)
    return Caption(text, "" if not text or text_language == language else text_language)
