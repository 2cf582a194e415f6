"""SQLite FTS5 for `make run`, with diacritics folding ("vilag" finds "világ") in both languages.

Each language has its FTS5 table, holding a copy of each document's text keyed by page id:
`search_fts` (migration 0002) with Porter stemming for English, and `search_fts_hu` (migration 0004)
without it, whose English rules cut Hungarian words, and with a column of the words' stems taken in
Python with their accents (search.stemming). A Hungarian query word, stemmed the same way, matches the
words or stems that begin with its stem or with itself: "adat" finds "adataiból" and "kormány"
"kormánnyá", as on PostgreSQL.
"""

from django.db import connection

from search import stemming
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
TABLES = {"hu": "search_fts_hu"}  # by language; FTS for the others
LOCALES = "wagtailcore_locale"
PAGES = "wagtailcore_page"
MAX_WORDS = 32  # a match expression longer than this is cut: FTS5 cost grows with every term


def _table(language: str) -> str:
    return TABLES.get((language or "")[:2], FTS)


def write_vectors(page_ids: list[int]) -> None:
    if not page_ids:
        return
    delete(page_ids)
    marks = ", ".join("%s" for _ in page_ids)
    others = ", ".join("%s" for _ in TABLES)
    select = (
        f"SELECT d.page_id, d.title, d.standfirst, d.keywords, d.body_text FROM {DOCUMENTS} d "
        f"JOIN {LOCALES} l ON l.id = d.locale_id "
        f"WHERE d.page_id IN ({marks}) AND substr(l.language_code, 1, 2) "
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {FTS} (rowid, title, standfirst, keywords, body) {select} NOT IN ({others})",
            [*page_ids, *TABLES],
        )
        cursor.execute(f"{select} = %s", [*page_ids, "hu"])
        rows = [(*row, stemming.hungarian_stems(*row[1:])) for row in cursor.fetchall()]
        cursor.executemany(
            f"INSERT INTO {TABLES['hu']} (rowid, title, standfirst, keywords, body, stems) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            rows,
        )


def delete(page_ids: list[int]) -> None:
    if page_ids:
        marks = ", ".join("%s" for _ in page_ids)
        with connection.cursor() as cursor:
            for table in (FTS, *TABLES.values()):
                cursor.execute(f"DELETE FROM {table} WHERE rowid IN ({marks})", page_ids)


def _term(word: str, prefix: bool) -> str:
    return f'"{word}"*' if prefix else f'"{word}"'


def _match(terms: list[str], language: str, *, prefix_last: bool = False, column: str = "") -> str:
    """An FTS5 expression that requires every word. Words are \\w+ only and quoted as FTS5 strings."""
    if _table(language) == FTS:
        quoted = [_term(word, False) for word in terms]
        if prefix_last and len(terms[-1]) >= MIN_PREFIX:
            quoted[-1] = _term(terms[-1], True)
    else:  # Hungarian: each word's alternatives (search.stemming), the last one also as typed so far
        quoted = []
        for index, word in enumerate(terms):
            alternatives = [_term(*pair) for pair in stemming.hungarian_alternatives(word)]
            if prefix_last and index == len(terms) - 1 and len(word) >= MIN_PREFIX:
                alternatives.append(_term(stemming.unaccent(word.lower()), True))
            quoted.append("(" + " OR ".join(dict.fromkeys(alternatives)) + ")")
    expression = " AND ".join(quoted)
    return f"{column} : ({expression})" if column else expression


def search(query: Query) -> list[Row]:
    where, params = filter_sql(query)
    terms = words(query.text)[:MAX_WORDS]
    if query.text and not terms:
        return []
    live = f"JOIN {PAGES} p ON p.id = d.page_id AND p.live"
    articles = f"LEFT JOIN {ARTICLES} a ON a.page_ptr_id = d.page_id"
    source = f"{DOCUMENTS} d {live}"
    fts = _table(query.language)
    if terms:
        source = f"{fts} JOIN {DOCUMENTS} d ON d.page_id = {fts}.rowid {live}"
        where = f"{fts} MATCH %s AND {where}"
        params = [_match(terms, query.language), *params]
    with connection.cursor() as cursor:
        # FTS5's bm25() and highlight() refuse to run beside a window function: count on its own.
        cursor.execute(f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {where} LIMIT {POOL})", params)
        total = cursor.fetchone()[0]
        if terms:
            order = "d.published_at DESC, d.page_id DESC"
            if not query.newest_first:
                order = f"bm25({fts}, 10.0, 4.0, 2.0, 1.0, 1.0), {order}"  # lower is better; the stems last
            marks = [MARK_START, MARK_STOP]
            cursor.execute(
                f"""
                SELECT d.page_id, d.published_at, d.url_path, coalesce(s.title, ''),
                       highlight({fts}, 0, %s, %s), highlight({fts}, 1, %s, %s),
                       snippet({fts}, 3, %s, %s, ' … ', 24), {AI_USE}
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
    fts = _table(query.language)
    sql = f"""
        SELECT d.page_id, d.title, d.url_path, coalesce(s.title, '')
        FROM {fts}
        JOIN {DOCUMENTS} d ON d.page_id = {fts}.rowid
        LEFT JOIN {PAGES} s ON s.id = d.section_id
        WHERE {fts} MATCH %s AND {where}
        ORDER BY d.published_at DESC, d.page_id DESC LIMIT {SUGGESTIONS}
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [_match(terms, query.language, prefix_last=True, column="title"), *params])
        return [Suggestion(*row) for row in cursor.fetchall()]
