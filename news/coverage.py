"""Translation coverage: for every section and language, how many articles are originals, up-to-date
translations, out-of-date translations, or missing. A fixed number of grouped queries, whatever the
size of the archive.

"Out of date" means the original was republished after the translation last synced from it
(TranslationSource.last_updated_at), which is exactly when wagtail-localize's "Sync translated pages"
has something new to bring in.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Substr
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from news.models import ArticlePage, SectionPage
from portal.i18n import locale_codes


@dataclass
class Cell:
    language: str
    total: int = 0  # distinct stories in the section, in any language
    originals: int = 0
    translated: int = 0
    outdated: int = 0

    @property
    def present(self) -> int:
        return self.originals + self.translated + self.outdated

    @property
    def missing(self) -> int:
        return max(self.total - self.present, 0)

    def share(self, count: int) -> float:
        return 100.0 * count / self.total if self.total else 0.0


@dataclass
class Row:
    translation_key: str
    titles: dict[str, str]
    section_ids: dict[str, int]
    cells: list[Cell] = field(default_factory=list)


def _translations(*, stale: bool):
    """Enabled translations into the outer article's locale from another locale (optionally behind)."""
    query = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id"), enabled=True
    ).exclude(source__locale_id=OuterRef("locale_id"))
    if stale:
        source_republished = Page.objects.filter(
            translation_key=OuterRef("source__object_id"),
            locale_id=OuterRef("source__locale_id"),
            last_published_at__gt=OuterRef("source__last_updated_at"),
        )
        query = query.filter(Exists(source_republished))
    return query


def section_coverage() -> list[Row]:
    codes = locale_codes()
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code in codes.values()]
    sections = list(
        SectionPage.objects.filter(depth=3)
        .order_by("path")
        .values("id", "path", "translation_key", "locale_id", "title")
    )
    if not sections:
        return []
    path_length = len(sections[0]["path"])
    section_key = {s["path"]: s["translation_key"] for s in sections}

    rows: dict = {}
    for s in sections:
        row = rows.setdefault(s["translation_key"], Row(str(s["translation_key"]), {}, {}))
        row.titles[codes[s["locale_id"]]] = s["title"]
        row.section_ids[codes[s["locale_id"]]] = s["id"]
        if not row.cells:
            row.cells = [Cell(language) for language in languages]

    articles = (
        ArticlePage.objects.live().filter(depth=4).annotate(section_path=Substr("path", 1, path_length))
    )
    per_locale = (
        articles.annotate(
            is_translation=Exists(_translations(stale=False)), is_stale=Exists(_translations(stale=True))
        )
        .values("section_path", "locale_id")
        .annotate(
            n=Count("pk"),
            translations=Count("pk", filter=Q(is_translation=True)),
            stale=Count("pk", filter=Q(is_stale=True)),
        )
    )
    for item in per_locale.order_by():
        row = rows.get(section_key.get(item["section_path"]))
        if row is None:
            continue
        cell = row.cells[languages.index(codes[item["locale_id"]])]
        cell.originals += item["n"] - item["translations"]
        cell.translated += item["translations"] - item["stale"]
        cell.outdated += item["stale"]

    section_tk = Subquery(Page.objects.filter(path=OuterRef("section_path")).values("translation_key")[:1])
    totals = (
        articles.annotate(section_tk=section_tk)
        .values("section_tk")
        .annotate(n=Count("translation_key", distinct=True))
    )
    for item in totals.order_by():
        row = rows.get(item["section_tk"])
        if row is not None:
            for cell in row.cells:
                cell.total = item["n"]
    return list(rows.values())


def articles_needing_work(*, section_key, language: str, state: str):
    """The articles behind one bar: `missing` (no live version in `language`) or `outdated`."""
    locale = Locale.objects.get(language_code=language)
    section_paths = SectionPage.objects.filter(translation_key=section_key, depth=3).values_list(
        "path", flat=True
    )
    in_sections = Q()
    for path in section_paths:
        in_sections |= Q(path__startswith=path)
    articles = ArticlePage.objects.live().filter(in_sections, depth=4)
    if state == "outdated":
        return (
            articles.filter(locale=locale)
            .annotate(is_stale=Exists(_translations(stale=True)))
            .filter(is_stale=True)
            .order_by("-last_published_at")
        )
    if state == "missing":
        # With two languages each story appears once on the other side; with more it could repeat.
        present = ArticlePage.objects.live().filter(locale=locale).values("translation_key")
        return (
            articles.exclude(locale=locale)
            .exclude(translation_key__in=present)
            .order_by("-last_published_at")
        )
    raise ValueError(state)
