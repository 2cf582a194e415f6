"""What a reader's page shows of a picture: the renditions that exist, never one made in the request.

The images of a page come with their renditions prefetched (news.selectors), so a lookup costs no
query; a picture looked up without them costs Wagtail's cache or one query. A missing size is left out
(the nearest sizes that exist fill the srcset) and its generation is queued; a picture without any is
left out of the page. An editor's preview makes what is missing at once, as Wagtail always did.
"""

from wagtail.images.models import Filter

from news.renditions.service import BROKEN, SIZES
from news.renditions.tasks import renditions_missing


def stored_renditions(image, specs, *, article_id: int | None = None, preview: bool = False) -> list:
    """The renditions of `specs` that exist, in their order; queues the missing ones."""
    filters = [Filter(spec) for spec in specs]
    if preview:
        try:
            return list(image.get_renditions(*filters).values())
        except BROKEN:
            return []
    found = image.find_existing_renditions(*filters)
    if len(found) < len(filters):
        renditions_missing(image_id=image.pk, article_id=article_id)
    return [found[f] for f in filters if f in found]


def stored_size(image, size: str, **kwargs) -> list:
    """`size`: a name of SIZES ("card", "hero", "body")."""
    return stored_renditions(image, SIZES[size], **kwargs)
