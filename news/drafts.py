"""Abandoned drafts: add forms that autosave created a page for and nobody came back to.

Autosave stays on, so an editor who opens *Add article*, types a headline and leaves has made a page.
Such a draft holds no address (news.editing gives the next article its slug anyway); this finds the
ones with nothing in them beyond a headline, so `manage.py prune_abandoned_drafts` can remove them.
A draft with any text, a translation, a workflow or a lock is somebody's work and is never touched.
"""

from datetime import timedelta

from django.db.models import Count
from django.utils import timezone
from wagtail.models import Page, WorkflowState

from news.text import body_text


def _is_empty(content: dict) -> bool:
    return not (content.get("standfirst") or "").strip() and not body_text(content.get("body") or [])


def abandoned_drafts(*, older_than: timedelta = timedelta(days=7)) -> list:
    """Never-published articles untouched for `older_than` whose latest revision holds only a headline."""
    from news.models import ArticlePage

    cutoff = timezone.now() - older_than
    candidates = list(
        ArticlePage.objects.filter(
            live=False, first_published_at__isnull=True, locked=False, latest_revision_created_at__lt=cutoff
        ).select_related("latest_revision", "locale")
    )
    if not candidates:
        return []
    in_workflow = set(
        WorkflowState.objects.active()
        .filter(object_id__in=[str(page.pk) for page in candidates])
        .values_list("object_id", flat=True)
    )
    translated = set(
        Page.objects.filter(translation_key__in=[page.translation_key for page in candidates])
        .values("translation_key")
        .annotate(pages=Count("pk"))
        .filter(pages__gt=1)
        .values_list("translation_key", flat=True)
    )
    return [
        page
        for page in candidates
        if str(page.pk) not in in_workflow
        and page.translation_key not in translated
        and _is_empty(page.latest_revision.content if page.latest_revision else {})
    ]
