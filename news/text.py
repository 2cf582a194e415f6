"""Plain text helpers for articles (no database access)."""

import math
import re

from django.utils.html import strip_tags

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
