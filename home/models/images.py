"""The portal's image model: a picture with its credit, and caption and alt text per language.

Wagtail's swappable image model (WAGTAILIMAGES_IMAGE_MODEL = "home.PortalImage"); its table and
migrations stay in the `home` app.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.search import index


class PortalImage(AbstractImage):
    """A picture with its credit; caption and alt text in the default language plus any translations."""

    caption = models.CharField(_("caption"), max_length=400, blank=True)
    credit = models.CharField(_("credit"), max_length=200, blank=True, help_text=_("Photographer / agency"))
    # {"hu": {"caption": "...", "alt": "..."}}: edited through home.forms.PortalImageForm.
    localized_text = models.JSONField(
        _("translated captions and alt texts"), default=dict, blank=True, editable=False
    )

    admin_form_fields = (*Image.admin_form_fields, "caption", "credit")

    search_fields = [*AbstractImage.search_fields, index.SearchField("caption"), index.SearchField("credit")]

    def _localized(self, key: str, language: str | None) -> str:
        language = (language or get_language() or settings.LANGUAGE_CODE)[:2]
        return (self.localized_text or {}).get(language, {}).get(key, "")

    def caption_for(self, language: str | None = None) -> str:
        return self._localized("caption", language) or self.caption

    def alt_for(self, language: str | None = None) -> str:
        return self._localized("alt", language) or self.default_alt_text

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(
        PortalImage, on_delete=models.CASCADE, related_name="renditions", verbose_name=_("image")
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
        verbose_name = _("image rendition")
        verbose_name_plural = _("image renditions")
