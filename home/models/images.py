"""The portal's image model: a picture with its credit, and caption and alt text per language.

Wagtail's swappable image model (WAGTAILIMAGES_IMAGE_MODEL = "home.PortalImage"); its table and
migrations stay in the `home` app.

A picture's own caption and description (its alt text) are written in the site's default language
(settings.LANGUAGE_CODE: home.forms.PortalImageForm labels them so); every other language's text is in
`localized_text`. A text is only ever handed out for the language it is known to be in: a Hungarian page
must not describe its picture in English.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.search import index


def image_text_language() -> str:
    """The language of every picture's own caption and alt text."""
    return settings.LANGUAGE_CODE[:2]


class PortalImage(AbstractImage):
    """A picture with its credit; caption and alt text in the default language plus any translations."""

    caption = models.CharField(_("caption"), max_length=400, blank=True)
    credit = models.CharField(_("credit"), max_length=200, blank=True, help_text=_("Photographer / agency"))
    # {"hu": {"caption": "...", "alt": "..."}}: edited through home.forms.PortalImageForm.
    localized_text = models.JSONField(
        _("translated captions and alt texts"), default=dict, blank=True, editable=False
    )

    admin_form_fields = (*Image.admin_form_fields, "caption", "credit")

    # The image chooser finds a picture by its credit and by its caption or alt text in any language
    # (Wagtail's index: search.admin_index; the admin asks for autocomplete).
    search_fields = [
        *AbstractImage.search_fields,
        index.SearchField("caption"),
        index.AutocompleteField("caption"),
        index.SearchField("credit"),
        index.AutocompleteField("credit"),
        index.SearchField("translated_texts"),
        index.AutocompleteField("translated_texts"),
    ]

    def text_for(self, key: str, language: str | None = None) -> str:
        """The picture's "caption" or "alt" text in `language` (default: the active one), or "" when it has
        none in that language. Never another language's text."""
        language = (language or get_language() or settings.LANGUAGE_CODE)[:2]
        if language == image_text_language():
            return self.caption if key == "caption" else self.default_alt_text
        return (self.localized_text or {}).get(language, {}).get(key, "")

    def translated_texts(self) -> str:
        """Every other language's caption and alt text, for the index."""
        texts = (self.localized_text or {}).values()
        return " ".join(text for entry in texts if isinstance(entry, dict) for text in entry.values() if text)

    def caption_for(self, language: str | None = None) -> str:
        return self.text_for("caption", language)

    def alt_for(self, language: str | None = None) -> str:
        return self.text_for("alt", language)

    def any_caption(self, language: str | None = None) -> tuple[str, str]:
        """(caption, its language): the one in `language` if there is one, else the picture's own caption
        in the default language, which a page of another language shows marked with `lang`."""
        language = (language or get_language() or settings.LANGUAGE_CODE)[:2]
        if text := self.caption_for(language):
            return text, language
        return self.caption, image_text_language()

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
