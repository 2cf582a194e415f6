"""The reader's search parameters, validated into a backends.common.Query.

Everything arrives in the URL, so anything may arrive: text is cleaned and cut to MAX_QUERY_LENGTH,
and a filter that names no section, topic or author of the reader's language is a form error (the view
answers 400 and shows the message), never an exception.
"""

from datetime import date, datetime, time, timedelta
from html import escape

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from news.models import Author, SectionPage, Topic
from portal.caching.keys import SEARCH_OPTIONS, memo
from portal.routing.visibility import public_q, restricted_paths
from search.backends.common import POOL, Query
from search.text import clean

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10
MAX_PAGE = POOL // PAGE_SIZE
RELEVANCE, NEWEST = "relevance", "newest"
# Dates far outside the archive are refused rather than turned into datetimes that overflow.
DATE_RANGE = [MinValueValidator(date(1900, 1, 1)), MaxValueValidator(date(2199, 12, 31))]
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def filter_options(locale_id: int) -> dict[str, list[tuple[int, str]]]:
    """Sections, topics and authors of one language as (id, label) lists, for the filter menus."""

    def compute():
        sections = SectionPage.objects.live().filter(public_q(), locale_id=locale_id).order_by("path")
        topics = Topic.objects.filter(locale_id=locale_id).order_by("name")
        authors = Author.objects.filter(locale_id=locale_id).order_by("name")
        return {
            "section": list(sections.values_list("pk", "title")),
            "topic": list(topics.values_list("pk", "name")),
            "author": list(authors.values_list("pk", "name")),
        }

    return memo(SEARCH_OPTIONS, compute, locale_id=locale_id)


class QuickSelect(forms.Select):
    """A <select> built in one pass: Django renders every <option> through a template, which for a
    newsroom's few hundred topics cost more than the search itself."""

    def render(self, name, value, attrs=None, renderer=None):
        if isinstance(value, list | tuple):
            value = value[0] if value else None
        chosen = "" if value is None else str(value)
        options = "".join(
            f'<option value="{escape(str(key))}"{" selected" if str(key) == chosen else ""}>'
            f"{escape(str(label))}</option>"
            for key, label in self.choices
        )
        attributes = flatatt(self.build_attrs(self.attrs, attrs))
        return mark_safe(f'<select name="{escape(name)}"{attributes}>{options}</select>')  # noqa: S308


class QueryField(forms.CharField):
    """Free text with control characters (NUL included) removed before validation, not refused."""

    def to_python(self, value):
        return clean(super().to_python(value))


class SearchForm(forms.Form):
    q = QueryField(label=_("Search for"), required=False)
    section = forms.TypedChoiceField(
        label=_("Section"), required=False, coerce=int, empty_value=None, widget=QuickSelect
    )
    topic = forms.TypedChoiceField(
        label=_("Topic"), required=False, coerce=int, empty_value=None, widget=QuickSelect
    )
    author = forms.TypedChoiceField(
        label=_("Author"), required=False, coerce=int, empty_value=None, widget=QuickSelect
    )
    date_from = forms.DateField(label=_("From"), required=False, validators=DATE_RANGE, widget=DATE_INPUT)
    date_to = forms.DateField(label=_("To"), required=False, validators=DATE_RANGE, widget=DATE_INPUT)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        widget=QuickSelect,
        choices=[(RELEVANCE, _("Relevance")), (NEWEST, _("Newest first"))],
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE, widget=forms.HiddenInput)

    def __init__(self, data, *, locale_id: int, language: str):
        super().__init__(data)
        self.locale_id, self.language = locale_id, language
        self.truncated = False
        for name, choices in filter_options(locale_id).items():
            self.fields[name].choices = [("", _("Any")), *choices]

    def clean_q(self) -> str:
        text = self.cleaned_data.get("q") or ""
        if len(text) > MAX_QUERY_LENGTH:
            self.truncated = True
            text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or text[:MAX_QUERY_LENGTH]
        return text

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date is before the start date."))
        return data

    @staticmethod
    def _midnight(day) -> datetime:
        return timezone.make_aware(datetime.combine(day, time.min))

    def to_query(self) -> Query:
        data = self.cleaned_data
        page = data.get("page") or 1
        start, end = data.get("date_from"), data.get("date_to")
        return Query(
            locale_id=self.locale_id,
            language=self.language,
            text=data["q"],
            section_id=data.get("section"),
            topic_id=data.get("topic"),
            author_id=data.get("author"),
            published_from=self._midnight(start) if start else None,
            published_before=self._midnight(end + timedelta(days=1)) if end else None,
            newest_first=data.get("sort") == NEWEST,
            offset=(page - 1) * PAGE_SIZE,
            limit=PAGE_SIZE,
            restricted_paths=tuple(restricted_paths()),
        )

    @property
    def has_filters(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return any(data.get(name) for name in ("section", "topic", "author", "date_from", "date_to"))
