"""Where a translation stands, told honestly.

A translation is current only when what is *live* in its language was made from the source version that is
live now: the source was not republished after the last sync (TranslationSource.last_updated_at), and the
target was published after that sync. A Sync alone therefore changes nothing for readers or for the
report: the new text is in a draft until somebody publishes it.

The same rules serve the desk's queue, the coverage report, the readers' "original updated" notice and
the editor's warning, in both directions (an English original translated into Hungarian, or the reverse).
"""

from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation

MISSING = "missing"
IN_PROGRESS = "in_progress"
CHANGES_REQUESTED = "changes_requested"
READY_FOR_REVIEW = "ready_for_review"
NEEDS_UPDATE = "needs_update"
LIVE = "live"
ORIGINAL = "original"
PO_TOOL = "PO File"  # wagtail-localize's tool name for a PO file a person uploaded

LABELS = {
    MISSING: _("Missing"),
    IN_PROGRESS: _("In progress"),
    CHANGES_REQUESTED: _("Changes requested"),
    READY_FOR_REVIEW: _("Ready for review"),
    NEEDS_UPDATE: _("Needs update"),
    LIVE: _("Live"),
    ORIGINAL: _("Original"),
}


def is_behind(*, source_published_at, synced_at, target_published_at) -> bool:
    """A live translation is behind when its source was republished after the last sync, or when it was
    last published before that sync (the synced text is still only in a draft)."""
    if source_published_at is not None and source_published_at > synced_at:
        return True
    return target_published_at is None or target_published_at < synced_at


def state_of(*, target_live: bool, behind: bool, workflow_status: str | None) -> str:
    """The desk state of an existing translation target (a page or snippet in the target language)."""
    if workflow_status == WorkflowState.STATUS_IN_PROGRESS:
        return READY_FOR_REVIEW
    if workflow_status == WorkflowState.STATUS_NEEDS_CHANGES:
        return CHANGES_REQUESTED
    if not target_live:
        return IN_PROGRESS
    return NEEDS_UPDATE if behind else LIVE


# Segments readers do not read as text: an untranslated slug keeps the original's URL, which is fine.
NOT_READ = ("slug",)


@dataclass
class Progress:
    segments: int = 0
    untranslated: int = 0
    machine_unreviewed: int = 0  # machine-drafted, not yet saved or confirmed by a person
    words: int = 0  # of the source
    untranslated_words: int = 0

    @property
    def unchecked(self) -> int:
        return self.untranslated + self.machine_unreviewed


def _words(text: str) -> int:
    return len(strip_tags(text).split())


def progress(translations) -> dict[int, Progress]:
    """Segment counts of many translations: one query per target language, whatever their number."""
    by_locale = defaultdict(list)
    for translation in translations:
        by_locale[translation.target_locale_id].append(translation)
    result = {}
    for locale_id, group in by_locale.items():
        done = StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"),
            context_id=OuterRef("context_id"),
            locale_id=locale_id,
            has_error=False,
        )
        rows = (
            StringSegment.objects.filter(source_id__in={t.source_id for t in group})
            .exclude(context__path__in=NOT_READ)
            .annotate(
                done=Exists(done),
                machine=Exists(done.filter(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE)),
            )
            .values_list("source_id", "string__data", "done", "machine")
        )
        per_source = defaultdict(Progress)
        for source_id, data, is_done, is_machine in rows:
            counts, words = per_source[source_id], _words(data)
            counts.segments += 1
            counts.words += words
            if not is_done:
                counts.untranslated += 1
                counts.untranslated_words += words
            elif is_machine:
                counts.machine_unreviewed += 1
        for translation in group:
            result[translation.pk] = per_source.get(translation.source_id, Progress())
    return result


def confirm_machine_drafts(translation, user) -> int:
    """A person confirms every machine-drafted segment of `translation` at once; returns how many."""
    return StringTranslation.objects.filter(
        translation_of__segments__source_id=translation.source_id,
        locale_id=translation.target_locale_id,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    ).update(translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL, last_translated_by=user)


@dataclass
class TargetFacts:
    page: Page | None  # the target page (not specific), None for a missing one
    state: str
    source: Page | None = None


def targets_and_states(translations) -> dict[int, TargetFacts]:
    """For page translations: the target page and its desk state. Three queries, whatever the number."""
    translations = list(translations)
    keys = {t.source.object_id for t in translations}
    pages = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(
            translation_key__in=keys, locale_id__in={t.target_locale_id for t in translations}
        ).only("id", "translation_key", "locale_id", "live", "last_published_at", "title", "alias_of_id")
    }
    sources = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(
            translation_key__in=keys, locale_id__in={t.source.locale_id for t in translations}
        ).only("id", "translation_key", "locale_id", "live", "last_published_at", "title")
    }
    page_type = ContentType.objects.get_for_model(Page)
    workflows = dict(
        WorkflowState.objects.active()
        .filter(base_content_type=page_type, object_id__in=[str(p.pk) for p in pages.values()])
        .values_list("object_id", "status")
    )
    facts = {}
    for translation in translations:
        key = translation.source.object_id
        target = pages.get((key, translation.target_locale_id))
        source = sources.get((key, translation.source.locale_id))
        if target is None:
            facts[translation.pk] = TargetFacts(None, MISSING, source)
            continue
        behind = is_behind(
            source_published_at=source.last_published_at if source and source.live else None,
            synced_at=translation.source.last_updated_at,
            target_published_at=target.last_published_at,
        )
        state = state_of(
            target_live=target.live, behind=behind, workflow_status=workflows.get(str(target.pk))
        )
        facts[translation.pk] = TargetFacts(target, state, source)
    return facts


def machine_drafted(page) -> bool:
    """Whether the text of `page` (in its language) includes a machine translator's drafts.

    wagtail-localize names the tool on every string it machine-translates; a person confirming the
    draft (`confirm_machine_drafts`) keeps that name, a person rewriting the string clears it. PO
    imports name themselves too, and are people's work. Only strings of the page's current source
    count. One query.
    """
    in_use = StringSegment.objects.filter(
        string_id=OuterRef("translation_of_id"), context_id=OuterRef("context_id")
    )
    machine = Q(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE) | ~Q(tool_name__in=("", PO_TOOL))
    return (
        StringTranslation.objects.filter(context__object_id=page.translation_key, locale_id=page.locale_id)
        .filter(machine)
        .filter(Exists(in_use))
        .exists()
    )
