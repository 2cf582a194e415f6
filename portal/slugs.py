"""The admin's slug fields transliterate what an editor types, as they do what the headline gives.

With `WAGTAIL_ALLOW_UNICODE_SLUGS = False`, Wagtail's slug field (the w-slug controller) turns a headline
into an ASCII slug by transliterating it ("urlify": "Országgyűlés hídja" -> orszaggyules-hidja, the same as
the server's slugify), but a slug the editor types is cleaned on blur by dropping every other letter
("slugify": "új-híd" -> j-hd). Here blur transliterates too, so an editor's own slug keeps its words.
"""

from django.db import models
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets.slug import SlugInput


class TransliteratingSlugInput(SlugInput):
    def __init__(self, attrs=None, **kwargs):
        super().__init__(attrs, **kwargs)
        action = self.attrs["data-action"]
        self.attrs["data-action"] = action.replace("blur->w-slug#slugify", "blur->w-slug#urlify")


def install():
    register_form_field_override(models.SlugField, override={"widget": TransliteratingSlugInput})
