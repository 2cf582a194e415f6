"""Plain text for the index, from an article's stored StreamField JSON (no model instances built).

Walking the raw JSON is what lets a full rebuild read 100,000 bodies quickly; only words a reader can
see are kept (no image ids, block types, heading levels, embed URLs or alt text).
"""

import html
import re

# Highlight markers used by the backends; removed from indexed text and queries so that nothing a
# writer or a reader types can open or close a <mark>.
MARK_START, MARK_STOP = "\ue000", "\ue001"
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000\ue001]")
_SPACES = re.compile(r"\s+")
_TAGS = re.compile(r"<[^>]*>")  # replaced by a space: "<p>a</p><p>b</p>" is two words
_SKIPPED_KEYS = {"type", "id", "image", "alt", "level", "tone"}
_SKIPPED_BLOCKS = {"embed"}


def clean(text: str) -> str:
    """Control characters (NUL included: PostgreSQL rejects it) and marker characters removed."""
    return _SPACES.sub(" ", _UNSAFE.sub(" ", text or "")).strip()


def _strings(value):
    if isinstance(value, str):
        yield html.unescape(_TAGS.sub(" ", value))
    elif isinstance(value, dict):
        if "type" in value and "value" in value:  # a list item or a nested stream child
            yield from _strings(value["value"])
            return
        for key, item in value.items():
            if key not in _SKIPPED_KEYS:
                yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def body_text(raw_blocks) -> str:
    """The words of a StreamField body given as its raw JSON list."""
    parts = []
    for block in raw_blocks or []:
        if isinstance(block, dict) and block.get("type") not in _SKIPPED_BLOCKS:
            parts.extend(_strings(block.get("value")))
    return clean(" ".join(parts))
