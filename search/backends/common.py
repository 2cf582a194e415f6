"""What both backends take and return."""

import re
from dataclasses import dataclass
from datetime import datetime

from news.models import ArticleAuthor, ArticlePage, ArticleTopic
from search.models import SearchDocument

POOL = 500  # matches ranked per query: the newest POOL, so a common word costs about what a rare one does
SUGGESTIONS = 8
MIN_PREFIX = 2  # a one-letter prefix matches most of the archive and tells the reader nothing
MAX_TERMS = 8  # words of an autocomplete query that are used
_WORD = re.compile(r"\w+")

DOCUMENTS = SearchDocument._meta.db_table
TOPIC_LINKS = ArticleTopic._meta.db_table
AUTHOR_LINKS = ArticleAuthor._meta.db_table
ARTICLES = ArticlePage._meta.db_table
# Read from the article row at search time, not copied into the index: a result's AI label is the
# live one even before the index catches up (joined as `a`).
AI_USE = "coalesce(a.ai_use, 'human')"


class SearchTimeout(Exception):  # a reader-facing condition, not a programming error
    """The database gave up on a search after the backend's time limit."""


@dataclass(frozen=True)
class Query:
    """A validated search in one language (built by search.forms)."""

    locale_id: int
    language: str
    text: str = ""
    section_id: int | None = None
    topic_id: int | None = None
    author_id: int | None = None
    published_from: datetime | None = None
    published_before: datetime | None = None
    newest_first: bool = False
    offset: int = 0
    limit: int = 10
    restricted_paths: tuple[str, ...] = ()


@dataclass(frozen=True)
class Row:
    """One result as the database returns it; text fields carry MARK_START/MARK_STOP around matches."""

    page_id: int
    total: int
    published_at: datetime
    url_path: str
    section_title: str
    title: str
    standfirst: str
    excerpt: str
    ai_use: str  # news.ai_labels.AiUse


@dataclass(frozen=True)
class Suggestion:
    page_id: int
    title: str
    url_path: str
    section_title: str


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def filter_sql(query: Query, alias: str = "d") -> tuple[str, list]:
    """SQL conditions (with positional parameters) for the filters both backends share."""
    conditions, params = [f"{alias}.locale_id = %s"], [query.locale_id]
    if query.section_id is not None:
        conditions.append(f"{alias}.section_id = %s")
        params.append(query.section_id)
    if query.topic_id is not None:
        conditions.append(f"{alias}.page_id IN (SELECT page_id FROM {TOPIC_LINKS} WHERE topic_id = %s)")
        params.append(query.topic_id)
    if query.author_id is not None:
        conditions.append(f"{alias}.page_id IN (SELECT page_id FROM {AUTHOR_LINKS} WHERE author_id = %s)")
        params.append(query.author_id)
    if query.published_from is not None:
        conditions.append(f"{alias}.published_at >= %s")
        params.append(query.published_from)
    if query.published_before is not None:
        conditions.append(f"{alias}.published_at < %s")
        params.append(query.published_before)
    for path in query.restricted_paths:  # tree paths are [0-9A-Z]: nothing to escape for LIKE
        conditions.append(f"{alias}.path NOT LIKE %s")
        params.append(path + "%")
    return " AND ".join(conditions), params
