"""The reader's search page and the search box's suggestions, in the language of the URL prefix."""

import math
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from portal.i18n import LanguageVersion, locale_codes
from portal.routing.visibility import restricted_paths
from search.backends.common import Query, SearchTimeout
from search.forms import MAX_QUERY_LENGTH, PAGE_SIZE, SearchForm
from search.promotions import promotions_for
from search.query import search_articles, suggest_articles
from search.text import clean

SUGGEST_MIN_LENGTH = 2


def _language_and_locale() -> tuple[str, int]:
    language = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
    by_code = {code: locale_id for locale_id, code in locale_codes().items()}
    if language not in by_code:
        raise Http404("No content in this language")
    return language, by_code[language]


def _language_versions(text: str) -> list[LanguageVersion]:
    """The search page in every language, keeping the words searched for (filters are per language)."""
    current = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
    versions = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            url = reverse("search")
        if text:
            url += "?" + urlencode({"q": text})
        versions.append(LanguageVersion(code, name, url, code == current, True))
    return versions


def _results_context(form: SearchForm, request) -> dict:
    """One page of results for a valid form; raises Http404 past the last page."""
    query = form.to_query()
    if not (query.text or form.has_filters):
        return {}
    results = search_articles(query, request=request)
    number = form.cleaned_data.get("page") or 1
    if number > 1 and not results.hits:
        raise Http404("No such page of results")
    pages = max(1, math.ceil(results.total / PAGE_SIZE))
    context = {
        "results": results,
        "page_number": number,
        "previous_page": number - 1 if number > 1 else None,
        "next_page": number + 1 if number < pages else None,
        "page_count": pages,
        "first_rank": query.offset + 1,
    }
    if number == 1 and query.text:
        context["promotions"] = promotions_for(query.text, locale_id=query.locale_id, request=request)
    return context


@require_safe
def search_page(request):
    language, locale_id = _language_and_locale()
    form = SearchForm(request.GET, locale_id=locale_id, language=language)
    context = {"form": form, "results": None, "promotions": [], "max_query_length": MAX_QUERY_LENGTH}
    status = 400
    if form.is_valid():
        try:
            context.update(_results_context(form, request))
            status = 200
        except SearchTimeout:
            context["timed_out"] = True
            status = 503
    text = form.cleaned_data.get("q", "") if hasattr(form, "cleaned_data") else ""
    context.update(language_versions=_language_versions(text), searched_text=text, truncated=form.truncated)
    return TemplateResponse(request, "search/search_page.html", context, status=status)


@require_safe
def suggest(request):
    """JSON suggestions for the search box: headlines in the reader's language, newest first."""
    language, locale_id = _language_and_locale()
    text = clean(request.GET.get("q", ""))[:MAX_QUERY_LENGTH]
    results = []
    if len(text) >= SUGGEST_MIN_LENGTH:
        query = Query(
            locale_id=locale_id, language=language, text=text, restricted_paths=tuple(restricted_paths())
        )
        try:
            results = suggest_articles(query, request=request)
        except SearchTimeout:
            results = []
    response = JsonResponse({"query": text, "results": results})
    patch_cache_control(response, public=True, max_age=60)
    return response
