"""The database-specific half of the index (see search.models).

PostgreSQL: the unaccent extension, one text search configuration per language (a copy of the snowball
configuration with unaccent in front of the stemmer), the tsvector column and its GIN index.
SQLite: an FTS5 table with diacritics folding and Porter stemming.
"""

from django.db import migrations

CONFIGS = [  # (name, copied from, dictionary chain); search.languages maps languages to these names
    ("bp_hungarian", "hungarian", "unaccent, hungarian_stem"),
    ("bp_english", "english", "unaccent, english_stem"),
    ("bp_simple", "simple", "unaccent, simple"),
]
WORD_TOKENS = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        for name, source, chain in CONFIGS:
            schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
            schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {source})")
            schema_editor.execute(f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR {WORD_TOKENS} WITH {chain}")
        # search_vector: everything, weighted A-D, for matching and ranking. title_vector: the headline
        # alone, small and kept in the row, for suggestions.
        schema_editor.execute("ALTER TABLE search_searchdocument ADD COLUMN search_vector tsvector")
        schema_editor.execute("ALTER TABLE search_searchdocument ADD COLUMN title_vector tsvector")
        schema_editor.execute("ALTER TABLE search_searchdocument ALTER COLUMN title_vector SET STORAGE MAIN")
        # Texts and the big vector go to TOAST, so the row a search visits for every match (ids, locale,
        # date, section, path) stays around 100 bytes: a common word's matches span a few MB, not 180.
        schema_editor.execute("ALTER TABLE search_searchdocument SET (toast_tuple_target = 128)")
        schema_editor.execute("CREATE INDEX search_doc_vector ON search_searchdocument USING gin (search_vector)")
        schema_editor.execute("CREATE INDEX search_doc_title ON search_searchdocument USING gin (title_vector)")
    elif schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "title, standfirst, keywords, body, tokenize = 'porter unicode61 remove_diacritics 2')"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_doc_vector")
        schema_editor.execute("DROP INDEX IF EXISTS search_doc_title")
        schema_editor.execute("ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS search_vector")
        schema_editor.execute("ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS title_vector")
        for name, _source, _chain in CONFIGS:
            schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
    elif schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS search_fts")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
