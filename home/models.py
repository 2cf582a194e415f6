"""Home pages, site-wide branding text and the portal's image model.

`HomePage` exists once per language (translations of one another). `SiteBranding` is the translatable
text every page carries (tagline, footer, AI disclaimer). `PortalImage` adds the photo credit and
per-language caption and alt text that a newsroom needs on every picture.
"""

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from news.routing import SpecificChildRouteMixin, ViewRestrictionsInOneQueryMixin


class PortalImage(AbstractImage):
    """A picture with its credit; caption and alt text in the default language plus any translations."""

    caption = models.CharField(_("caption"), max_length=400, blank=True)
    credit = models.CharField(_("credit"), max_length=200, blank=True, help_text=_("Photographer / agency"))
    # {"hu": {"caption": "...", "alt": "..."}}: edited through home.forms.PortalImageForm.
    localized_text = models.JSONField(default=dict, blank=True, editable=False)

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
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class SiteBranding(TranslatableMixin, models.Model):
    """The words around every page, one row per language, translated with wagtail-localize."""

    tagline = models.CharField(_("tagline"), max_length=200, default="Budapest, Europe and world news")
    footer_text = RichTextField(_("footer text"), blank=True, features=["bold", "italic", "link"])
    ai_disclaimer = RichTextField(
        _("AI disclaimer"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown on every article flagged as AI-generated."),
    )
    newsletter_pitch = models.CharField(_("newsletter pitch"), max_length=300, blank=True)

    panels = [
        FieldPanel("tagline"),
        FieldPanel("footer_text"),
        FieldPanel("ai_disclaimer"),
        FieldPanel("newsletter_pitch"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site branding")
        verbose_name_plural = _("site branding")

    def __str__(self):
        return f"{self._meta.verbose_name} ({self.locale.language_code})"

    @classmethod
    def for_language(cls, language: str | None = None) -> "SiteBranding | None":
        language = (language or get_language() or settings.LANGUAGE_CODE)[:2]
        return cls.objects.filter(locale__language_code=language).first()


class HomePage(SpecificChildRouteMixin, ViewRestrictionsInOneQueryMixin, Page):
    """The front page, one per language; its content is assembled from the sections below it."""

    template = "pages/home_page.html"
    child_route_model = property(lambda self: apps.get_model("news", "SectionPage"))
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.SectionPage"]

    intro = models.CharField(_("intro"), max_length=300, blank=True)
    lead_article = models.ForeignKey(
        "news.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The top story; leave empty for the newest article."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("lead_article")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from news import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.home_front(home=self))
        return context
