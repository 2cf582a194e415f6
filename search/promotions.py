"""Editors' picks (Wagtail search promotions) for a query, in the reader's language.

Editors attach pages to a query string in Settings -> Promoted search results. A promoted page shows
only to readers of its own language, so "election" can promote an English page while "választás"
promotes a Hungarian one; a promoted external link has no language and shows in both.
"""

from dataclasses import dataclass

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from portal.caching.keys import SEARCH_PROMOTED, memo
from portal.routing.sites import page_url
from portal.routing.visibility import restricted_paths


@dataclass(frozen=True)
class Promotion:
    title: str
    url: str
    description: str
    external: bool


def promoted_query_strings() -> frozenset[str]:
    """Every query string with a promotion: most searches have none and then cost no query.
    The publish pipeline drops the entry when an editor changes a promotion."""
    return memo(
        SEARCH_PROMOTED,
        lambda: frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True).distinct()),
    )


def promotions_for(text: str, *, locale_id: int, request=None) -> list[Promotion]:
    query_string = normalise_query_string(text)
    if not query_string or query_string not in promoted_query_strings():
        return []
    picks = (
        SearchPromotion.objects.filter(query__query_string=query_string)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    private = tuple(restricted_paths())
    promotions = []
    for pick in picks:
        if pick.page_id is None:
            if pick.external_link_url:
                title = pick.external_link_text or pick.external_link_url
                promotions.append(Promotion(title, pick.external_link_url, pick.description, True))
            continue
        page = pick.page
        if page.locale_id != locale_id or not page.live or any(page.path.startswith(p) for p in private):
            continue
        promotions.append(Promotion(page.title, page_url(page, request) or "", pick.description, False))
    return promotions
