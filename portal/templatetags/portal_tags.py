"""Template tags for every reader page. Template tags (and urls.py) are where portal meets the apps."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from wagtail.images.models import ResponsiveImage

from home.models import HomePage, ReportPage, SiteBranding
from news import ai_labels
from news.models import SectionPage
from news.renditions.stored import stored_size
from news.structured_data import article_json_ld, json_ld_script, open_graph
from portal import safe_urls
from portal.caching.keys import BRANDING, NAV, REPORT_PAGE, memo
from portal.i18n import hreflang_links, language_versions
from portal.routing.sites import page_url
from portal.routing.visibility import public_q

register = template.Library()


def _language() -> str:
    return (get_language() or settings.LANGUAGE_CODE)[:2]


@register.simple_tag(takes_context=True)
def page_language_versions(context):
    """The view's own list when it has one (search, which is no page), else the page's versions."""
    if context.get("language_versions") is not None:
        return context["language_versions"]
    return language_versions(context.get("page"), context.get("request"))


@register.simple_tag(takes_context=True)
def page_hreflang_links(context):
    request = context.get("request")
    return hreflang_links(language_versions(context.get("page"), request), request)


@register.simple_tag
def branding():
    """The current language's SiteBranding, cached; the publish pipeline drops it when one is saved."""
    language = _language()
    return memo(BRANDING, lambda: SiteBranding.for_language(language), language=language)


@register.simple_tag
def ai_disclosure(article):
    """Label and disclaimer of an article's AI use in the current language (news.ai_labels), the
    disclaimer from the cached branding; None for a story written by people."""
    if ai_labels.normalised(getattr(article, "ai_use", None)) == ai_labels.AiUse.HUMAN:
        return None
    return ai_labels.disclosure(article.ai_use, branding())


@register.filter
def ai_label(value):
    """The short reader label of an `ai_use` value ("" for human): cards, search results."""
    return ai_labels.label(value)


@register.simple_tag(takes_context=True)
def section_nav(context):
    """(title, url) of the live sections of the current language's home page, cached per language."""
    language = _language()

    def compute():
        home = HomePage.objects.live().filter(locale__language_code=language).first()
        if home is None:
            return []
        sections = SectionPage.objects.live().filter(public_q()).child_of(home).order_by("path")
        return [(s.title, page_url(s, context.get("request"))) for s in sections]

    return memo(NAV, compute, language=language)


@register.simple_tag
def site_motto():
    return settings.SITE_MOTTO


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own absolute URL; a listing's later pages keep their ?page= (they are distinct)."""
    request, page = context.get("request"), context.get("page")
    if page is None or not getattr(page, "pk", None):
        return ""
    url = page.get_full_url(request)
    number = getattr(context.get("paginator_page"), "number", 1)
    return f"{url}?page={number}" if number > 1 else url


@register.simple_tag(takes_context=True)
def feed_links(context):
    """(title, URL) of the RSS feeds a page advertises: the site's, and its section's when it has one."""
    links = [("Budapest Post", reverse("feed"))]
    page = context.get("page")
    section = page if isinstance(page, SectionPage) else context.get("section")
    if isinstance(section, SectionPage):
        links.append((f"Budapest Post – {section.title}", reverse("section_feed", args=[section.slug])))
    return links


@register.simple_tag(takes_context=True)
def article_structured_data(context):
    return json_ld_script(
        article_json_ld(
            article=context["page"],
            authors=context.get("authors", []),
            topics=context.get("topics", []),
            corrections=context.get("corrections", []),
            section=context.get("section"),
            versions=context.get("language_versions", []),
            note=context.get("translation_note"),
            request=context["request"],
        )
    )


@register.simple_tag(takes_context=True)
def article_meta_tags(context):
    return open_graph(
        article=context["page"],
        topics=context.get("topics", []),
        section=context.get("section"),
        versions=context.get("language_versions", []),
        request=context["request"],
    )


@register.simple_tag(takes_context=True)
def report_page_url(context, article=None):
    """The report / contact form of the current language (cached), about `article` when given."""
    language = _language()

    def compute():
        page = ReportPage.objects.live().filter(public_q(), locale__language_code=language).first()
        return page_url(page, context.get("request")) if page else ""

    url = memo(REPORT_PAGE, compute, language=language)
    if url and article is not None:
        return f"{url}?article={article.pk}"
    return url


@register.simple_tag(takes_context=True)
def page_url_for(context, page):
    """`{% pageurl %}` with the Site remembered per host (portal.routing.sites): no query per request."""
    return page_url(page, context.get("request")) or ""


@register.simple_tag(takes_context=True)
def stored_image(context, image, size, on=None, **attrs):
    """Wagtail's `{% srcset_image %}` for a size of news.renditions.service.SIZES ("card", "hero", "body"),
    made of the renditions that exist (news.renditions.stored): a reader's request never makes one.
    `on`: the article whose page shows the picture, purged once missing renditions are made. Use it as
    `{% stored_image img "card" on=article alt="" as picture %}{% if picture %}...{{ picture }}`: "" when
    there is no rendition yet, so the page leaves the picture out."""
    if not image:
        return ""
    preview = bool(getattr(context.get("request"), "is_preview", False))
    renditions = stored_size(image, size, article_id=getattr(on, "pk", None), preview=preview)
    if not renditions:
        return ""
    return ResponsiveImage({rendition.filter_spec: rendition for rendition in renditions}, attrs)


@register.filter
def safe_richtext(value):
    """Wagtail's `richtext`, with link targets other than http, https, mailto, tel, relative and `#`
    dropped (portal.safe_urls): every rich text on readers' pages, previews and revisions goes through it."""
    return safe_urls.safe_richtext(value)
