"""The coverage report: per section and language, how many stories stand in each desk state.

A story is a translation key with at least one live, non-alias article. In each language it is, by
news.desk.status's rules: a translation (wagtail-localize's, enabled) in the state `state_of` gives it;
its own version there (an original, or a copy made outside wagtail-localize) when not a translation,
live = "original", draft = "in progress"; or "missing", aliases included (an alias mirrors another
language: nothing is translated yet; the report shows how many of the missing are aliases).

Fast at 100,000 articles because it never sorts the archive nor checks it row by row: one pass over the
articles grouped by story counts, per section and language, the stories and the versions there (live,
draft, alias); the translations, far fewer than articles, are then read one row each and classified with
`is_behind`/`state_of`, and moved out of the plain "original"/"draft" figures into their desk state.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
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
    is_behind,
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


def _story_counts(path_length: int, locale_ids: list[int]):
    """(section path, versions, number of stories) for every live story.

    `versions` is a bit mask, three bits per language (in `locale_ids` order): a live version there, a
    draft, an alias; a story has at most one page per language. One pass over the articles grouped by
    story (a hash aggregate: no sort, no per-row subquery); a story belongs to the section of its live
    versions (the first by path, should they have been filed under different sections)."""
    page, article_type = Page._meta.db_table, ContentType.objects.get_for_model(ArticlePage).pk
    position = " ".join("WHEN %s THEN %s" for _locale in locale_ids)
    # Only table names and placeholders are interpolated; every value is a parameter.
    sql = f"""
        SELECT section, versions, COUNT(*) FROM (
            SELECT MIN(SUBSTR(path, 1, %s) COLLATE "C") FILTER (WHERE live AND alias_of_id IS NULL)
                       AS section,
                   BIT_OR(1::bigint << (CASE locale_id {position} END
                          + CASE WHEN alias_of_id IS NOT NULL THEN 2 WHEN live THEN 0 ELSE 1 END)) AS versions
            FROM {page} WHERE depth = %s AND content_type_id = %s AND locale_id = ANY(%s)
            GROUP BY translation_key
        ) AS story WHERE section IS NOT NULL GROUP BY section, versions
    """  # noqa: S608
    positions = [value for n, locale in enumerate(locale_ids) for value in (locale, 3 * n)]
    params = [path_length, *positions, ARTICLE_DEPTH, article_type, locale_ids]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _translation_facts(path_length: int):
    """One row per enabled translation of an article whose target exists (not an alias) and whose story
    is live: what `is_behind` and `state_of` need, and the target's section path."""
    page, translation, source = (
        Page._meta.db_table,
        Translation._meta.db_table,
        TranslationSource._meta.db_table,
    )
    workflow = WorkflowState._meta.db_table
    sql = f"""
        SELECT t.target_locale_id, SUBSTR(tp.path, 1, %s), tp.live, tp.last_published_at,
               s.last_updated_at, sp.live, sp.last_published_at, ws.status
        FROM {translation} t
        JOIN {source} s ON s.id = t.source_id
        JOIN {page} tp ON tp.translation_key = s.object_id AND tp.locale_id = t.target_locale_id
        LEFT JOIN {page} sp ON sp.translation_key = s.object_id AND sp.locale_id = s.locale_id
        LEFT JOIN {workflow} ws ON ws.base_content_type_id = %s AND ws.object_id = tp.id::text
             AND ws.status = ANY(%s)
        WHERE t.enabled AND s.specific_content_type_id = %s AND s.locale_id <> t.target_locale_id
          AND tp.depth = %s AND tp.alias_of_id IS NULL
          AND EXISTS (SELECT 1 FROM {page} v WHERE v.translation_key = s.object_id AND v.depth = %s
                      AND v.live AND v.alias_of_id IS NULL)
    """  # noqa: S608 (table names only)
    params = [
        path_length,
        ContentType.objects.get_for_model(Page).pk,
        [WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
        ContentType.objects.get_for_model(ArticlePage).pk,
        ARTICLE_DEPTH,
        ARTICLE_DEPTH,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def coverage_summary() -> list[SectionRow]:
    """Per section and language, the number of stories in each desk state. Three queries (sections, stories,
    translations), whatever the number of articles or translations."""
    codes = locale_codes()
    languages = content_languages()
    locale_of = {code: locale_id for locale_id, code in codes.items()}
    locale_ids = [locale_of[code] for code in languages]
    by_path, rows, path_length = section_keys()
    if not rows:
        return []
    cells = {}
    for row in rows:
        row.cells = [Cell(language) for language in languages]
        for cell in row.cells:
            cells[row.translation_key, cell.language] = cell

    present = defaultdict(lambda: {"live": 0, "draft": 0})
    for section_path, versions, stories in _story_counts(path_length, locale_ids):
        section = by_path.get(section_path)
        if section is None:
            continue
        for n, language in enumerate(languages):
            cell = cells[section, language]
            cell.stories += stories
            here = versions >> (3 * n)
            if here & 1:
                present[section, language]["live"] += stories
            elif here & 2:
                present[section, language]["draft"] += stories
            elif here & 4:
                cell.aliases += stories

    # Translations leave the plain figures for their desk state.
    for (
        locale_id,
        path,
        target_live,
        target_published,
        synced,
        source_live,
        source_published,
        flow,
    ) in _translation_facts(path_length):
        key = (by_path.get(path), codes.get(locale_id))
        if key not in cells:
            continue
        behind = is_behind(
            source_published_at=source_published if source_live else None,
            synced_at=synced,
            target_published_at=target_published,
        )
        cells[key].counts[state_of(target_live=target_live, behind=behind, workflow_status=flow)] += 1
        present[key]["live" if target_live else "draft"] -= 1

    for key, cell in cells.items():
        live, draft = max(present[key]["live"], 0), max(present[key]["draft"], 0)
        cell.counts[ORIGINAL] += live
        cell.counts[IN_PROGRESS] += draft  # a draft made outside wagtail-localize
        cell.counts[MISSING] = max(cell.stories - sum(cell.counts.values()), 0)
    return rows
