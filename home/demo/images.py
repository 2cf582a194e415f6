"""Pictures for the demo content, drawn locally with Pillow (nothing is downloaded)."""

import hashlib
import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

from home.models.images import image_text_language

WIDTH, HEIGHT = 1600, 900


def _hex_to_rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def draw_picture(*, colour: str, seed: str) -> bytes:
    """An abstract, photo-sized JPEG: gradient, rings, skyline. No text: it would be in one language only."""
    rng = random.Random(hashlib.sha256(seed.encode()).hexdigest())  # noqa: S311 (decoration, not security)
    base = _hex_to_rgb(colour)
    image = PILImage.new("RGB", (WIDTH, HEIGHT), base)
    draw = ImageDraw.Draw(image)
    for y in range(HEIGHT):
        shade = y / HEIGHT
        draw.line([(0, y), (WIDTH, y)], fill=tuple(int(c * (1 - 0.45 * shade) + 20 * shade) for c in base))
    for _ in range(7):
        x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
        r = rng.randrange(80, 420)
        tint = tuple(min(255, c + rng.randrange(20, 90)) for c in base)
        draw.ellipse([x - r, y - r, x + r, y + r], outline=tint, width=rng.randrange(3, 14))
    skyline_y = int(HEIGHT * 0.72)
    x = 0
    while x < WIDTH:
        w, h = rng.randrange(40, 140), rng.randrange(60, 320)
        draw.rectangle([x, skyline_y - h, x + w, HEIGHT], fill=tuple(max(0, c - 60) for c in base))
        x += w + rng.randrange(0, 12)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue()


def demo_collection() -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name="Demo content").first()
    return existing or root.add_child(name="Demo content")


def get_or_create_picture(*, key: str, colour: str, label: str, credit: str, texts=None):
    """Idempotent by title inside the demo collection.

    `texts`: {"en": {"alt": ..., "caption": ...}, "hu": {...}}. The default language's go into the
    picture's own fields, the others into `localized_text`, as an editor would enter them."""
    texts = texts or {}
    own = texts.get(image_text_language(), {})
    Image = get_image_model()
    collection = demo_collection()
    title = f"{label} [{key}]"
    image = Image.objects.filter(collection=collection, title=title).first()
    if image:
        return image
    data = draw_picture(colour=colour, seed=key)
    image = Image(
        title=title,
        collection=collection,
        credit=credit,
        caption=own.get("caption", ""),
        description=own.get("alt", label),
        localized_text={code: text for code, text in texts.items() if code != image_text_language()},
    )
    image.file = ImageFile(io.BytesIO(data), name=f"{key}.jpg")
    image.save()
    return image
