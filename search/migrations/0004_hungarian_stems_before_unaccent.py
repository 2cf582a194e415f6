"""Hungarian is stemmed with its accents, then made accent-insensitive (search.languages).

`bp_hungarian` put `unaccent` in front of the Hungarian stemmer, which needs the accents to find case
endings: "adataiból" was indexed as "adataibol", not "adat". A text search mapping cannot chain a
stemmer into `unaccent` (a Snowball dictionary passes nothing on), so PostgreSQL gets functions instead:

- `bp_to_tsvector(config, text)`: for `bp_hungarian`, at each position the word's stem taken with its
  accents and the word itself, both unaccented ("adataiból" -> 'adat', 'adataibol'); for any other
  configuration `to_tsvector(config, text)`.
- `bp_to_tsquery(config, text)`: websearch syntax; for `bp_hungarian` each word becomes its unaccented
  accented stem or its unaccented form as a prefix ("adataiból" -> 'adat' | 'adataibol':*), so "adat" and
  "adat" typed as "adat" both find "adataiból"; otherwise `websearch_to_tsquery(config, text)`.

SQLite gets a Hungarian FTS5 table without the Porter stemmer (English rules cut Hungarian words), with
a column of stems made in Python (search.stemming), as search.backends.sqlite writes and queries it.

Existing rows are rewritten here (vectors, and the publication date, which was sometimes the time of
indexing: see search.indexing) and stamped with the analysis they were built with, which the reconcile
task compares (search.languages.ANALYSIS). Going back drops the functions; the vectors left behind are
rebuilt by the reconcile task or `rebuild_search_index` of the older code.
"""

from django.db import migrations, models

WORD_TOKENS = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"
ANALYSIS = 2  # search.languages.ANALYSIS when this migration was written


def _unaccent_schema(schema_editor) -> str:
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT quote_ident(n.nspname) FROM pg_extension e "
            "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'"
        )
        return cursor.fetchone()[0]


def postgres_functions(schema: str) -> list[str]:
    unaccent = f"{schema}.unaccent('{schema}.unaccent'::regdictionary, %s)"
    return [
        # The words as written, lowercased, without Hungarian stopwords: the same tokens and positions as
        # the `hungarian` configuration, whose stemmer removes the same stopwords.
        "CREATE TEXT SEARCH DICTIONARY bp_hungarian_words (TEMPLATE = simple, STOPWORDS = hungarian)",
        "CREATE TEXT SEARCH CONFIGURATION bp_hungarian_words (COPY = hungarian)",
        f"ALTER TEXT SEARCH CONFIGURATION bp_hungarian_words ALTER MAPPING FOR {WORD_TOKENS} "
        "WITH bp_hungarian_words",
        # The stemmer with its accents (a copy, so a change to `hungarian` does not change the index).
        "CREATE TEXT SEARCH CONFIGURATION bp_hungarian_stems (COPY = hungarian)",
        # A lexeme as tsvector/tsquery input writes it: quoted, quotes doubled, backslashes escaped.
        """
        CREATE OR REPLACE FUNCTION bp_lexeme_literal(lexeme text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN '''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || ''''
        """,
        # unaccent is STABLE only because it looks its dictionary up by name: named with its schema here.
        f"""
        CREATE OR REPLACE FUNCTION bp_unaccent(word text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN {unaccent % "word"}
        """,
        # Positions are kept (phrases, cover density); equal lexemes merge when the text is read back.
        """
        CREATE OR REPLACE FUNCTION bp_hungarian_tsvector(doc text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        BEGIN ATOMIC
            SELECT coalesce(string_agg(bp_lexeme_literal(x.lexeme) || ':' || x.positions, ' '), '')::tsvector
            FROM (
                SELECT bp_unaccent(v.lexeme) AS lexeme, string_agg(p::text, ',') AS positions
                FROM (
                    SELECT lexeme, positions FROM unnest(to_tsvector('bp_hungarian_stems', doc))
                    UNION ALL
                    SELECT lexeme, positions FROM unnest(to_tsvector('bp_hungarian_words', doc))
                ) v, unnest(v.positions) p
                GROUP BY 1
            ) x
            WHERE x.lexeme <> '';
        END
        """,
        """
        CREATE OR REPLACE FUNCTION bp_to_tsvector(config regconfig, doc text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN CASE WHEN config = 'bp_hungarian'::regconfig THEN bp_hungarian_tsvector(coalesce(doc, ''))
                    ELSE to_tsvector(config, coalesce(doc, '')) END
        """,
        # One word of a query: its accented stem, unaccented, or (from four letters) the word as a prefix.
        """
        CREATE OR REPLACE FUNCTION bp_hungarian_alternatives(word text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        BEGIN ATOMIC
            SELECT CASE WHEN s.stem IS NULL OR s.stem = w.plain THEN w.term
                        ELSE '(' || bp_lexeme_literal(s.stem) || ' | ' || w.term || ')' END
            FROM (SELECT bp_unaccent(word) AS plain,
                         bp_lexeme_literal(bp_unaccent(word))
                         || CASE WHEN char_length(bp_unaccent(word)) >= 4 THEN ':*' ELSE '' END AS term) w,
                 (SELECT bp_unaccent((ts_lexize('hungarian_stem', word))[1]) AS stem) s;
        END
        """,
        # websearch_to_tsquery keeps the reader's structure (phrases, OR, -); each quoted lexeme of its
        # text is then replaced by its alternatives.
        """
        CREATE OR REPLACE FUNCTION bp_hungarian_tsquery(query text) RETURNS tsquery
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        BEGIN ATOMIC
            SELECT coalesce(string_agg(
                       part.piece || coalesce(bp_hungarian_alternatives(replace(m.lexeme[1], '''''', '''')), ''),
                       '' ORDER BY part.n), '')::tsquery
            FROM (SELECT websearch_to_tsquery('bp_hungarian_words', query)::text AS q) t
            CROSS JOIN LATERAL unnest(regexp_split_to_array(t.q, '''(?:[^'']|'''')*''')) WITH ORDINALITY part(piece, n)
            LEFT JOIN LATERAL regexp_matches(t.q, '''((?:[^'']|'''')*)''', 'g') WITH ORDINALITY m(lexeme, n)
                ON m.n = part.n;
        END
        """,
        """
        CREATE OR REPLACE FUNCTION bp_to_tsquery(config regconfig, query text) RETURNS tsquery
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN CASE WHEN config = 'bp_hungarian'::regconfig THEN bp_hungarian_tsquery(coalesce(query, ''))
                    ELSE websearch_to_tsquery(config, coalesce(query, '')) END
        """,
    ]


DROP_POSTGRES = [
    "DROP FUNCTION IF EXISTS bp_to_tsquery(regconfig, text)",
    "DROP FUNCTION IF EXISTS bp_hungarian_tsquery(text)",
    "DROP FUNCTION IF EXISTS bp_hungarian_alternatives(text)",
    "DROP FUNCTION IF EXISTS bp_to_tsvector(regconfig, text)",
    "DROP FUNCTION IF EXISTS bp_hungarian_tsvector(text)",
    "DROP FUNCTION IF EXISTS bp_unaccent(text)",
    "DROP FUNCTION IF EXISTS bp_lexeme_literal(text)",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS bp_hungarian_stems",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS bp_hungarian_words",
    "DROP TEXT SEARCH DICTIONARY IF EXISTS bp_hungarian_words",
]

# The publication date as search.indexing takes it.
PUBLISHED = "coalesce(p.first_published_at, p.go_live_at, p.last_published_at, d.published_at)"


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        for statement in [*DROP_POSTGRES, *postgres_functions(_unaccent_schema(schema_editor))]:
            schema_editor.execute(statement)
        schema_editor.execute(
            f"""
            UPDATE search_searchdocument d SET
                published_at = {PUBLISHED},
                search_vector =
                       setweight(bp_to_tsvector(c.cfg, d.title), 'A')
                    || setweight(bp_to_tsvector(c.cfg, d.standfirst), 'B')
                    || setweight(bp_to_tsvector(c.cfg, d.keywords), 'C')
                    || setweight(bp_to_tsvector(c.cfg, d.body_text), 'D'),
                title_vector = bp_to_tsvector(c.cfg, d.title),
                analysis = {ANALYSIS}
            FROM wagtailcore_page p,
                 (SELECT l.id, (CASE left(l.language_code, 2) WHEN 'hu' THEN 'bp_hungarian'
                         WHEN 'en' THEN 'bp_english' ELSE 'bp_simple' END)::regconfig AS cfg
                  FROM wagtailcore_locale l) c
            WHERE p.id = d.page_id AND c.id = d.locale_id
            """
        )
    elif vendor == "sqlite":
        from search.stemming import hungarian_stems  # a pure function of the text: safe to import here

        schema_editor.execute(
            "CREATE VIRTUAL TABLE search_fts_hu USING fts5("
            "title, standfirst, keywords, body, stems, tokenize = 'unicode61 remove_diacritics 2')"
        )
        hungarian = "SELECT id FROM wagtailcore_locale WHERE substr(language_code, 1, 2) = 'hu'"
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(
                "SELECT page_id, title, standfirst, keywords, body_text FROM search_searchdocument "
                f"WHERE locale_id IN ({hungarian})"
            )
            rows = [(*row, hungarian_stems(*row[1:])) for row in cursor.fetchall()]
            cursor.executemany(
                "INSERT INTO search_fts_hu (rowid, title, standfirst, keywords, body, stems) "
                "VALUES (%s, %s, %s, %s, %s, %s)",
                rows,
            )
        schema_editor.execute(
            "DELETE FROM search_fts WHERE rowid IN "
            f"(SELECT page_id FROM search_searchdocument WHERE locale_id IN ({hungarian}))"
        )
        schema_editor.execute(
            f"""
            UPDATE search_searchdocument SET analysis = {ANALYSIS}, published_at = (
                SELECT coalesce(p.first_published_at, p.go_live_at, p.last_published_at,
                                search_searchdocument.published_at)
                FROM wagtailcore_page p WHERE p.id = search_searchdocument.page_id)
            """
        )


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        for statement in DROP_POSTGRES:
            schema_editor.execute(statement)
    elif vendor == "sqlite":
        schema_editor.execute(
            "INSERT INTO search_fts (rowid, title, standfirst, keywords, body) "
            "SELECT rowid, title, standfirst, keywords, body FROM search_fts_hu"
        )
        schema_editor.execute("DROP TABLE IF EXISTS search_fts_hu")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_hungarian_labels")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="analysis",
            field=models.PositiveSmallIntegerField(
                default=0,
                help_text="The version of the text analysis this entry was built with: entries of an older one are rebuilt by the search reconcile.",
                verbose_name="text analysis",
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
