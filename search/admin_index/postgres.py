"""Wagtail's PostgreSQL search backend with a text search configuration per language
(see search.admin_index)."""

import copy
import re
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery
from wagtail.search.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.search.backends.database.postgres.query import Lexeme
from wagtail.search.query import PlainText

from search.admin_index.configs import group_by_config, query_configs
from search.languages import FALLBACK


class LocaleIndex(PostgresIndex):
    def add_items(self, model, objs):
        # Wagtail's indexer takes its configuration from the backend: each language's objects are
        # written through a copy of the backend set to that language's configuration.
        backend = self.backend
        try:
            for config, group in group_by_config(objs).items():
                self.backend = backend.with_config(config)
                super().add_items(model, group)
        finally:
            self.backend = backend


class LocaleQueryMixin:
    def build_tsquery(self, query, config=None):
        """The query parsed by each configuration it may meet, OR-ed: `vector @@ (q_hu || q_en)`,
        which PostgreSQL answers from the GIN index of the column."""
        parsed = [super().build_tsquery(query, config=c) for c in query_configs(self.queryset)]
        parsed = [tsquery for tsquery in parsed if tsquery is not None]
        return reduce(or_, parsed) if parsed else None


class LocaleSearchQueryCompiler(LocaleQueryMixin, PostgresSearchQueryCompiler):
    pass


class LocaleAutocompleteQueryCompiler(LocaleQueryMixin, PostgresAutocompleteQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        """The last word, perhaps unfinished, matches as its stem or as the beginning of a word.

        Wagtail stems the prefix itself ("híd" -> 'hi':*, which the Hungarian stemmer makes of it after
        unaccent), and 'hi':* matches most of the archive. Here the last word is its exact stem, as the
        readers' search has it, or an unstemmed prefix ('hid':*, 'orszagg':* while typing), as the
        readers' suggestions have it."""
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        terms = [term for term in re.split(r"[\s\-]+", query.query_string) if term]
        if not terms:
            return None
        *words, last = terms

        def parsed(term, *, prefix=False, cfg=config):
            return SearchQuery(Lexeme(term, invert=invert, prefix=prefix), search_type="raw", config=cfg)

        # Inverted (NOT ...), "stem or prefix" becomes "neither stem nor prefix" (De Morgan).
        stem_or_prefix = (and_ if invert else or_)(parsed(last), parsed(last, prefix=True, cfg=FALLBACK))
        operator = and_ if (query.operator == "and") != invert else or_
        return reduce(operator, [parsed(word) for word in words] + [stem_or_prefix])


class LocalePostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LocaleSearchQueryCompiler
    autocomplete_query_compiler_class = LocaleAutocompleteQueryCompiler
    index_class = LocaleIndex

    def with_config(self, config: str) -> "LocalePostgresSearchBackend":
        configured = copy.copy(self)
        configured.config = configured.autocomplete_config = config
        return configured
