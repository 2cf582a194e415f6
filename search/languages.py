"""Which PostgreSQL text search configuration each language's text goes through.

Each is a copy of PostgreSQL's snowball configuration for the language with `unaccent` in front of the
stemmer (migration 0002), so "vilag" finds "világ" and "választások" finds "választás" in Hungarian
while "languages" finds "language" in English. The same configuration is used to index a document and
to parse a query in that document's language.
"""

CONFIGS = {"hu": "bp_hungarian", "en": "bp_english"}
FALLBACK = "bp_simple"  # unaccent without stemming, for a language PostgreSQL has no stemmer for


def config_for(language_code: str) -> str:
    return CONFIGS.get((language_code or "")[:2], FALLBACK)
