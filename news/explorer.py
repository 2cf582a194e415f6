"""The page explorer and the admin page search at archive size.

Wagtail routes the explorer (`/admin/pages/<id>/`) and the page search (`/admin/pages/search/`) through
the page viewset registered for the base Page; `DeskPageViewSet` replaces it with the same views plus:

- the rows' translation buttons are answered for the whole page of rows in two queries
  (news.desk.rows) instead of three to five queries a row, and their content types and locales come
  with them, not from two more queries;
- a page whose children may not be ordered by hand (a section: its thousands of articles follow their
  publication date, SectionPage.permissions_for_user) never shows the unpaginated "Sort menu order"
  listing: `?ordering=ord` redirects to the paginated listing.
"""

import functools
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.shortcuts import get_object_or_404, redirect
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from news.desk import rows

MANUAL_ORDER = "ord"


def allows_manual_order(page, user) -> bool:
    return page.permissions_for_user(user).can_reorder_children()


class PrimedRowsMixin:
    def annotate_queryset(self, pages):
        pages = super().annotate_queryset(pages)
        # Each row's locale in the rows' own query, not a prefetch query of its own.
        lookups = [lookup for lookup in pages._prefetch_related_lookups if lookup not in ("locale", "content_type")]
        return pages.prefetch_related(None).prefetch_related(*lookups).select_related("locale")

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        # The same instances the table renders (the slice keeps its results), and the page whose
        # header shows the same buttons: one priming for all of them.
        rows.prime([*filter(None, [getattr(self, "parent_page", None)]), *object_list])
        for row in object_list:
            row.content_type = ContentType.objects.get_for_id(row.content_type_id)  # Django's cache
        return paginator, page, object_list, is_paginated

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows.prime(context["object_list"])  # unpaginated listings (a small page set in manual order)
        return context


class DeskExplorableIndexView(PrimedRowsMixin, ExplorableIndexView):
    # Wagtail annotates every row with its parent (a query) when the columns have a parent column, which
    # the explorer then drops from its table; it annotates parents itself when searching the whole tree.
    base_columns = [column for column in ExplorableIndexView.base_columns if column.name != "parent"]

    def get(self, request, parent_page_id=None):
        if request.GET.get("ordering") == MANUAL_ORDER and parent_page_id:
            parent = get_object_or_404(Page, id=parent_page_id).specific_deferred
            if not allows_manual_order(parent, request.user):
                query = request.GET.copy()
                del query["ordering"]
                return redirect(request.path + ("?" + urlencode(query, doseq=True) if query else ""))
        return super().get(request, parent_page_id=parent_page_id)

    def get_valid_orderings(self):
        orderings = super().get_valid_orderings()
        if MANUAL_ORDER in orderings and not allows_manual_order(self.parent_page, self.request.user):
            orderings.remove(MANUAL_ORDER)
        return orderings


class DeskSearchView(PrimedRowsMixin, SearchView):
    pass


class DeskPageViewSet(PageViewSet):
    """Wagtail's base page viewset (registered after it, so it takes its place) with the views above."""

    name = "desk_pages"
    index_view_class = DeskExplorableIndexView
    search_view_class = DeskSearchView


# -- the page chooser ------------------------------------------------------------------------------------
# Wagtail's chooser (browse and search) renders for every row its parent (`get_parent`, twice), whether a
# workflow is in progress and whether a schedule is approved: three queries a row, 75 on a page of 25.
# Its only way in is the `construct_page_chooser_queryset` hook, before pagination and (in the search)
# before `.specific()` and the search backend; so the queryset it gets back completes its own results,
# whatever slice or search they come through, in three queries.


def complete_rows(pages) -> None:
    """Parents, workflow states in progress and approved schedules for `pages`, in three queries."""
    from wagtail.models import Revision, WorkflowState

    pages = [page for page in pages if isinstance(page, Page)]
    if not pages:
        return
    paths = {Page._get_parent_path_from_path(page.path) for page in pages if page.depth > 1}
    parents = {parent.path: parent for parent in Page.objects.filter(path__in=paths).select_related("locale")}
    ids = [str(page.pk) for page in pages]
    states = {}
    for state in (
        WorkflowState.objects.active()
        .filter(base_content_type=ContentType.objects.get_for_model(Page), object_id__in=ids)
        .select_related("current_task_state__task")
    ):
        states.setdefault(state.object_id, []).append(state)
    scheduled = set(
        Revision.page_revisions.filter(object_id__in=ids, approved_go_live_at__isnull=False).values_list(
            "object_id", flat=True
        )
    )
    for page in pages:
        if page.depth > 1:
            page._cached_parent_obj = parents.get(Page._get_parent_path_from_path(page.path))  # treebeard's
        page._current_workflow_states = states.get(str(page.pk), [])  # Page.prefetch_workflow_states's
        page._approved_schedule = str(page.pk) in scheduled  # Page.annotate_approved_schedule's


class CompletedRowsMixin:
    def _fetch_all(self):
        fresh = self._result_cache is None
        super()._fetch_all()
        if fresh and self._result_cache:
            complete_rows(self._result_cache)


@functools.cache
def _completing(queryset_class):
    return type(f"Completed{queryset_class.__name__}", (CompletedRowsMixin, queryset_class), {})


def chooser_rows(pages, request):
    """The hook's answer: the same queryset, of a class that completes its results (clones keep it)."""
    if isinstance(pages, CompletedRowsMixin):
        return pages
    completed = pages.all()
    completed.__class__ = _completing(type(pages))
    return completed
