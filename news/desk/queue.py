"""A translator's work queue: what waits for them, in the languages they translate into.

New requests (the translation is not live yet), translations behind their original, and translations a
moderator sent back. Assigned to them, or to the whole desk. Candidates are found in SQL (bounded by the
page size), then news.desk.status tells each one's exact state, in both directions alike.
"""

from dataclasses import dataclass
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import Translation

from news.desk.status import (
    CHANGES_REQUESTED,
    IN_PROGRESS,
    LABELS,
    MISSING,
    NEEDS_UPDATE,
    READY_FOR_REVIEW,
    Progress,
    progress,
    targets_and_states,
)
from news.roles import user_is_translator_only

WAITING = (IN_PROGRESS, MISSING, NEEDS_UPDATE, CHANGES_REQUESTED)
LIMIT = 200


@dataclass
class QueueItem:
    translation: Translation
    title: str
    state: str
    progress: Progress
    target: Page | None
    assignee_id: int | None
    due_date: date | None
    assignee_name: str = ""

    @property
    def label(self) -> str:
        return LABELS[self.state]

    @property
    def overdue(self) -> bool:
        return bool(self.due_date and self.due_date < date.today())


def languages_for(user) -> list[Locale]:
    """The languages `user` may translate into: those whose home page they may edit."""
    locales = list(Locale.objects.order_by("language_code"))
    if user.is_superuser:
        return locales
    homes = Page.objects.filter(depth=2).order_by("path")
    editable = {home.locale_id for home in homes if home.permissions_for_user(user).can_edit()}
    return [locale for locale in locales if locale.pk in editable]


def _page_translations():
    page_types = ContentType.objects.get_for_models(*_page_models()).values()
    return Translation.objects.filter(enabled=True, source__specific_content_type__in=page_types)


def _page_models():
    from news.models import ArticlePage, SectionPage

    return (ArticlePage, SectionPage)


def _needs_work():
    """SQL for "may be waiting": the target is missing or not live, behind its source, or sent back."""
    target = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef("target_locale_id")
    )
    source = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef("source__locale_id"), live=True
    )
    sent_back = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_NEEDS_CHANGES,
        base_content_type=ContentType.objects.get_for_model(Page),
        # Nested one level deeper: the Translation's fields are the outer query's outer query here.
        object_id=Cast(
            Subquery(
                Page.objects.filter(
                    translation_key=OuterRef(OuterRef("source__object_id")),
                    locale_id=OuterRef(OuterRef("target_locale_id")),
                ).values("pk")[:1]
            ),
            CharField(),
        ),
    )
    return (
        Q(~Exists(target.filter(live=True)))
        | Q(Exists(source.filter(last_published_at__gt=OuterRef("source__last_updated_at"))))
        | Q(Exists(target.filter(live=True, last_published_at__lt=OuterRef("source__last_updated_at"))))
        | Q(Exists(sent_back))
    )


def queue_for(user, *, language: str | None = None, mine_only: bool = False) -> list[QueueItem]:
    locales = languages_for(user)
    if language:
        locales = [locale for locale in locales if locale.language_code == language]
    mine = Q(desk_assignment__assignee=user)
    desk = Q(desk_assignment__isnull=True) | Q(desk_assignment__assignee__isnull=True)
    who = mine if mine_only else mine | desk
    if not user_is_translator_only(user) and not mine_only:
        who = Q()  # editors and moderators see the whole desk
    candidates = (
        _page_translations()
        .filter(who, target_locale__in=locales)
        .filter(_needs_work())
        .select_related("source", "source__locale", "target_locale", "desk_assignment")
        .order_by(F("desk_assignment__due_date").asc(nulls_last=True), "-source__last_updated_at")[:LIMIT]
    )
    candidates = list(candidates)
    facts = targets_and_states(candidates)
    counts = progress(candidates)
    items = []
    for translation in candidates:
        fact = facts[translation.pk]
        if fact.state not in WAITING:
            continue
        assignment = getattr(translation, "desk_assignment", None)
        items.append(
            QueueItem(
                translation=translation,
                title=fact.source.title if fact.source else "",
                state=fact.state,
                progress=counts[translation.pk],
                target=fact.page,
                assignee_id=assignment.assignee_id if assignment else None,
                due_date=assignment.due_date if assignment else None,
            )
        )
    return items


__all__ = ["QueueItem", "READY_FOR_REVIEW", "languages_for", "queue_for"]
