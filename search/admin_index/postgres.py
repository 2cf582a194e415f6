"""Wagtail's PostgreSQL search backend with a text search configuration per language, analysed as the
readers' search analyses it (`bp_to_tsvector` / `bp_to_tsquery`, search.languages; see
search.admin_index)."""

import copy
import re
from collections import Counter, OrderedDict
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db.models import TextField, Value
from django.db.models.sql.subqueries import InsertQuery
from modelsearch.utils import ADD, get_content_type_pk
from wagtail.models import Page
from wagtail.search.backends.database.postgres.postgres import (
    EMPTY_VECTOR,
    IndexEntry,
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from wagtail.search.backends.database.postgres.query import Lexeme
from wagtail.search.query import Phrase, PlainText

from search.admin_index.configs import group_by_config, query_configs
from search.languages import FALLBACK


class AnalysedVector(SearchVector):
    """`bp_to_tsvector(config, text)`: Hungarian stemmed with its accents, then unaccented."""

    function = "bp_to_tsvector"


class AnalysedQuery(SearchQuery):
    """`bp_to_tsquery(config, text)` (websearch syntax), the readers' parsing of a query."""

    def __init__(self, value, *, config, invert=False):
        super().__init__(value, config=config, invert=invert, search_type="websearch")
        self.function = "bp_to_tsquery"


class LocaleIndexer(ObjectIndexer):
    def as_vector(self, texts, for_autocomplete=False):
        """Wagtail's vector (a weighted `to_tsvector` per text), each text through `bp_to_tsvector`."""
        texts = [(text.strip(), weight) for text, weight in texts]
        texts = [(text, weight) for text, weight in texts if text]
        if not texts:
            return EMPTY_VECTOR
        config = self.autocomplete_config if for_autocomplete else self.config
        return ADD(
            [
                AnalysedVector(Value(text, output_field=TextField()), weight=weight, config=config)
                for text, weight in texts
            ]
        )


class LocaleIndex(PostgresIndex):
    def add_items(self, model, objs):
        # Wagtail's indexer takes its configuration from the backend: each language's objects are
        # written through a copy of the backend set to that language's configuration.
        backend = self.backend
        try:
            for config, group in group_by_config(objs).items():
                self.backend = backend.with_config(config)
                self._add_items(model, group)
        finally:
            self.backend = backend

    def _add_items(self, model, objs):
        """Wagtail's `PostgresIndex.add_items` (modelsearch 1.3), which builds its indexer by a fixed
        name, with `LocaleIndexer` in its place: the same row, vectors made by `bp_to_tsvector`."""
        if not model.get_search_fields():
            return
        indexers = [LocaleIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        rows, params = [], []
        for indexer in indexers:
            params.extend((content_type_pk, indexer.id))
            vectors = []
            for field, value in (
                ("title", indexer.title),
                ("autocomplete", indexer.autocomplete),
                ("body", indexer.body),
            ):
                prepared = compiler.prepare_value(IndexEntry._meta.get_field(field), value)
                sql, vector_params = prepared.as_sql(compiler, self.write_connection)
                vectors.append(sql)
                params.extend(vector_params)
            params.extend((indexer.title_text, indexer.body_text))  # plain text for fuzzy search
            rows.append(f"(%s, %s, {', '.join(vectors)}, 1.0, %s, %s)")
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {IndexEntry._meta.db_table}
                    (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title,
                              title_norm = 1.0,
                              autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body,
                              title_text = EXCLUDED.title_text,
                              body_text = EXCLUDED.body_text
                """,
                params,
            )
        self._refresh_title_norms()


def _terms(query: PlainText) -> list[str]:
    return [term for term in re.split(r"[\s\-]+", query.query_string) if term]


class LocaleQueryMixin:
    def build_tsquery_content(self, query, config=None, invert=False):
        """Words and phrases parsed as the readers' search parses them (`bp_to_tsquery`)."""
        if isinstance(query, Phrase):
            phrase = '"' + query.query_string.replace('"', " ") + '"'
            return AnalysedQuery(phrase, config=config, invert=invert)
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        terms = _terms(query)
        if not terms:
            return None
        # Inverted (NOT ...), "a and b" becomes "not a or not b" (De Morgan).
        operator = and_ if (query.operator == "and") != invert else or_
        return reduce(operator, [AnalysedQuery(term, config=config, invert=invert) for term in terms])

    def build_tsquery(self, query, config=None):
        """The query parsed by each configuration it may meet, OR-ed: `vector @@ (q_hu || q_en)`,
        which PostgreSQL answers from the GIN index of the column."""
        parsed = [super().build_tsquery(query, config=c) for c in query_configs(self.queryset)]
        parsed = [tsquery for tsquery in parsed if tsquery is not None]
        return reduce(or_, parsed) if parsed else None


# Pages an admin search counts, at most: "more than 1,000" is all an editor needs to know to add a word.
PAGE_MATCH_CAP = 1000


def _is_pages(queryset) -> bool:
    return issubclass(queryset.model, Page)


class NewestPagesFirstMixin:
    """An admin search of pages lists the newest first, as a newsroom looks a story up, instead of by
    rank: ranking every match of a common word ("budapest": 38,000 of 100,000 articles) took 1.8 s,
    while walking the pages newest first stops at the first screenful (0.12 s). Other models (pictures,
    authors) keep their ranking."""

    def _apply_ordering_and_scoring(self, queryset, rank_expression, start, stop, score_field=None):
        if self.order_by_relevance and score_field is None and _is_pages(queryset):
            return queryset.order_by("-latest_revision_created_at", "-pk")[start:stop]
        return super()._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)


class CappedSearchResults(PostgresSearchResults):
    """Counts and facets of a page search stop at PAGE_MATCH_CAP + 1 matches: counting every match of a
    common word re-checks each one's vector (0.9 s for 38,000 at 100,000 articles). A count above the
    cap means "more than PAGE_MATCH_CAP" (news/templates/wagtailadmin/pages/search_results.html)."""

    match_cap = PAGE_MATCH_CAP

    def _capped(self):
        queryset = self.get_queryset()
        return queryset.order_by()[: PAGE_MATCH_CAP + 1] if _is_pages(queryset) else None

    def _do_count(self):
        capped = self._capped()
        return super()._do_count() if capped is None else capped.count()

    def facet(self, field_name):
        capped = self._capped()
        if capped is None:
            return super().facet(field_name)
        if self.query_compiler._get_filterable_field(field_name) is None:
            return super().facet(field_name)  # raises Wagtail's FilterFieldError
        counts = Counter(capped.values_list(field_name, flat=True))
        return OrderedDict(counts.most_common())


class LocaleSearchQueryCompiler(NewestPagesFirstMixin, LocaleQueryMixin, PostgresSearchQueryCompiler):
    pass


class LocaleAutocompleteQueryCompiler(
    NewestPagesFirstMixin, LocaleQueryMixin, PostgresAutocompleteQueryCompiler
):
    def build_tsquery_content(self, query, config=None, invert=False):
        """The last word, perhaps unfinished, matches as its stem or as the beginning of a word.

        Wagtail stems the prefix itself ("híd" -> 'hi':*, which the Hungarian stemmer makes of it after
        unaccent), and 'hi':* matches most of the archive. Here the last word is its exact stem, as the
        readers' search has it, or an unstemmed prefix ('hid':*, 'orszagg':* while typing), as the
        readers' suggestions have it."""
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        terms = _terms(query)
        if not terms:
            return None
        *words, last = terms

        def parsed(term):
            return AnalysedQuery(term, config=config, invert=invert)

        prefix = SearchQuery(Lexeme(last, invert=invert, prefix=True), search_type="raw", config=FALLBACK)
        # Inverted (NOT ...), "stem or prefix" becomes "neither stem nor prefix" (De Morgan).
        stem_or_prefix = (and_ if invert else or_)(parsed(last), prefix)
        operator = and_ if (query.operator == "and") != invert else or_
        return reduce(operator, [parsed(word) for word in words] + [stem_or_prefix])


class LocalePostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LocaleSearchQueryCompiler
    autocomplete_query_compiler_class = LocaleAutocompleteQueryCompiler
    index_class = LocaleIndex
    results_class = CappedSearchResults

    def with_config(self, config: str) -> "LocalePostgresSearchBackend":
        configured = copy.copy(self)
        configured.config = configured.autocomplete_config = config
        return configured
