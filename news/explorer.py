"""The page explorer and the admin page search at archive size.

Wagtail routes the explorer (`/admin/pages/<id>/`) and the page search (`/admin/pages/search/`) through
the page viewset registered for the base Page; `DeskPageViewSet` replaces it with the same views plus:

- the rows' translation buttons are answered for the whole page of rows in three queries
  (news.desk.rows) instead of three to five queries a row;
- a page whose children may not be ordered by hand (a section: its thousands of articles follow their
  publication date, SectionPage.permissions_for_user) never shows the unpaginated "Sort menu order"
  listing: `?ordering=ord` redirects to the paginated listing.
"""

from urllib.parse import urlencode

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
    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        # The same instances the table renders (the slice keeps its results), and the page whose
        # header shows the same buttons: one priming for all of them.
        rows.prime([*filter(None, [getattr(self, "parent_page", None)]), *object_list])
        return paginator, page, object_list, is_paginated

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows.prime(context["object_list"])  # unpaginated listings (a small page set in manual order)
        return context


class DeskExplorableIndexView(PrimedRowsMixin, ExplorableIndexView):
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
