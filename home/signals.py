"""Cache invalidation only: the branding and navigation caches are dropped when their inputs change."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Locale
from wagtail.signals import page_published, page_unpublished

from home.models import ReportPage, SiteBranding
from portal.i18n import LOCALE_CODES_CACHE_KEY
from portal.templatetags.portal_tags import BRANDING_CACHE_KEY, NAV_CACHE_KEY, REPORT_PAGE_CACHE_KEY


@receiver([post_save, post_delete], sender=SiteBranding)
def clear_branding_cache(sender, instance, **kwargs):
    cache.delete(BRANDING_CACHE_KEY.format(language=instance.locale.language_code))


@receiver([post_save, post_delete], sender=Locale)
def clear_locale_cache(sender, **kwargs):
    cache.delete(LOCALE_CODES_CACHE_KEY)


@receiver([page_published, page_unpublished])
def clear_nav_cache(sender, instance, **kwargs):
    from news.models import SectionPage

    if isinstance(instance, SectionPage) or sender is SectionPage:
        cache.delete(NAV_CACHE_KEY.format(language=instance.locale.language_code))
    if isinstance(instance, ReportPage) or sender is ReportPage:
        cache.delete(REPORT_PAGE_CACHE_KEY.format(language=instance.locale.language_code))
