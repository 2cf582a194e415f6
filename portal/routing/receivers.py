"""The privacy stamp (portal.routing.privacy) moves in the same transaction as the change it stands for:
a view restriction saved or deleted, or a page moved (a restricted subtree's paths change with it)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

from portal.routing import privacy


@receiver([post_save, post_delete], sender=PageViewRestriction)
def restriction_changed(sender, **kwargs):
    privacy.bump()


@receiver(post_page_move)
def page_moved(sender, **kwargs):
    privacy.bump()
