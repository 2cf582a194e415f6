"""Reads for the reader-facing pages, each in a fixed number of queries and inside one locale.

A listing never mixes languages: the page being served hands in its own locale's articles
(`ArticlePage.objects.visible()` filtered by locale), and the rest is read through the article's
relations, so this module needs no model imports (news.models calls it).
"""

from django.core.exceptions import ObjectDoesNotExist
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import connection
from django.db.models import Exists, F, OuterRef, Prefetch, Window
from django.db.models.functions import RowNumber, Substr
from django.http import Http404
from wagtail.images import get_image_model

from news.audio.links import reading_url
from news.translations import translation_note
from portal.i18n import language_versions

# Rendition specs the templates use; prefetching exactly these keeps image queries constant.
CARD_SPECS = ("fill-480x270-c75", "fill-960x540-c75")
HERO_SPECS = ("fill-800x450-c75", "fill-1200x675-c75", "fill-1600x900-c75")
BODY_SPECS = ("width-800", "width-1200")
RAIL_SIZE = 4
HOME_LATEST = 14


def _renditions(specs):
    Rendition = get_image_model().get_rendition_model()
    return Rendition.objects.filter(filter_spec__in=specs)


def _related_model(model, relation: str):
    return model._meta.get_field(relation).related_model


def article_cards(queryset, *, specs=CARD_SPECS):
    """Articles as listing cards: section, hero thumbnail and bylines in three extra queries in all."""
    bylines = _related_model(queryset.model, "article_authors").objects.select_related("author")
    return queryset.select_related("hero_image").prefetch_related(
        Prefetch("hero_image__renditions", queryset=_renditions(specs)),
        Prefetch("article_authors", queryset=bylines.order_by("sort_order")),
    )


def section_front(*, section, articles, page_number: str) -> dict:
    """`articles`: the section's visible articles (SectionPage.articles)."""
    in_section = articles
    lead = None
    if section.lead_article_id:
        lead = article_cards(in_section.filter(pk=section.lead_article_id)).first()
    if lead:
        in_section = in_section.exclude(pk=lead.pk)
    articles = article_cards(in_section).order_by("-first_published_at", "-pk")
    paginator = Paginator(articles, section.page_size, allow_empty_first_page=True)
    try:
        page = paginator.page(page_number or 1)
    except (EmptyPage, PageNotAnInteger):
        raise Http404("No such page of this section") from None
    return {"lead": lead if page.number == 1 else None, "articles": page.object_list, "paginator_page": page}


def home_front(*, home, articles, sections) -> dict:
    """`articles`: the visible articles of the home's language; `sections`: its visible sections."""
    latest = list(article_cards(articles).order_by("-first_published_at", "-pk")[:HOME_LATEST])
    lead = None
    if home.lead_article_id:
        lead = next((a for a in latest if a.pk == home.lead_article_id), None)
        if lead is None:
            lead = article_cards(articles.filter(pk=home.lead_article_id)).first()
    if lead is None and latest:
        lead = latest[0]
    rest = [a for a in latest if a != lead]
    sections = list(sections.order_by("path"))
    return {
        "lead": lead,
        "top_stories": rest[:4],
        "latest": rest[4:],
        "rails": _section_rails(articles=articles, sections=sections),
    }


def _section_rails(*, articles, sections) -> list[tuple]:
    """The newest RAIL_SIZE articles of every section in one query.

    On PostgreSQL: a UNION ALL of one small ordered LIMIT per section, each an index walk over the
    section's newest articles, whatever the archive's size (a window over all articles ranked the
    whole archive: 300 ms at 100,000). SQLite cannot order parts of a union: a window there.
    """
    if not sections:
        return []
    if connection.features.supports_slicing_ordering_in_compound:
        parts = [
            article_cards(articles.child_of(section)).order_by("-first_published_at", "-pk")[:RAIL_SIZE]
            for section in sections
        ]
        steps = sections[0].depth * sections[0].steplen
        by_parent: dict[str, list] = {}
        for article in parts[0].union(*parts[1:], all=True):  # the first part's prefetches apply
            by_parent.setdefault(article.path[:steps], []).append(article)
        for articles in by_parent.values():
            articles.sort(key=lambda a: (a.first_published_at, a.pk), reverse=True)
        return [(section, by_parent.get(section.path, [])) for section in sections]
    depth = sections[0].depth
    parent_path = Substr("path", 1, depth * sections[0].steplen)
    ranked = (
        articles.filter(depth=depth + 1)
        .annotate(
            parent_path=parent_path,
            rank=Window(
                RowNumber(), partition_by=[parent_path], order_by=[F("first_published_at").desc(), "-pk"]
            ),
        )
        .filter(rank__lte=RAIL_SIZE)
    )
    by_parent: dict[str, list] = {}
    for article in article_cards(ranked).order_by("parent_path", "rank"):
        by_parent.setdefault(article.parent_path, []).append(article)
    return [(section, by_parent.get(section.path, [])) for section in sections]


def article_detail(*, article, request=None) -> dict:
    """Everything the article template shows besides its own fields, in a fixed number of queries."""
    authors = list(article.article_authors.select_related("author", "author__photo").order_by("sort_order"))
    topics = list(article.article_topics.select_related("topic").order_by("sort_order"))
    corrections = list(article.corrections.order_by("published_at"))
    related = related_for(article)
    _prefetch_images(article, related)
    versions = language_versions(article, request)
    live_versions = {v.code: v.page for v in versions if v.exact and v.page is not None}
    return {
        "language_versions": versions,
        "translation_note": translation_note(article, live_versions=live_versions, request=request),
        "authors": [link.author for link in authors],
        "topics": [link.topic for link in topics],
        "corrections": corrections,
        "updated_at": article.display_updated_at(corrections),
        # Routed through its section (portal.routing.children): no query; else its parent.
        "section": getattr(article, "routed_parent", None) or article.get_parent().specific_deferred,
        "related": related,
        "listen": listen_for(article),
    }


def listen_for(article) -> dict | None:
    """The reading the player offers: an editor's recording first, else the generated one (both
    loaded with the page by SectionPage.child_route_queryset, so no query here)."""
    if article.recorded_audio_id and article.recorded_audio is not None:
        return {"url": reading_url(article, article.recorded_audio), "recorded": True, "minutes": None}
    try:
        audio = article.audio
    except ObjectDoesNotExist:
        return None
    if audio.document is None:
        return None
    minutes = max(1, round(audio.duration / 60))
    return {"url": reading_url(article, audio.document), "recorded": False, "minutes": minutes}


def related_for(article) -> list:
    """The stored block, still live and public (an unpublished article drops out before any task runs)."""
    still_visible = type(article).objects.visible().filter(pk=OuterRef("related_id"))
    rows = article.related_rows.filter(Exists(still_visible)).select_related("related").order_by("rank")
    return [row.related for row in rows]


def _prefetch_images(article, cards: list) -> None:
    """Hero, body and card images with their renditions in two queries, whatever the body or block size.

    Left alone, the StreamField fetches body images in one query, the hero in another and each card its
    own; loading them together and handing the objects back keeps the count independent of the content.
    """
    raw_images = [
        (index, item) for index, item in enumerate(article.body.raw_data) if item["type"] == "image"
    ]
    ids = {item["value"].get("image") for _index, item in raw_images} | {article.hero_image_id}
    ids |= {card.hero_image_id for card in cards}
    ids.discard(None)
    if not ids:
        return
    images = (
        get_image_model()
        .objects.filter(pk__in=ids)
        .prefetch_related(Prefetch("renditions", queryset=_renditions(HERO_SPECS + BODY_SPECS + CARD_SPECS)))
        .in_bulk()
    )
    for page in [article, *cards]:
        if page.hero_image_id:
            page.hero_image = images.get(page.hero_image_id)
    for index, item in raw_images:
        value = item["value"]
        article.body[index] = (
            "image",
            {
                "image": images.get(value.get("image")),
                "caption": value.get("caption", ""),
                "alt": value.get("alt", ""),
            },
            item.get("id"),
        )
