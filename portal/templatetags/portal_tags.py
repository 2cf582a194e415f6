from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from news.routing import public_q
from portal.i18n import hreflang_links, language_versions

register = template.Library()

BRANDING_CACHE_KEY = "branding:{language}"
NAV_CACHE_KEY = "nav:{language}"


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
    """The current language's SiteBranding, cached; home.signals clears it when an editor saves one."""
    from home.models import SiteBranding

    key = BRANDING_CACHE_KEY.format(language=_language())
    value = cache.get(key)
    if value is None:
        value = SiteBranding.for_language(_language()) or False
        cache.set(key, value, 3600)
    return value or None


@register.simple_tag(takes_context=True)
def section_nav(context):
    """(title, url) of the live sections of the current language's home page, cached per language."""
    from home.models import HomePage
    from news.models import SectionPage

    language = _language()
    key = NAV_CACHE_KEY.format(language=language)
    items = cache.get(key)
    if items is None:
        home = HomePage.objects.live().filter(locale__language_code=language).first()
        items = []
        if home:
            sections = SectionPage.objects.live().filter(public_q()).child_of(home).order_by("path")
            items = [(s.title, s.get_url(context.get("request"))) for s in sections]
        cache.set(key, items, 3600)
    return items


@register.simple_tag
def site_motto():
    return settings.SITE_MOTTO
