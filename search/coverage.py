"""How many distinct Hungarian words of some texts the index keeps under their accented stem
(PostgreSQL). `bench/search.py` prints it for the demo stories; before migration 0004, 592 of 3,287
were indexed otherwise ("adataiból" as "adataibol", not "adat")."""

from dataclasses import dataclass

from django.db import connection

WORD_TOKENS = ("asciiword", "word", "hword_asciipart", "hword_part")


@dataclass(frozen=True)
class StemCoverage:
    words: int  # distinct words the Hungarian stemmer keeps (stopwords are not indexed at all)
    missed: int  # of which the index holds no lexeme equal to the accented word's stem, unaccented
    examples: list[str]

    @property
    def share(self) -> float:
        return self.missed / self.words if self.words else 0.0


def hungarian_stem_coverage(texts: list[str], *, examples: int = 5) -> StemCoverage:
    with connection.cursor() as cursor:
        cursor.execute(
            """
            WITH words AS (
                SELECT DISTINCT lower(p.token) AS word
                FROM unnest(%s::text[]) t(text), ts_parse('default', t.text) p
                JOIN ts_token_type('default') tt ON tt.tokid = p.tokid
                WHERE tt.alias = ANY(%s)
            ), stems AS (
                SELECT word, bp_unaccent((ts_lexize('hungarian_stem', word))[1]) AS stem FROM words
            ), checked AS (
                SELECT word, stem = ANY(tsvector_to_array(bp_to_tsvector('bp_hungarian', word))) AS kept
                FROM stems WHERE stem IS NOT NULL
            )
            SELECT count(*), count(*) FILTER (WHERE NOT kept),
                   (array_agg(word ORDER BY word) FILTER (WHERE NOT kept))[1:%s]
            FROM checked
            """,
            [list(texts), list(WORD_TOKENS), examples],
        )
        words, missed, sample = cursor.fetchone()
    return StemCoverage(words=words, missed=missed, examples=sample or [])
