"""The words around every page (tagline, footer, AI disclaimers), one row per language."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin


class SiteBranding(TranslatableMixin, models.Model):
    """The words around every page, one row per language, translated with wagtail-localize."""

    tagline = models.CharField(_("tagline"), max_length=200, default="Budapest, Europe and world news")
    footer_text = RichTextField(_("footer text"), blank=True, features=["bold", "italic", "link"])
    # One text per kind of AI use (news.ai_labels); empty: the built-in wording in this language.
    ai_assisted_disclaimer = RichTextField(
        _("disclaimer for AI-assisted articles"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "Shown under the label of articles AI helped with (research, translation, summaries). "
            "Leave empty for the standard wording."
        ),
    )
    ai_written_disclaimer = RichTextField(
        _("disclaimer for articles written by AI"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "Shown under the label of articles written by AI and checked by an editor. "
            "Leave empty for the standard wording."
        ),
    )
    newsletter_pitch = models.CharField(_("newsletter pitch"), max_length=300, blank=True)

    panels = [
        FieldPanel("tagline"),
        FieldPanel("footer_text"),
        FieldPanel("ai_assisted_disclaimer"),
        FieldPanel("ai_written_disclaimer"),
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
