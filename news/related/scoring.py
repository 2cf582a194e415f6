"""Related articles: which live articles of the same language an article shows, and why.

Scoring is plain Python over `Features` (no database), so it is easy to test and shared by the
single-article refresh (news.related_service) and the bulk rebuild (news.related_rebuild):

    score = (TOPIC_WEIGHT * shared-topic rarity + SECTION_WEIGHT * same section + TEXT_WEIGHT * text overlap)
            * recency, where recency halves every RECENCY_HALF_LIFE_DAYS between the two publication dates.

Topic rarity is the inverse document frequency of each shared topic, so sharing "Tokaj wine harvest"
says more than sharing "Politics". Editors' pins come first, in their order; exclusions never appear.
"""

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

TOPIC_WEIGHT = 1.0
SECTION_WEIGHT = 0.6
TEXT_WEIGHT = 2.0
RECENCY_HALF_LIFE_DAYS = 45.0

# Candidate pools (shared by the SQL and the in-memory paths so both pick the same candidates):
# the most recent articles, up to a little after the article itself, that share a topic / the section.
TOPIC_POOL = 100
SECTION_POOL = 30
POOL_HORIZON = timedelta(days=30)

STEM_LENGTH = (
    6  # a crude stem for both languages: Hungarian suffixes and English inflections mostly sit past it
)
MIN_TOKEN_LENGTH = 4
STOP_WORDS = frozenset(
    """
    about after again also been before being between could does during from have having into just more most
    other over said says some such than that their them then there these they this those through under until
    very were what when where which while will with would your year years
    amely amelyek amelyet amikor azonban azért csak egyik ezért hogy illetve kell között lesz lett mert miatt
    mint most nagyon nemcsak pedig szerint szintén után volt voltak vagyis valamint
    """.split()
)
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Features:
    id: int
    locale_id: int
    section_path: str
    published: datetime
    topics: frozenset[int]
    tokens: frozenset[str]


def text_tokens(*texts: str) -> frozenset[str]:
    """Lower-cased, accent-folded word stems of a headline and standfirst, without stop words."""
    tokens = set()
    for text in texts:
        for word in _WORD.findall((text or "").lower()):
            if len(word) < MIN_TOKEN_LENGTH or word.isdigit() or word in STOP_WORDS:
                continue
            folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode() or word
            tokens.add(folded[:STEM_LENGTH])
    return frozenset(tokens)


def idf(document_frequency: int, total: int) -> float:
    return math.log((1 + total) / (1 + document_frequency)) + 1.0


def score(article: Features, candidate: Features, *, topic_idf: dict[int, float]) -> float:
    shared = article.topics & candidate.topics
    topic_score = sum(topic_idf.get(topic, 1.0) for topic in shared)
    same_section = 1.0 if candidate.section_path == article.section_path else 0.0
    union = article.tokens | candidate.tokens
    overlap = len(article.tokens & candidate.tokens) / len(union) if union else 0.0
    relevance = TOPIC_WEIGHT * topic_score + SECTION_WEIGHT * same_section + TEXT_WEIGHT * overlap
    days_apart = abs((article.published - candidate.published).total_seconds()) / 86400
    return relevance * 0.5 ** (days_apart / RECENCY_HALF_LIFE_DAYS)


def rank(
    article: Features,
    candidates: list[Features],
    *,
    topic_idf: dict[int, float],
    pins: list[int],
    excludes: set[int],
    count: int,
) -> list[tuple[int, float, bool]]:
    """(related id, score, pinned) in display order.

    `candidates` must already be live and public; anything in another language is dropped here too,
    so a mistake upstream can never put a Hungarian article in an English block.
    """
    eligible = {
        c.id: c
        for c in candidates
        if c.id != article.id and c.locale_id == article.locale_id and c.id not in excludes
    }
    chosen: list[tuple[int, float, bool]] = []
    for pin in pins:
        if pin in eligible and all(pin != row[0] for row in chosen):
            chosen.append((pin, score(article, eligible[pin], topic_idf=topic_idf), True))
    if len(chosen) >= count:
        return chosen[:count]
    pinned = {row[0] for row in chosen}
    scored = [
        (score(article, c, topic_idf=topic_idf), c.published, c.id)
        for c in eligible.values()
        if c.id not in pinned
    ]
    scored = [item for item in scored if item[0] > 0]
    scored.sort(key=lambda item: (-item[0], -item[1].timestamp(), item[2]))
    chosen.extend((cid, value, False) for value, _published, cid in scored[: count - len(chosen)])
    return chosen
