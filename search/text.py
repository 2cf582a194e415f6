"""Text as the index keeps it: control and highlight-marker characters removed.

Bodies come from news.text.body_text, which walks the stored StreamField JSON.
"""

import re

from news.text import body_text as news_body_text

# Highlight markers used by the backends; removed from indexed text and queries so that nothing a
# writer or a reader types can open or close a <mark>.
MARK_START, MARK_STOP = "\ue000", "\ue001"
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000\ue001]")
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """Control characters (NUL included: PostgreSQL rejects it) and marker characters removed."""
    return _SPACES.sub(" ", _UNSAFE.sub(" ", text or "")).strip()


def body_text(raw_blocks) -> str:
    """The words of a StreamField body (news.text), safe for the index."""
    return clean(news_body_text(raw_blocks))
