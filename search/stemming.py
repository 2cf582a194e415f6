"""Hungarian stems for the SQLite development path (`make run`), as PostgreSQL takes them
(search.languages): the stem of the word as written, with its accents, then unaccented. SQLite's FTS5
has no Hungarian stemmer: the Hungarian table (search.backends.sqlite) keeps each document's words and,
in a column of their own, their stems; a query word matches the beginning of either, as its stem or as
typed.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

MIN_PREFIX = 4  # as bp_hungarian_alternatives: "ad" or "eu" as a prefix would match a tenth of the words
_HUNGARIAN = snowballstemmer.stemmer("hungarian")
_WORD = re.compile(r"\w+")


def unaccent(text: str) -> str:
    """Accents removed as FTS5's `remove_diacritics 2` folds them: "Őrség" -> "Orseg"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=4096)
def hungarian_stem(word: str) -> str:
    """The accented word's stem, made accent-insensitive: "adataiból" -> "adat"."""
    return unaccent(_HUNGARIAN.stemWord(word.lower()))


def hungarian_alternatives(word: str) -> list[tuple[str, bool]]:
    """(term, is_prefix) pairs one query word may match: the beginning of a word, its stem's (the
    index holds words, not stems: "adat" begins "adataibol") or its own, both from four letters."""
    stem, plain = hungarian_stem(word), unaccent(word.lower())
    terms = dict.fromkeys(term for term in (stem, plain) if term)
    return [(term, len(term) >= MIN_PREFIX) for term in terms]


def hungarian_stems(*texts: str) -> str:
    """The distinct stems of the texts' words, for the FTS5 `stems` column: "adataiból" -> "adat"."""
    words = (word for text in texts for word in _WORD.findall(text or ""))
    return " ".join(dict.fromkeys(hungarian_stem(word) for word in words))
