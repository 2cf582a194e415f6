"""The reader search index: one row per live, public article, in the article's own language.

Wagtail's database backend takes one global PostgreSQL text search configuration, so Hungarian text
would be stemmed as English (or the reverse). This index picks the configuration per row from the
article's language, at index time and at query time (`search.languages`). The tsvector column and its
GIN index exist only on PostgreSQL and the FTS5 table only on SQLite: both are created by migration 0002
and written by `search.backends`, so the model holds only what both databases share.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_document",
        verbose_name=_("page"),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("language")
    )
    section = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("section")
    )
    # Tree path: private sections are excluded by prefix.
    path = models.CharField(_("tree path"), max_length=255)
    url_path = models.TextField(_("URL path"))
    published_at = models.DateTimeField(_("publication date"))
    title = models.CharField(_("title"), max_length=255)
    standfirst = models.TextField(_("standfirst"), blank=True)
    keywords = models.TextField(_("keywords"), blank=True)  # topic and author names
    body_text = models.TextField(_("body text"), blank=True)
    indexed_at = models.DateTimeField(_("indexed at"))
    # Rows built with an older analysis (search.languages.ANALYSIS) are rewritten by the reconcile task.
    analysis = models.PositiveSmallIntegerField(
        _("text analysis"),
        default=0,
        help_text=_(
            "The version of the text analysis this entry was built with: "
            "entries of an older one are rebuilt by the search reconcile."
        ),
    )

    class Meta:
        verbose_name = _("search index entry")
        verbose_name_plural = _("search index entries")
        indexes = [
            # Newest-first walks ("sort by newest", the bounded relevance pool, autocomplete).
            models.Index(fields=["locale", "-published_at", "-page"], name="search_doc_newest"),
            models.Index(fields=["section", "-published_at"], name="search_doc_section_newest"),
        ]

    def __str__(self):
        return self.title
