"""PostgreSQL full text: a weighted tsvector per document, built with its language's configuration
through `bp_to_tsvector`, and queries parsed by `bp_to_tsquery` (search.languages, migration 0004).

A search is one statement: the newest POOL matches, ranked by ts_rank_cd, one page of them returned
with highlighted headline and standfirst (and a body excerpt when neither matched). The tsquery is
written out as a literal expression so the planner sees its words.

Matches are always collected through the GIN index (index and sequential scans are switched off for
the statement). Lexeme statistics are per column, mixing both languages: a word rare in Hungarian but
common in English ("Debrecen" stems differently in each) would otherwise tempt the planner into walking
every Hungarian article newest-first, a 300 ms plan, where the bitmap takes a few milliseconds. A
statement timeout bounds whatever is left (a phrase of very common words needs a recheck per match).
"""

from django.db import OperationalError, connection, transaction

from portal.caching.keys import SEARCH_CUTOFFS, memo
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
    SearchTimeout,
    Suggestion,
    filter_sql,
    words,
)
from search.languages import CONFIGS, FALLBACK, config_for, headline_config_for
from search.text import MARK_START, MARK_STOP

PAGES = "wagtailcore_page"
LOCALES = "wagtailcore_locale"
TIMEOUT_MS = 3000
# The newest documents of a language are searched first: when the newest TIERS[0] already hold POOL
# matches (any common word), the pool is complete without visiting older rows. The pool is the same
# whichever tier completes it, so this changes the cost of a search, never its results.
TIERS = (3_000, 12_000)
_MARKS = f"StartSel={MARK_START}, StopSel={MARK_STOP}"
WHOLE = f"HighlightAll=true, {_MARKS}"
EXCERPT = f'MaxFragments=2, MaxWords=24, MinWords=12, FragmentDelimiter=" … ", {_MARKS}'
TSQUERY = "bp_to_tsquery(%s::regconfig, %s)"  # websearch syntax


def _locale_config_sql() -> tuple[str, list]:
    whens = " ".join("WHEN %s THEN %s" for _ in CONFIGS)
    params = [value for pair in CONFIGS.items() for value in pair]
    return f"(CASE left(l.language_code, 2) {whens} ELSE %s END)::regconfig", [*params, FALLBACK]


def write_vectors(page_ids: list[int]) -> None:
    if not page_ids:
        return
    config, params = _locale_config_sql()
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            UPDATE {DOCUMENTS} d SET
                search_vector =
                       setweight(bp_to_tsvector(c.cfg, d.title), 'A')
                    || setweight(bp_to_tsvector(c.cfg, d.standfirst), 'B')
                    || setweight(bp_to_tsvector(c.cfg, d.keywords), 'C')
                    || setweight(bp_to_tsvector(c.cfg, d.body_text), 'D'),
                title_vector = bp_to_tsvector(c.cfg, d.title)
            FROM (SELECT l.id, {config} AS cfg FROM {LOCALES} l) c
            WHERE c.id = d.locale_id AND d.page_id = ANY(%s)
            """,
            [*params, list(page_ids)],
        )


def delete(page_ids: list[int]) -> None:
    """Nothing beyond the SearchDocument rows: the vectors live on them."""


def _run(sql: str, params: list, *, bitmap_only: bool) -> list[tuple]:
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('statement_timeout', %s, true), "
                "set_config('enable_indexscan', %s, true), set_config('enable_seqscan', %s, true)",
                [str(TIMEOUT_MS), *(["off", "off"] if bitmap_only else ["on", "on"])],
            )
            cursor.execute(sql, params)
            return cursor.fetchall()
    except OperationalError as error:
        if getattr(error.__cause__, "sqlstate", None) == "57014":  # query_canceled: our timeout
            raise SearchTimeout from error
        raise


def _cutoffs(locale_id: int) -> list:
    """Publication times of the TIERS[n]-th newest document of a language (cached)."""

    def compute():
        nth = (
            f"(SELECT published_at FROM {DOCUMENTS} WHERE locale_id = %s "
            "ORDER BY published_at DESC OFFSET %s LIMIT 1)"
        )
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT " + ", ".join(nth for _ in TIERS), [v for n in TIERS for v in (locale_id, n)]
            )
            return [value for value in cursor.fetchone() if value is not None]

    return memo(SEARCH_CUTOFFS, compute, locale_id=locale_id)


def search(query: Query) -> list[Row]:
    if not query.text:
        return _search(query, since=None)
    for since in _cutoffs(query.locale_id):
        rows = _search(query, since=since)
        if rows and rows[0].total >= POOL:
            return rows
    return _search(query, since=None)


def _search(query: Query, *, since) -> list[Row]:
    where, params = filter_sql(query)
    if since is not None:
        where += " AND d.published_at >= %s"
        params.append(since)
    order = "published_at DESC, page_id DESC"
    if not query.text:
        sql = f"""
            WITH pool AS (
                SELECT d.page_id, d.published_at FROM {DOCUMENTS} d WHERE {where}
                ORDER BY d.published_at DESC, d.page_id DESC LIMIT {POOL}
            ), ranked AS (
                SELECT page_id, published_at, 0.0 AS rank, count(*) OVER () AS total
                FROM pool ORDER BY {order} LIMIT %s OFFSET %s
            )
            SELECT r.page_id, r.total, r.published_at, d.url_path, coalesce(s.title, ''),
                   d.title, d.standfirst, '', {AI_USE}
            """
        all_params = [*params, query.limit, query.offset]
    else:
        config = config_for(query.language)
        headline = headline_config_for(query.language)
        tsq = [config, query.text]
        if not query.newest_first:
            order = "rank DESC, " + order
        sql = f"""
            WITH pool AS (
                SELECT d.page_id, d.published_at, d.search_vector FROM {DOCUMENTS} d
                WHERE {where} AND numnode({TSQUERY}) > 0 AND d.search_vector @@ {TSQUERY}
                ORDER BY d.published_at DESC, d.page_id DESC LIMIT {POOL}
            ), ranked AS (
                SELECT page_id, published_at, ts_rank_cd(search_vector, {TSQUERY}) AS rank,
                       count(*) OVER () AS total
                FROM pool ORDER BY {order} LIMIT %s OFFSET %s
            )
            SELECT r.page_id, r.total, r.published_at, d.url_path, coalesce(s.title, ''),
                   h.title, h.standfirst,
                   CASE WHEN strpos(h.title || h.standfirst, %s) > 0 THEN ''
                        ELSE ts_headline(%s::regconfig, d.body_text, {TSQUERY}, %s) END,
                   {AI_USE}
            """
        # Placeholders in statement order. The headline and standfirst are highlighted in the lateral
        # join below; the body is only read for results whose match is in the body alone.
        all_params = [
            *params,
            *tsq,  # numnode
            *tsq,  # @@
            *tsq,  # ts_rank_cd
            query.limit,
            query.offset,
            MARK_START,
            *(headline, *tsq, EXCERPT),
            *(headline, *tsq, WHOLE),
            *(headline, *tsq, WHOLE),
        ]
    lateral = (
        ""
        if not query.text
        else f"""
        CROSS JOIN LATERAL (
            SELECT ts_headline(%s::regconfig, d.title, {TSQUERY}, %s) AS title,
                   ts_headline(%s::regconfig, d.standfirst, {TSQUERY}, %s) AS standfirst
        ) h"""
    )
    sql += f"""
        FROM ranked r
        JOIN {DOCUMENTS} d ON d.page_id = r.page_id
        JOIN {PAGES} p ON p.id = r.page_id AND p.live
        LEFT JOIN {ARTICLES} a ON a.page_ptr_id = r.page_id
        LEFT JOIN {PAGES} s ON s.id = d.section_id{lateral}
        ORDER BY {", ".join("r." + part for part in order.split(", "))}
    """
    return [Row(*row) for row in _run(sql, all_params, bitmap_only=bool(query.text))]


def suggest(query: Query) -> list[Suggestion]:
    """Headlines containing every word typed, the last one possibly unfinished; newest first."""
    terms = words(query.text)[:MAX_TERMS]
    if not terms:
        return []
    *rest, last = terms
    config = config_for(query.language)
    where, params = filter_sql(query)
    tsquery, tsq_params = "bp_to_tsquery(%s::regconfig, %s)", [config, last]
    if len(last) >= MIN_PREFIX:
        tsquery = f"({tsquery} || to_tsquery('bp_simple', %s))"
        tsq_params.append(f"'{last}':*")  # \w+ only: no quoting
    for word in reversed(rest):  # each word on its own: "or" is a word here, not websearch's operator
        tsquery = f"(bp_to_tsquery(%s::regconfig, %s) && {tsquery})"
        tsq_params = [config, word, *tsq_params]
    sql = f"""
        SELECT d.page_id, d.title, d.url_path, coalesce(s.title, '')
        FROM {DOCUMENTS} d LEFT JOIN {PAGES} s ON s.id = d.section_id
        WHERE {where} AND numnode({tsquery}) > 0 AND d.title_vector @@ {tsquery}
        ORDER BY d.published_at DESC, d.page_id DESC LIMIT {SUGGESTIONS}
    """
    return [Suggestion(*row) for row in _run(sql, [*params, *tsq_params, *tsq_params], bitmap_only=False)]
