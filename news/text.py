"""Plain text helpers for articles (no database access)."""

import html
import math
import re

from django.utils.html import strip_tags

_TAGS = re.compile(r"<[^>]*>")  # replaced by a space: "<p>a</p><p>b</p>" is two words
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
_SKIPPED_KEYS = {"type", "id", "image", "alt", "level", "tone"}
_SKIPPED_BLOCKS = {"embed"}
WORDS_PER_MINUTE = 220  # a common figure for adult reading of news prose in both languages
_WORD = re.compile(r"\w+", re.UNICODE)


def _block_text(value) -> str:
    """Every string inside a StreamField block value, joined (rich text tags stripped)."""
    if value is None:
        return ""
    if hasattr(value, "source"):  # RichText
        return strip_tags(value.source)
    if isinstance(value, str):
        return strip_tags(value)
    if isinstance(value, dict) or hasattr(value, "items") and callable(value.items):
        return " ".join(_block_text(v) for _k, v in value.items())
    if isinstance(value, list | tuple) or hasattr(value, "__iter__"):
        return " ".join(_block_text(v) for v in value)
    return ""


def word_count(*parts) -> int:
    text = " ".join(_block_text(getattr(part, "value", part)) for part in parts)
    return len(_WORD.findall(text))


def reading_time_minutes(standfirst: str, body) -> int:
    words = word_count(standfirst or "", *(block.value for block in body or []))
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


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
    """The words a reader sees in a StreamField body given as its raw JSON list (no model instances
    built, which is what lets a full search rebuild read 100,000 bodies quickly): no image ids, block
    types, heading levels, embed URLs or alt text."""
    parts = []
    for block in raw_blocks or []:
        if isinstance(block, dict) and block.get("type") not in _SKIPPED_BLOCKS:
            parts.extend(_strings(block.get("value")))
    return _SPACES.sub(" ", _CONTROL.sub(" ", " ".join(parts))).strip()
