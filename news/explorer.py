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

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.functional import cached_property
from wagtail.admin.views.pages.listing import ExplorableIndexView, IndexView, PageFilterSet
from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from news.desk import rows
from news.models import ArticlePage, SectionPage

MANUAL_ORDER = "ord"


def allows_manual_order(page, user) -> bool:
    return page.permissions_for_user(user).can_reorder_children()


class PrimedRowsMixin:
    def annotate_queryset(self, pages):
        # Wagtail's PageListingMixin.annotate_queryset, but each row's locale comes in the rows' own query,
        # not a prefetch query of its own, its content type from Django's cache, and Wagtail's prefetch
        # of the sites rooted at each row is left out (unused: `_is_site_root` is annotated). Rows of one
        # page type (a section's articles) are loaded from that type's table in one query instead of
        # Wagtail's two (the types of the rows, then the rows).
        pages = pages.defer_streamfields()
        if pages.model is Page:
            pages = pages.specific().select_related("locale", for_specific_subqueries=True)
        else:
            pages = pages.select_related("locale")
        if getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
            pages = pages.prefetch_workflow_states()
        if self.i18n_enabled:
            pages = pages.annotate_has_untranslated_locale()
        return pages.annotate_site_root_state().annotate_approved_schedule()

    def paginate_queryset(self, queryset, page_size):
        if isinstance(queryset, models.QuerySet) and queryset.model is ArticlePage:
            # A section's listing: the page's rows are found by their ids alone (a subquery with the
            # OFFSET), and only those 50 are loaded and annotated. Paginating the annotated queryset made
            # PostgreSQL evaluate the annotations (three subqueries a row) for every row the OFFSET skips:
            # 3,100 on page 63.
            ids = queryset.prefetch_related(None).values_list("pk", flat=True)
            paginator, page, id_slice, is_paginated = super().paginate_queryset(ids, page_size)
            page.object_list = object_list = list(queryset.filter(pk__in=id_slice))
        else:
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


class SectionFilterSet(PageFilterSet):
    """A section's articles: one site, one language, one page type, no children. Filters that could
    only ever offer one choice are left out (each cost the form a query)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("site", "has_child_pages"):
            self.filters.pop(name, None)

    def _add_locale_filter(self):
        pass


class DeskExplorableIndexView(PrimedRowsMixin, ExplorableIndexView):
    # Wagtail annotates every row with its parent (a query) when the columns have a parent column, which
    # the explorer then drops from its table; it annotates parents itself when searching the whole tree.
    base_columns = [column for column in ExplorableIndexView.base_columns if column.name != "parent"]

    def get(self, request, parent_page_id=None):
        if not parent_page_id:
            return super().get(request)  # the root: Wagtail's own
        # Wagtail's ExplorableIndexView.get, with the parent loaded with its locale in one query (Wagtail
        # loads the base page, then the specific one, then the locale).
        pages = Page.objects.filter(pk=parent_page_id).select_related("locale")
        page = pages.prefetch_workflow_states().first()
        if page is None:
            raise Http404
        parent = page.specific_deferred  # its own fields load if asked (the listing asks for none)
        parent.locale = page.locale
        if request.GET.get("ordering") == MANUAL_ORDER and not allows_manual_order(parent, request.user):
            # Never the unpaginated drag-and-drop listing of thousands of articles: the paginated one.
            query = request.GET.copy()
            del query["ordering"]
            return redirect(request.path + ("?" + urlencode(query, doseq=True) if query else ""))
        self.parent_page = parent
        root_page = self.permission_policy.explorable_root_instance(request.user)
        if not (parent.pk == root_page.pk or parent.is_descendant_of(root_page)):
            return redirect(self.index_url_name, root_page.pk)
        self.scheduled_page = parent.get_scheduled_revision_as_object()
        self.permissions = parent.permissions_for_user(request.user)
        if self.i18n_enabled and not parent.is_root():
            self.locale = parent.locale
            self.translations = self.get_translations()
        else:
            self.locale = None
            self.translations = []
        return IndexView.get(self, request)

    def get_base_queryset(self):
        if isinstance(self.parent_page, SectionPage) and not self.request.GET.get("search_all"):
            # A section holds articles only (SectionPage.subpage_types): its listing, filtered or searched
            # (then Wagtail takes descendants, which are its children), from the articles' own table.
            pages = ArticlePage.objects.child_of(self.parent_page)
            by_permissions = getattr(settings, "WAGTAILADMIN_PAGE_SEARCH_FILTER_BY_PERMISSIONS", True)
            if not self.is_searching or by_permissions:
                explorable = self.permission_policy.explorable_instances(self.request.user)
                pages = pages.filter(pk__in=explorable.values_list("pk", flat=True))
            return self.annotate_queryset(pages)
        return super().get_base_queryset()

    @cached_property
    def filters(self):
        # (not `is_searching_whole_tree`: it asks `is_filtering`, which asks for these filters)
        if isinstance(self.parent_page, SectionPage) and not self.request.GET.get("search_all"):
            self.filterset_class = SectionFilterSet
        return super().filters

    def get_valid_orderings(self):
        orderings = super().get_valid_orderings()
        if MANUAL_ORDER in orderings and not allows_manual_order(self.parent_page, self.request.user):
            orderings.remove(MANUAL_ORDER)
        return orderings


class DeskSearchView(PrimedRowsMixin, SearchView):
    def get_queryset(self):
        pages = super().get_queryset()
        reuse_facet_counts(pages, self.all_pages, self.content_types, self.selected_content_type)
        return pages

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The count stops there on PostgreSQL (search.admin_index.postgres); the template says "more than".
        context["match_cap"] = getattr(self.all_pages, "match_cap", None)
        return context


def reuse_facet_counts(pages, all_pages, content_types, selected_content_type) -> None:
    """Wagtail's page search runs four full-text statements over the archive: the page of results, the
    paginator's count, the template's "All (n)" count and the page-type facet. The facet already counts
    every match by type, so both counts are taken from it (about 150 ms each at 100,000 articles).
    The results and all_pages share the search and the live filter; they differ only by the type filter."""
    if not content_types or not hasattr(all_pages, "_count_cache"):
        return
    counts = {content_type.pk: count for content_type, count in content_types}
    all_pages._count_cache = sum(counts.values())
    if hasattr(pages, "_count_cache"):
        if selected_content_type is None:
            pages._count_cache = all_pages._count_cache
        else:
            pages._count_cache = counts.get(selected_content_type.pk, 0)


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
