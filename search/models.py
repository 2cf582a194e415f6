"""The reader search index: one row per live, public article, in the article's own language.

Wagtail's database backend takes one global PostgreSQL text search configuration, so Hungarian text
would be stemmed as English (or the reverse). This index picks the configuration per row from the
article's language, at index time and at query time (`search.languages`). The tsvector column and its
GIN index exist only on PostgreSQL and the FTS5 table only on SQLite: both are created by migration 0002
and written by `search.backends`, so the model holds only what both databases share.
"""

from django.db import models


class SearchDocument(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="search_document"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    section = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+")
    path = models.CharField(max_length=255)  # tree path: private sections are excluded by prefix
    url_path = models.TextField()
    published_at = models.DateTimeField()
    title = models.CharField(max_length=255)
    standfirst = models.TextField(blank=True)
    keywords = models.TextField(blank=True)  # topic and author names
    body_text = models.TextField(blank=True)
    indexed_at = models.DateTimeField()

    class Meta:
        indexes = [
            # Newest-first walks ("sort by newest", the bounded relevance pool, autocomplete).
            models.Index(fields=["locale", "-published_at", "-page"], name="search_doc_newest"),
            models.Index(fields=["section", "-published_at"], name="search_doc_section_newest"),
        ]

    def __str__(self):
        return self.title
