"""Which PostgreSQL text search configuration each language's text goes through, and how.

Text is indexed with `bp_to_tsvector(config, text)` and a query parsed with `bp_to_tsquery(config,
text)` (migration 0004), the same for the readers' index and the admin's (search.admin_index):

- Hungarian (`bp_hungarian`): the Hungarian stemmer needs the accents to find case endings, so each
  word is stemmed as written and the stem then unaccented ("adataiból" -> "adat", "választásokról" ->
  "valasztas"); the word itself, unaccented, is indexed at the same position. A query word matches its
  unaccented stem, or (four letters or more) the beginning of an unaccented word: "adat", "adatok" and
  "adataibol" typed without accents all find "adataiból".
- English (`bp_english`) and the rest (`bp_simple`): `to_tsvector` / `websearch_to_tsquery` with the
  configuration, `unaccent` in front of the English stemmer (whose rules take no accents), so "cafe" finds
  "café" and "languages" finds "language".
"""

CONFIGS = {"hu": "bp_hungarian", "en": "bp_english"}
FALLBACK = "bp_simple"  # unaccent without stemming, for a language PostgreSQL has no stemmer for
# Bumped when what an index row holds changes; rows of an older analysis are rewritten by search.reconcile.
ANALYSIS = 2
# ts_headline parses a text with one configuration: for Hungarian the unaccented words, which the
# query's prefixes match ("adat":* marks "adataiból").
HEADLINE_CONFIGS = {"bp_hungarian": FALLBACK}


def config_for(language_code: str) -> str:
    return CONFIGS.get((language_code or "")[:2], FALLBACK)


def headline_config_for(language_code: str) -> str:
    config = config_for(language_code)
    return HEADLINE_CONFIGS.get(config, config)
