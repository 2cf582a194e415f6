"""Wagtail's own search index, the one the admin searches (pages in the explorer, the page chooser and
the "Pages" search; pictures in the image chooser; authors in the author chooser), in each object's
language.

The readers' search is the project's own index (search.indexing, search.backends): live, public
articles only. Wagtail's index holds every page, drafts, scheduled and private ones included, which is
what an editor looking for a story needs and what a reader must never see.

Wagtail's database backend on PostgreSQL has one text search configuration for everything. Here each
object is indexed with its locale's configuration, through the readers' `bp_to_tsvector` (search.languages:
Hungarian stemmed with its accents and unaccented after, English with `unaccent` in front of its
stemmer), and a query is parsed by `bp_to_tsquery` with the configuration of each language it
may meet: the locales the queryset is filtered to, or every language when that is not known (the
admin's page search spans both trees). Objects without a locale (pictures, documents) are indexed with
`bp_simple` (unaccent, no stemmer), and a query on them is also parsed by the stemmers, whose stems
match the whole words as prefixes ("hidak" -> "hid:*" finds "hídon").

The admin asks Wagtail for `autocomplete()` (the last word as a prefix), which reads the index's
autocomplete column: models list there every text an editor searches (news.models.ArticlePage: headline,
standfirst, body, bylines), not only the title.

On SQLite (`make run`) Wagtail's own FTS5 backend is used unchanged: its tokenizer folds diacritics,
without stemming.
"""

from django.db import connection


def SearchBackend(params):  # noqa: N802: the name Wagtail looks up in a backend module
    if connection.vendor == "postgresql":
        from search.admin_index.postgres import LocalePostgresSearchBackend

        return LocalePostgresSearchBackend(params)
    from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend

    return DatabaseSearchBackend(params)
