"""The coverage report's listing: one row per story, its state in every language and the action that
moves it on, filtered by section, language, state and assignee.

As in the queue, candidates are found in SQL, bounded by the page (page size + 1 rows: "next" without
counting the archive), then news.desk.status gives every cell its exact state. Two ways in:

- by story (no state, or missing, original or in progress): live articles newest first, one per story
  (its live version with the lowest id), walking the first-publication index until the page is full;
- by translation (changes requested, ready for review, needs update, live, or an assignee): enabled
  wagtail-localize translations, far fewer than articles, newest first (one translator's: due first).

The SQL filters restate news.desk.status's rules (`state_of`, `is_behind`) so that a page of candidates
holds only matching stories; the tests check each filter against the states computed here.
"""

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation

from news.desk.coverage import ARTICLE_DEPTH
from news.desk.status import (
    CHANGES_REQUESTED,
    IN_PROGRESS,
    LABELS,
    LIVE,
    MISSING,
    NEEDS_UPDATE,
    ORIGINAL,
    READY_FOR_REVIEW,
    Progress,
    progress,
    targets_and_states,
)
from news.models import ArticlePage

PAGE_SIZE = 50
DESK = "desk"  # the assignee filter's "nobody in particular: the whole desk"
BY_TRANSLATION = (CHANGES_REQUESTED, READY_FOR_REVIEW, NEEDS_UPDATE, LIVE)
ACTIVE_FLOWS = (WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES)


@dataclass(frozen=True)
class Filters:
    section_paths: tuple[str, ...] = ()  # the paths of one section in every language
    locale_id: int | None = None
    status: str | None = None
    assignee: int | str | None = None  # a user id, DESK, or None for anybody


@dataclass
class Action:
    label: str
    url: str


@dataclass
class StoryCell:
    language: str
    state: str
    page_id: int | None = None
    alias: bool = False
    progress: Progress | None = None
    translation: Translation | None = None
    assignee_name: str = ""
    due_date: date | None = None
    action: Action | None = None

    @property
    def label(self) -> str:
        return LABELS[self.state]

    @property
    def overdue(self) -> bool:
        return bool(self.due_date and self.due_date < date.today() and self.state != LIVE)


@dataclass
class StoryRow:
    translation_key: str
    title: str
    language: str  # the original's
    page_id: int | None
    cells: list[StoryCell] = field(default_factory=list)


# -- SQL: which stories ------------------------------------------------------------------------------------
def _articles():
    return Page.objects.filter(
        depth=ARTICLE_DEPTH, content_type=ContentType.objects.get_for_model(ArticlePage)
    )


def _in_section(paths) -> Q:
    q = Q(pk__in=[])
    for path in paths:
        q |= Q(path__startswith=path)
    return q


def _translation_into(key, locale_id):
    return Translation.objects.filter(
        enabled=True, source__object_id=key, target_locale_id=locale_id
    ).exclude(source__locale_id=locale_id)


def _page_state(state: str, locale_id: int) -> Q:
    """A story (the outer page's translation key) whose state in `locale_id` is `state`."""
    here = Page.objects.filter(translation_key=OuterRef("translation_key"), locale_id=locale_id)
    translated = Exists(_translation_into(OuterRef("translation_key"), locale_id))
    if state == MISSING:  # nothing there but perhaps an alias
        return ~Exists(here.filter(alias_of__isnull=True))
    if state == ORIGINAL:
        return Exists(here.filter(live=True, alias_of__isnull=True)) & ~translated
    # In progress: a draft there, unless it is a translation under moderation (ready or sent back).
    flow = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        status__in=ACTIVE_FLOWS,
        object_id=Cast(
            Subquery(
                Page.objects.filter(
                    translation_key=OuterRef(OuterRef("translation_key")), locale_id=locale_id
                ).values("pk")[:1]
            ),
            CharField(),
        ),
    )
    return Exists(here.filter(live=False, alias_of__isnull=True)) & ~(translated & Exists(flow))


def _translation_state(state: str) -> Q:
    """A translation (the outer Translation) in `state`: news.desk.status.state_of in SQL."""
    target = Page.objects.filter(
        translation_key=OuterRef("source__object_id"),
        locale_id=OuterRef("target_locale_id"),
        alias_of__isnull=True,
    )
    if state == MISSING:
        return ~Exists(target)

    def flow(statuses):
        target_id = Page.objects.filter(
            translation_key=OuterRef(OuterRef("source__object_id")),
            locale_id=OuterRef(OuterRef("target_locale_id")),
            alias_of__isnull=True,
        ).values("pk")[:1]
        return Exists(
            WorkflowState.objects.filter(
                base_content_type=ContentType.objects.get_for_model(Page),
                status__in=statuses,
                object_id=Cast(Subquery(target_id), CharField()),
            )
        )

    if state == READY_FOR_REVIEW:
        return Q(flow([WorkflowState.STATUS_IN_PROGRESS]))
    if state == CHANGES_REQUESTED:
        return Q(flow([WorkflowState.STATUS_NEEDS_CHANGES]))
    if state == IN_PROGRESS:
        return Q(Exists(target.filter(live=False))) & ~flow(ACTIVE_FLOWS)
    synced = OuterRef("source__last_updated_at")
    source_republished = Page.objects.filter(
        translation_key=OuterRef("source__object_id"),
        locale_id=OuterRef("source__locale_id"),
        live=True,
        last_published_at__gt=synced,
    )
    published_before_sync = target.filter(Q(last_published_at__isnull=True) | Q(last_published_at__lt=synced))
    behind = Q(Exists(source_republished)) | Q(Exists(published_before_sync))
    live = Q(Exists(target.filter(live=True))) & ~flow(ACTIVE_FLOWS)
    if state == NEEDS_UPDATE:
        return live & behind
    if state == LIVE:
        return live & ~behind
    return Q(pk__in=[])  # an original is no translation


def _by_story(filters: Filters, locale_ids: list[int], offset: int, limit: int) -> list:
    earlier = _articles().filter(
        translation_key=OuterRef("translation_key"), live=True, alias_of__isnull=True, pk__lt=OuterRef("pk")
    )
    stories = _articles().filter(live=True, alias_of__isnull=True).filter(~Exists(earlier))
    if filters.section_paths:
        stories = stories.filter(_in_section(filters.section_paths))
    if filters.status:
        where = Q(pk__in=[])
        for locale_id in [filters.locale_id] if filters.locale_id else locale_ids:
            where |= _page_state(filters.status, locale_id)
        stories = stories.filter(where)
    ordered = stories.order_by(F("first_published_at").desc(), "-pk")
    return list(ordered.values_list("translation_key", flat=True)[offset : offset + limit])


def _by_translation(filters: Filters, offset: int, limit: int) -> list:
    live_version = _articles().filter(
        translation_key=OuterRef("source__object_id"), live=True, alias_of__isnull=True
    )
    if filters.section_paths:
        live_version = live_version.filter(_in_section(filters.section_paths))
    translations = (
        Translation.objects.filter(
            enabled=True, source__specific_content_type=ContentType.objects.get_for_model(ArticlePage)
        )
        .exclude(source__locale_id=F("target_locale_id"))
        .filter(Exists(live_version))
    )
    if filters.locale_id:
        translations = translations.filter(target_locale_id=filters.locale_id)
    if filters.status:
        translations = translations.filter(_translation_state(filters.status))
    if filters.assignee == DESK:
        translations = translations.filter(
            Q(desk_assignment__isnull=True) | Q(desk_assignment__assignee__isnull=True)
        )
    elif filters.assignee:
        translations = translations.filter(desk_assignment__assignee_id=filters.assignee)
    if filters.assignee and filters.assignee != DESK:  # one translator's work: what is due first
        ordered = translations.order_by(F("desk_assignment__due_date").asc(nulls_last=True), "-pk")
    else:  # newest requests first: the primary key's index, read until the page is full
        ordered = translations.order_by("-pk")
    keys = ordered.values_list("source__object_id", flat=True)[offset : offset + limit]
    return list(dict.fromkeys(keys))  # a story translated into several languages: one row


def story_keys(filters: Filters, *, locale_ids: list[int], page: int, page_size: int = PAGE_SIZE):
    """The translation keys of page `page` (from 1) and whether another page follows. One query."""
    offset = (page - 1) * page_size
    if filters.assignee or filters.status in BY_TRANSLATION:
        keys = _by_translation(filters, offset, page_size + 1)
    else:
        keys = _by_story(filters, locale_ids, offset, page_size + 1)
    return keys[:page_size], len(keys) > page_size


# -- Python: each cell's state and action ------------------------------------------------------------------
def _translate_url(page_id: int, language: str, next_url: str | None = None) -> str:
    query = {"select_locale": language, **({"next": next_url} if next_url else {})}
    return f"{reverse('wagtail_localize:submit_page_translation', args=[page_id])}?{urlencode(query)}"


def _edit_url(page_id: int) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page_id])


def _missing(language: str, original_id: int | None, alias: dict | None) -> StoryCell:
    if alias is not None:
        # wagtail-localize's own way to turn an alias into a translation (its alias page's "Translate").
        url = _translate_url(alias["alias_of_id"], language, _edit_url(alias["id"]))
        return StoryCell(language, MISSING, alias["id"], True, action=Action(_("Translate"), url))
    action = Action(_("Translate"), _translate_url(original_id, language)) if original_id else None
    return StoryCell(language, MISSING, action=action)


def _translation_cell(language, translation, fact, counts, versions) -> StoryCell:
    page = fact.page
    if page is None or page.alias_of_id:
        alias = versions.get(language) if page is not None else None
        return _missing(language, fact.source.pk if fact.source else None, alias)
    cell = StoryCell(
        language, fact.state, page.pk, progress=counts.get(translation.pk), translation=translation
    )
    assignment = getattr(translation, "desk_assignment", None)
    if assignment is not None and assignment.assignee is not None:
        cell.assignee_name = assignment.assignee.get_full_name() or assignment.assignee.get_username()
    cell.due_date = assignment.due_date if assignment else None
    source = fact.source
    if (
        fact.state == NEEDS_UPDATE
        and source
        and source.live
        and source.last_published_at
        and (source.last_published_at > translation.source.last_updated_at)
    ):
        sync = reverse("wagtail_localize:update_translations", args=[translation.source_id])
        cell.action = Action(_("Sync translated pages"), sync)
    else:
        labels = {
            IN_PROGRESS: _("Translate"),
            CHANGES_REQUESTED: _("Translate"),
            READY_FOR_REVIEW: _("Review"),
            NEEDS_UPDATE: _("Publish the update"),  # synced: the new text waits in a draft
            LIVE: _("Edit"),
        }
        cell.action = Action(labels[fact.state], _edit_url(page.pk))
    return cell


def _own_cell(language: str, version: dict | None, original_id: int | None) -> StoryCell:
    """A language without a translation: the story's own version there (original or a draft), or none."""
    if version is None:
        return _missing(language, original_id, None)
    if version["alias_of_id"]:
        return _missing(language, original_id, version)
    state = ORIGINAL if version["live"] else IN_PROGRESS
    return StoryCell(language, state, version["id"], action=Action(_("Edit"), _edit_url(version["id"])))


def story_rows(keys: list, *, languages: list[str], codes: dict[int, str]) -> list[StoryRow]:
    """The rows for `keys` (in that order), a cell per language. Six queries and one per target language
    of the translations shown, whatever the size of the archive."""
    if not keys:
        return []
    versions: dict = {}
    for version in (
        _articles()
        .filter(translation_key__in=keys)
        .values("id", "translation_key", "locale_id", "live", "alias_of_id", "title")
    ):
        versions.setdefault(version["translation_key"], {})[codes[version["locale_id"]]] = version
    translations = list(
        Translation.objects.filter(
            enabled=True,
            source__object_id__in=keys,
            source__specific_content_type=ContentType.objects.get_for_model(ArticlePage),
        )
        .exclude(source__locale_id=F("target_locale_id"))
        .select_related("source", "desk_assignment__assignee")
    )
    facts, counts = targets_and_states(translations), progress(translations)
    by_key: dict = {}
    for translation in translations:
        by_key.setdefault(translation.source.object_id, {})[codes[translation.target_locale_id]] = translation

    rows = []
    for key in keys:
        here, translated = versions.get(key, {}), by_key.get(key, {})
        original = _original(here, translated, codes)
        row = StoryRow(
            str(key),
            original["title"] if original else "",
            codes[original["locale_id"]] if original else "",
            original["id"] if original else None,
        )
        for language in languages:
            if language in translated:
                translation = translated[language]
                cell = _translation_cell(language, translation, facts[translation.pk], counts, here)
            else:
                cell = _own_cell(language, here.get(language), row.page_id)
            row.cells.append(cell)
        rows.append(row)
    return rows


def _original(versions: dict, translations: dict, codes: dict) -> dict | None:
    """The story's original: the source of its translations, else its first live version."""
    for translation in translations.values():
        source = versions.get(codes[translation.source.locale_id])
        if source is not None:
            return source
    candidates = sorted(
        versions.values(), key=lambda v: (not v["live"] or v["alias_of_id"] is not None, v["id"])
    )
    return candidates[0] if candidates else None
