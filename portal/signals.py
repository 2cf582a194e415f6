from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site

from portal.middleware import SITE_CACHE_KEY


@receiver([post_save, post_delete], sender=Site)
def forget_cached_sites(sender, **kwargs):
    cache.delete(SITE_CACHE_KEY)
