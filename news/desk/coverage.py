"""The coverage report: per section and language, how many stories stand in each desk state.

A story is a translation key with at least one live, non-alias article. In each language it is, by
news.desk.status's rules: a translation (wagtail-localize's, enabled) in the state `state_of` gives it;
its own version there (an original, or a copy made outside wagtail-localize) when not a translation,
live = "original", draft = "in progress"; or "missing", aliases included (an alias mirrors another
language: nothing is translated yet; the report shows how many of the missing are aliases).

Fast at 100,000 articles because it reads the archive once and never sorts it nor checks it row by row:
one pass over the articles, hash-joined to the translations and the active workflows (the small side),
grouped by story into a few bits per language (which version is there, whether it is a translation,
behind its source, under moderation); grouped again by section and those bits, it comes back as a few
dozen rows, each classified once with `state_of`.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from news.desk.status import (
    CHANGES_REQUESTED,
    IN_PROGRESS,
    LABELS,
    LIVE,
    MISSING,
    NEEDS_UPDATE,
    ORIGINAL,
    READY_FOR_REVIEW,
    state_of,
)
from news.models import ArticlePage, SectionPage
from portal.i18n import locale_codes

# Columns of the report, in the order a desk reads them: what needs doing first.
STATES = (MISSING, IN_PROGRESS, CHANGES_REQUESTED, READY_FOR_REVIEW, NEEDS_UPDATE, LIVE, ORIGINAL)
ARTICLE_DEPTH = 4  # root / home / section / article


@dataclass
class Cell:
    language: str
    stories: int = 0
    counts: Counter = field(default_factory=Counter)
    aliases: int = 0  # of the missing: an alias of another language's version is there

    @property
    def figures(self) -> list[tuple[str, str, int]]:
        return [(state, LABELS[state], self.counts[state]) for state in STATES]

    def share(self, state: str) -> float:
        return 100.0 * self.counts[state] / self.stories if self.stories else 0.0


@dataclass
class SectionRow:
    translation_key: str
    titles: dict[str, str]
    cells: list[Cell] = field(default_factory=list)

    @property
    def title(self) -> str:
        return " / ".join(self.titles.values())


def content_languages() -> list[str]:
    """The languages of the report, in the site's order."""
    codes = set(locale_codes().values())
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code in codes]


def section_keys() -> tuple[dict[str, str], list[SectionRow], int]:
    """Section path -> section translation key, one report row per section, and the sections' path length."""
    codes = locale_codes()
    sections = list(
        SectionPage.objects.filter(depth=ARTICLE_DEPTH - 1)
        .order_by("path")
        .values_list("path", "translation_key", "locale_id", "title")
    )
    rows: dict = {}
    for _path, key, locale_id, title in sections:
        rows.setdefault(str(key), SectionRow(str(key), {})).titles[codes[locale_id]] = title
    by_path = {path: str(key) for path, key, _locale, _title in sections}
    return by_path, list(rows.values()), len(sections[0][0]) if sections else 0


# Bits per language in a story's `versions` (BITS apart): what is there and, for a translation, where
# it stands. BEHIND and SOURCE_NEWER are the two halves of news.desk.status.is_behind.
LIVE_VERSION, DRAFT, ALIAS, TRANSLATION, BEHIND, SOURCE_NEWER, REVIEW, SENT_BACK = (1 << n for n in range(8))
BITS = 8
WORK_MEM = "64MB"  # for this query only: ~20 MB at 100,000 articles


def _story_versions(path_length: int, locale_ids: list[int]):
    """(section path, versions, number of stories) for every live story: `versions` holds BITS bits per
    language (in `locale_ids` order); a story has at most one page per language.

    A story belongs to the section of its live versions (the first by path, should they have been filed
    under different sections). Behind, as `is_behind` says: the source was republished after the last
    sync, or the target was last published before it."""
    table = {model: model._meta.db_table for model in (Page, Translation, TranslationSource, WorkflowState)}
    position = "CASE {} " + " ".join("WHEN %s THEN %s" for _locale in locale_ids) + " END"
    sql = f"""
        WITH translation AS (
            SELECT s.object_id AS key, s.locale_id AS source_locale, t.target_locale_id AS target_locale,
                   s.last_updated_at AS synced
            FROM {table[Translation]} t JOIN {table[TranslationSource]} s ON s.id = t.source_id
            WHERE t.enabled AND s.specific_content_type_id = %s AND s.locale_id <> t.target_locale_id
        ), flow AS (
            SELECT object_id::integer AS page_id, status FROM {table[WorkflowState]}
            WHERE base_content_type_id = %s AND status = ANY(%s)
        )
        SELECT section, versions, COUNT(*) FROM (
            SELECT MIN(SUBSTR(p.path, 1, %s) COLLATE "C") FILTER (WHERE p.live AND p.alias_of_id IS NULL)
                       AS section,
                   BIT_OR(
                       ((CASE WHEN p.alias_of_id IS NOT NULL THEN {ALIAS}
                              ELSE (CASE WHEN p.live THEN {LIVE_VERSION} ELSE {DRAFT} END)
                                   | (CASE WHEN t.target_locale = p.locale_id THEN {TRANSLATION}
                                      + (CASE WHEN p.last_published_at IS NULL
                                              OR p.last_published_at < t.synced THEN {BEHIND} ELSE 0 END)
                                      + (CASE flow.status WHEN %s THEN {REVIEW} WHEN %s THEN {SENT_BACK}
                                         ELSE 0 END) ELSE 0 END)
                         END)::bigint << {position.format("p.locale_id")})
                       | COALESCE((CASE WHEN t.source_locale = p.locale_id AND p.live
                                         AND p.last_published_at > t.synced THEN {SOURCE_NEWER}
                                         ELSE 0 END)::bigint << {position.format("t.target_locale")}, 0)
                   ) AS versions
            FROM {table[Page]} p
            -- One probe per page: a page is the target or the source of its story's translations.
            LEFT JOIN translation t ON t.key = p.translation_key
            LEFT JOIN flow ON flow.page_id = p.id
            WHERE p.depth = %s AND p.content_type_id = %s AND p.locale_id = ANY(%s)
            GROUP BY p.translation_key
        ) AS story WHERE section IS NOT NULL GROUP BY section, versions
    """  # noqa: S608 (table names and bit constants only; values are parameters)
    positions = [value for n, locale in enumerate(locale_ids) for value in (locale, BITS * n)]
    article_type = ContentType.objects.get_for_model(ArticlePage).pk
    params = [
        article_type,
        ContentType.objects.get_for_model(Page).pk,
        [WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
        path_length,
        WorkflowState.STATUS_IN_PROGRESS,
        WorkflowState.STATUS_NEEDS_CHANGES,
        *positions,
        *positions,
        ARTICLE_DEPTH,
        article_type,
        locale_ids,
    ]
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        # Room to hash the stories in memory (the default 4 MB makes PostgreSQL sort the archive instead).
        cursor.execute("SELECT set_config('work_mem', %s, true)", [WORK_MEM])
        cursor.execute(sql, params)
        return cursor.fetchall()


def state_in(bits: int) -> str:
    """A story's desk state in one language, from its BITS bits there."""
    if bits & TRANSLATION:
        flow = (
            WorkflowState.STATUS_IN_PROGRESS
            if bits & REVIEW
            else WorkflowState.STATUS_NEEDS_CHANGES
            if bits & SENT_BACK
            else None
        )
        behind = bool(bits & (BEHIND | SOURCE_NEWER))
        return state_of(target_live=bool(bits & LIVE_VERSION), behind=behind, workflow_status=flow)
    if bits & LIVE_VERSION:
        return ORIGINAL
    if bits & DRAFT:
        return IN_PROGRESS  # a draft made outside wagtail-localize
    return MISSING


def coverage_summary() -> list[SectionRow]:
    """Per section and language, the number of stories in each desk state. Two queries (the sections,
    the stories) and a setting, whatever the number of articles or translations."""
    codes = locale_codes()
    languages = content_languages()
    locale_of = {code: locale_id for locale_id, code in codes.items()}
    by_path, rows, path_length = section_keys()
    if not rows:
        return []
    cells = {}
    for row in rows:
        row.cells = [Cell(language) for language in languages]
        for cell in row.cells:
            cells[row.translation_key, cell.language] = cell
    for path, versions, stories in _story_versions(path_length, [locale_of[code] for code in languages]):
        section = by_path.get(path)
        if section is None:
            continue
        for n, language in enumerate(languages):
            cell, bits = cells[section, language], (versions >> (BITS * n)) & ((1 << BITS) - 1)
            cell.stories += stories
            cell.counts[state_in(bits)] += stories
            if bits & ALIAS:
                cell.aliases += stories
    return rows
