"""Reads: one page of results or suggestions for a validated query, ready for a template or JSON."""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.utils.dateparse import parse_datetime
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page

from news import ai_labels
from portal.routing.sites import page_url
from search import backends
from search.backends.common import POOL, Query, Row
from search.text import MARK_START, MARK_STOP


@dataclass(frozen=True)
class Hit:
    page_id: int
    url: str
    title: SafeString
    standfirst: SafeString
    excerpt: SafeString  # a highlighted passage of the body, only when headline and standfirst have none
    section: str
    published_at: datetime
    ai_use: str = "human"  # news.ai_labels.AiUse

    @property
    def ai_label(self) -> str:
        return ai_labels.label(self.ai_use)


@dataclass(frozen=True)
class Results:
    hits: list[Hit]
    total: int
    capped: bool  # more than POOL matches: the newest POOL are ranked and counted


def highlighted(text: str) -> SafeString:
    """Escape everything, then turn the backend's markers into <mark>: a `<script>` headline stays text."""
    html = escape(text).replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>")
    return mark_safe(html)  # noqa: S308  (escaped above; only our own tags are added)


def _aware(value) -> datetime:
    if isinstance(value, str):  # SQLite's raw cursor returns the stored text
        value = parse_datetime(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def page_urls(rows, request=None) -> list[str]:
    """Wagtail's URLs for pages known by id and url_path alone: no query (site root paths are cached)
    and one model instance for the lot, as building a page instance costs more than its URL."""
    page, urls = Page(), []
    for row in rows:
        page.id, page.url_path = row.page_id, row.url_path
        urls.append(page_url(page, request) or "")
    return urls


def _hit(row: Row, url: str) -> Hit:
    matched = MARK_START in row.title or MARK_START in row.standfirst
    return Hit(
        page_id=row.page_id,
        url=url,
        title=highlighted(row.title),
        standfirst=highlighted(row.standfirst),
        excerpt=highlighted(row.excerpt) if not matched and MARK_START in row.excerpt else SafeString(""),
        section=row.section_title,
        published_at=_aware(row.published_at),
        ai_use=row.ai_use,
    )


def search_articles(query: Query, *, request=None) -> Results:
    rows = backends.current().search(query)
    total = min(rows[0].total, POOL) if rows else 0
    hits = [_hit(row, url) for row, url in zip(rows, page_urls(rows, request), strict=True)]
    return Results(hits=hits, total=total, capped=total >= POOL)


def suggest_articles(query: Query, *, request=None) -> list[dict]:
    suggestions = backends.current().suggest(query)
    return [
        {"title": s.title, "url": url, "section": s.section_title}
        for s, url in zip(suggestions, page_urls(suggestions, request), strict=True)
    ]
