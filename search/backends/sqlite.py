"""SQLite FTS5 for `make run`: what SQLite offers, which is Porter stemming (English rules, applied to
both languages) and diacritics folding ("vilag" finds "világ"). Hungarian suffixes are not stemmed.

The FTS5 table `search_fts` (migration 0002) holds a copy of each document's text, keyed by page id.
"""

from django.db import connection

from search.backends.common import (
    AI_USE,
    ARTICLES,
    DOCUMENTS,
    MAX_TERMS,
    MIN_PREFIX,
    POOL,
    SUGGESTIONS,
    Query,
    Row,
    Suggestion,
    filter_sql,
    words,
)
from search.text import MARK_START, MARK_STOP

FTS = "search_fts"
PAGES = "wagtailcore_page"
MAX_WORDS = 32  # a match expression longer than this is cut: FTS5 cost grows with every term


def write_vectors(page_ids: list[int]) -> None:
    if not page_ids:
        return
    marks = ", ".join("%s" for _ in page_ids)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {FTS} WHERE rowid IN ({marks})", page_ids)
        cursor.execute(
            f"INSERT INTO {FTS} (rowid, title, standfirst, keywords, body) "
            f"SELECT page_id, title, standfirst, keywords, body_text FROM {DOCUMENTS} "
            f"WHERE page_id IN ({marks})",
            page_ids,
        )


def delete(page_ids: list[int]) -> None:
    if page_ids:
        marks = ", ".join("%s" for _ in page_ids)
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS} WHERE rowid IN ({marks})", page_ids)


def _match(terms: list[str], *, prefix_last: bool = False, column: str = "") -> str:
    """An FTS5 expression that requires every word. Words are \\w+ only and quoted as FTS5 strings."""
    quoted = [f'"{word}"' for word in terms]
    if prefix_last and len(terms[-1]) >= MIN_PREFIX:
        quoted[-1] += "*"
    expression = " ".join(quoted)
    return f"{column} : ({expression})" if column else expression


def search(query: Query) -> list[Row]:
    where, params = filter_sql(query)
    terms = words(query.text)[:MAX_WORDS]
    if query.text and not terms:
        return []
    live = f"JOIN {PAGES} p ON p.id = d.page_id AND p.live"
    articles = f"LEFT JOIN {ARTICLES} a ON a.page_ptr_id = d.page_id"
    source = f"{DOCUMENTS} d {live}"
    if terms:
        source = f"{FTS} JOIN {DOCUMENTS} d ON d.page_id = {FTS}.rowid {live}"
        where = f"{FTS} MATCH %s AND {where}"
        params = [_match(terms), *params]
    with connection.cursor() as cursor:
        # FTS5's bm25() and highlight() refuse to run beside a window function: count on its own.
        cursor.execute(f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {where} LIMIT {POOL})", params)
        total = cursor.fetchone()[0]
        if terms:
            order = "d.published_at DESC, d.page_id DESC"
            if not query.newest_first:
                order = f"bm25({FTS}, 10.0, 4.0, 2.0, 1.0), {order}"  # lower is better
            marks = [MARK_START, MARK_STOP]
            cursor.execute(
                f"""
                SELECT d.page_id, d.published_at, d.url_path, coalesce(s.title, ''),
                       highlight({FTS}, 0, %s, %s), highlight({FTS}, 1, %s, %s),
                       snippet({FTS}, 3, %s, %s, ' … ', 24), {AI_USE}
                FROM {source} LEFT JOIN {PAGES} s ON s.id = d.section_id {articles}
                WHERE {where} ORDER BY {order} LIMIT %s OFFSET %s
                """,
                [*marks, *marks, *marks, *params, query.limit, query.offset],
            )
        else:
            cursor.execute(
                f"""
                SELECT d.page_id, d.published_at, d.url_path, coalesce(s.title, ''),
                       d.title, d.standfirst, '', {AI_USE}
                FROM {source} LEFT JOIN {PAGES} s ON s.id = d.section_id {articles}
                WHERE {where} ORDER BY d.published_at DESC, d.page_id DESC LIMIT %s OFFSET %s
                """,
                [*params, query.limit, query.offset],
            )
        rows = cursor.fetchall()
    return [Row(page_id, total, *rest) for page_id, *rest in rows if query.offset < POOL]


def suggest(query: Query) -> list[Suggestion]:
    terms = words(query.text)[:MAX_TERMS]
    if not terms:
        return []
    where, params = filter_sql(query)
    sql = f"""
        SELECT d.page_id, d.title, d.url_path, coalesce(s.title, '')
        FROM {FTS}
        JOIN {DOCUMENTS} d ON d.page_id = {FTS}.rowid
        LEFT JOIN {PAGES} s ON s.id = d.section_id
        WHERE {FTS} MATCH %s AND {where}
        ORDER BY d.published_at DESC, d.page_id DESC LIMIT {SUGGESTIONS}
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [_match(terms, prefix_last=True, column="title"), *params])
        return [Suggestion(*row) for row in cursor.fetchall()]
