"""What an article tells machines: schema.org NewsArticle JSON-LD and OpenGraph / Twitter card tags.

Built from what the article page has already loaded (news.selectors.article_detail), so it adds no
query. Dates are ISO 8601 with the time zone; a translation names its original (translationOfWork) and
an original its live translations (workTranslation); each correction is a CorrectionComment; an
article made with AI says how with IPTC's digital source type (news.ai_labels; none for people's work).
"""

import json

from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import override

from news import ai_labels
from news.renditions.stored import stored_renditions
from portal.i18n import locale_codes
from portal.links import absolute_url

IMAGE_SPECS = ("fill-1200x675-c75", "fill-1600x900-c75")  # prefetched with the hero (HERO_SPECS)
OG_LOCALES = {"hu": "hu_HU", "en": "en_GB"}
PUBLISHER = "Budapest Post"


def _language(article) -> str:
    return locale_codes().get(article.locale_id, "")[:2]  # cached: article.locale would be a query


def iso(moment) -> str | None:
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else None


def hero_renditions(article) -> list:
    """The share sizes that exist, found among the renditions prefetched with the hero (never made here:
    news.renditions.stored queues what is missing)."""
    if article.hero_image is None:
        return []
    return stored_renditions(article.hero_image, IMAGE_SPECS, article_id=article.pk)


def hero_image_urls(article, request) -> list[str]:
    return [absolute_url(rendition.url, request) for rendition in hero_renditions(article)]


def modified_at(article, corrections):
    moments = [article.last_published_at, article.updated_at, *(c.published_at for c in corrections)]
    return max((m for m in moments if m), default=article.first_published_at)


def author_url(author, request, language: str) -> str:
    """Bylines have no profile pages yet: an author's articles are the search filtered by them."""
    with override(language):
        return absolute_url(f"{reverse('search')}?author={author.pk}", request)


def article_json_ld(*, article, authors, topics, corrections, section, versions, note, request) -> dict:
    language = _language(article)
    url = article.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": url,
        "url": url,
        "mainEntityOfPage": url,
        "headline": article.title,
        "description": article.standfirst,
        "inLanguage": language,
        "datePublished": iso(article.first_published_at),
        "dateModified": iso(modified_at(article, corrections)),
        "author": [
            {"@type": "Person", "name": a.name, "url": author_url(a, request, language)} for a in authors
        ],
        "publisher": {
            "@type": "Organization",
            "name": PUBLISHER,
            "url": absolute_url(f"/{language}/", request),
            "logo": {
                "@type": "ImageObject",
                "url": absolute_url(static("icons/logo-600x60.png"), request),
                "width": 600,
                "height": 60,
            },
        },
        "isAccessibleForFree": True,
    }
    if images := hero_image_urls(article, request):
        data["image"] = images
    if section is not None:
        data["articleSection"] = section.title
    if topics:
        data["keywords"] = [topic.name for topic in topics]
    others = [v for v in versions if v.exact and v.page is not None and v.page.pk != article.pk]
    if note is not None:
        original = next((v for v in others if v.code == note.source_language), None)
        if original is not None:
            data["translationOfWork"] = _work(original, request)
    elif others:
        data["workTranslation"] = [_work(v, request) for v in others]
    if corrections:
        data["correction"] = [
            {"@type": "CorrectionComment", "text": strip_tags(c.text), "datePublished": iso(c.published_at)}
            for c in corrections
        ]
    if source_type := ai_labels.source_type(article.ai_use):
        data["digitalSourceType"] = source_type
    return data


def _work(version, request) -> dict:
    url = version.page.get_full_url(request)
    return {"@type": "NewsArticle", "@id": url, "url": url, "inLanguage": version.code}


def json_ld_script(data: dict) -> SafeString:
    """A <script type="application/ld+json"> whose text cannot close the element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


def open_graph(*, article, topics, section, versions, request) -> list[tuple[str, str, str]]:
    """(attribute, name, content) for <meta> tags: OpenGraph uses property=, Twitter cards name=."""
    language = _language(article)
    renditions = hero_renditions(article)
    tags = [
        ("property", "og:type", "article"),
        ("property", "og:site_name", PUBLISHER),
        ("property", "og:title", article.title),
        ("property", "og:description", article.standfirst),
        ("property", "og:url", article.get_full_url(request)),
        ("property", "og:locale", OG_LOCALES.get(language, language)),
        *(
            ("property", "og:locale:alternate", OG_LOCALES.get(v.code, v.code))
            for v in versions
            if v.exact and v.page is not None and v.code != language
        ),
        ("property", "article:published_time", iso(article.first_published_at) or ""),
        ("property", "article:modified_time", iso(article.last_published_at) or ""),
        *((("property", "article:section", section.title),) if section else ()),
        *(("property", "article:tag", topic.name) for topic in topics),
        ("name", "twitter:card", "summary_large_image" if renditions else "summary"),
        ("name", "twitter:title", article.title),
        ("name", "twitter:description", article.standfirst),
    ]
    if renditions:
        share = renditions[0]  # 1200 x 675, else the next size that exists
        url = absolute_url(share.url, request)
        tags += [
            ("property", "og:image", url),
            ("property", "og:image:width", str(share.width)),
            ("property", "og:image:height", str(share.height)),
            ("name", "twitter:image", url),
        ]
        if article.hero_alt_text:  # in the article's language or not at all (news.pictures)
            tags.append(("property", "og:image:alt", article.hero_alt_text))
    return tags
