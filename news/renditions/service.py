"""The sizes readers' pages show, and their generation (run by news.renditions.tasks, never in a reader's
request).

Templates name a size ("card", "hero", "body"; the `stored_image` tag of portal_tags), and the same names
decide what is generated and what the selectors prefetch, so a template cannot ask for a rendition that
nothing makes.
"""

import logging
from dataclasses import dataclass

from wagtail.images import get_image_model
from wagtail.images.models import Filter, SourceImageIOError

logger = logging.getLogger(__name__)

# The 240 px card is the thumbnail of a compact card on a phone (7.5rem at 2x); last, so that the
# src of a card (the first rendition, for browsers without srcset) stays the 480 px one.
CARD_SPECS = ("fill-480x270-c75", "fill-960x540-c75", "fill-240x135-c75")
HERO_SPECS = ("fill-800x450-c75", "fill-1200x675-c75", "fill-1600x900-c75")
BODY_SPECS = ("width-800", "width-1200")
SIZES = {"card": CARD_SPECS, "hero": HERO_SPECS, "body": BODY_SPECS}
ALL_SPECS = (*CARD_SPECS, *HERO_SPECS, *BODY_SPECS)

# A picture whose original cannot be decoded (gone from storage, truncated before uploads were checked):
# logged, and its pages keep showing it without renditions.
BROKEN = (SourceImageIOError, OSError, SyntaxError, ValueError, EOFError)


@dataclass(frozen=True)
class GenerateResult:
    image_id: int
    created: list[str]  # the specs made by this call
    failed: bool = False


def article_image_ids(article) -> list[int]:
    """The pictures an article's page shows: its hero and its image blocks (read from the stored JSON:
    no query)."""
    ids = [article.hero_image_id]
    ids += [item["value"].get("image") for item in article.body.raw_data if item["type"] == "image"]
    return list(dict.fromkeys(i for i in ids if i))


def renditions_generate(*, image_id: int) -> GenerateResult:
    """Every rendition of ALL_SPECS the picture lacks, one at a time (a worker holds one decoded original,
    not three as Wagtail's threaded `create_renditions` would). Safe to run twice or concurrently: Wagtail
    creates each with get_or_create on its unique key."""
    image = get_image_model().objects.filter(pk=image_id).prefetch_renditions(*ALL_SPECS).first()
    if image is None:
        return GenerateResult(image_id, [])
    filters = [Filter(spec) for spec in ALL_SPECS]
    existing = image.find_existing_renditions(*filters)
    created = []
    for missing in (f for f in filters if f not in existing):
        try:
            image.create_rendition(missing)
        except BROKEN:
            logger.warning("image %s: cannot make %s", image_id, missing.spec, exc_info=True)
            return GenerateResult(image_id, created, failed=True)
        created.append(missing.spec)
    return GenerateResult(image_id, created)
