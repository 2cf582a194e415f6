"""Sections, articles and the snippets that hang off them (authors, topics).

Everything an article shows is either a field here or a child row loaded in a fixed number of
queries by `news.selectors`; nothing on the read path grows with the size of the archive.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PagePermissionTester, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from news import ai_labels, pictures, selectors
from news.ai_labels import AiUse
from news.blocks import ArticleBodyBlock
from news.desk.preview import MarkUntranslatedInPreviewMixin
from news.desk.status import machine_drafted
from news.editing import BylinesPanel, NewsroomPageForm
from news.querysets import ArticleManager
from news.roles import translation_for_target
from news.text import reading_time_minutes
from portal.caching.generations import SITE, front, story
from portal.caching.rendered import CachePolicyMixin
from portal.routing.children import SpecificChildRouteMixin
from portal.routing.visibility import ViewRestrictionsInOneQueryMixin


class Author(TranslatableMixin, index.Indexed, models.Model):
    """A byline. Name is the same in every language; role and bio are translated.

    Indexed so the author chooser has a search box (Wagtail's index: search.admin_index)."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ForeignKey(
        "home.PortalImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("bio"), FieldPanel("photo")]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("role"),
        index.AutocompleteField("role"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A subject that cuts across sections; translated per language (tags are not locale-aware)."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("locale", "slug")]

    def __str__(self):
        return self.name


class NoManualOrderPermissionTester(PagePermissionTester):
    """A section holds thousands of articles in publication order: nobody drags them into a manual order
    (Wagtail's "Sort menu order" draws every child on one unpaginated screen; news.explorer refuses it).
    An article has no children to order at all."""

    def can_reorder_children(self):
        return False


class SectionPage(CachePolicyMixin, SpecificChildRouteMixin, ViewRestrictionsInOneQueryMixin, Page):
    """A desk (Budapest, Europe, Business...): an intro, an optional lead article and its latest articles."""

    template = "pages/section_page.html"
    child_route_model = property(lambda self: ArticlePage)

    def child_route_queryset(self):
        return ArticlePage.route_queryset()

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.ArticlePage"]
    page_size = 20

    intro = models.TextField(_("intro"), blank=True)
    lead_article = models.ForeignKey(
        "news.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead article"),
        help_text=_("Shown first on the section front; leave empty for the newest article."),
    )

    base_form_class = NewsroomPageForm
    content_panels = [
        TitleFieldPanel(
            "title",
            heading=_("Section name"),
            placeholder=_("Section name*"),
            help_text=_("The section's name in the menu, on its front and in feeds."),
        ),
        FieldPanel("intro"),
        FieldPanel("lead_article"),
    ]

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def clean(self):
        super().clean()
        if self.lead_article_id and self.pk and self.lead_article.get_parent().pk != self.pk:
            raise ValidationError({"lead_article": _("The lead article must be an article of this section.")})

    def permissions_for_user(self, user):
        return NoManualOrderPermissionTester(user, self)

    def articles(self):
        """The section's visible articles; those of a private section to the reader it let in (only
        served privately: CachePolicyMixin)."""
        return ArticlePage.objects.visible(inside=self.path).filter(locale_id=self.locale_id).child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            selectors.section_front(
                section=self, articles=self.articles(), page_number=request.GET.get("page", "1")
            )
        )
        return context

    def rendered_cache_generations(self):
        return (SITE, front(self.locale_id))

    def rendered_cache_variant(self, request):
        page = request.GET.get("page", "1")  # other parameters do not change a front (CachePolicyMixin)
        if not page.isdigit() or len(page) > 6:
            return None
        return page


class ArticlePage(MarkUntranslatedInPreviewMixin, CachePolicyMixin, ViewRestrictionsInOneQueryMixin, Page):
    """A story. Lives only under a section; its body is a StreamField of ArticleBodyBlock."""

    template = "pages/article_page.html"
    objects = ArticleManager()
    parent_page_types = ["news.SectionPage"]
    cache_policy = "article"
    subpage_types = []

    def permissions_for_user(self, user):
        return NoManualOrderPermissionTester(user, self)  # no children to order: no "Sort menu order"

    standfirst = models.TextField(_("standfirst"), help_text=_("One or two sentences under the headline."))
    hero_image = models.ForeignKey(
        "home.PortalImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
    )
    hero_caption = models.CharField(
        _("hero caption"), max_length=400, blank=True, help_text=_("Leave empty to use the image's caption.")
    )
    hero_alt = models.CharField(
        _("hero alt text"),
        max_length=255,
        blank=True,
        help_text=_("Leave empty to use the image's alt text."),
    )
    ai_use = models.CharField(
        _("use of AI"),
        max_length=16,
        choices=AiUse.choices,
        default=AiUse.HUMAN,
        help_text=_(
            "What readers are told about AI in this story: on the article, its cards, feeds and search "
            "results. AI-assisted: AI helped with research, translation or summaries. Written by AI: the "
            "text comes from AI and an editor checked it. Translations follow the original, and a "
            "machine-translated translation is at least AI-assisted."
        ),
    )
    updated_at = models.DateTimeField(
        _("last updated"),
        null=True,
        blank=True,
        help_text=_("Set when the story changes materially; corrections update it too."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    recorded_audio = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("recorded reading"),
        help_text=_("An audio file (MP3, OGG or WAV) read by a person; replaces the generated reading."),
    )
    reading_time = models.PositiveSmallIntegerField(_("reading time (minutes)"), default=1, editable=False)

    base_form_class = NewsroomPageForm
    content_panels = [
        TitleFieldPanel(
            "title",
            heading=_("Headline"),
            placeholder=_("Headline*"),
            help_text=_("The headline readers see on the article, on cards, in feeds and in search results."),
        ),
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_caption"), FieldPanel("hero_alt")],
            heading=_("Hero image"),
        ),
        BylinesPanel(
            "article_authors",
            heading=_("Bylines"),
            # "Byline 1", "Add byline": in Hungarian "szerző", not the model's "a cikk szerzője".
            label=pgettext_lazy("editor panel", "byline"),
            min_num=1,
        ),
        InlinePanel("article_topics", heading=_("Topics"), label=_("topic")),
        FieldPanel("body"),
        FieldPanel("ai_use", widget=forms.RadioSelect),
        FieldPanel("recorded_audio"),
        InlinePanel("corrections", heading=_("Corrections"), label=_("correction")),
        FieldPanel("updated_at"),
        MultiFieldPanel(
            [
                InlinePanel("related_pins", heading=_("Pinned"), label=_("pinned article")),
                InlinePanel("related_excludes", heading=_("Never show"), label=_("excluded article")),
            ],
            heading=_("Related articles"),
            help_text=_(
                "Pinned articles come first, in this order; the rest are chosen automatically. "
                "Pins and exclusions apply to translations too."
            ),
        ),
    ]

    # The label is about the story, not one language: a translation takes its original's, and a
    # translator cannot lower it (a free-text override of a choice would be worse than none).
    override_translatable_fields = [SynchronizedField("ai_use", overridable=False)]

    # Wagtail's index, which the admin searches (search.admin_index): the admin asks for autocomplete,
    # so every text an editor looks a story up by is an AutocompleteField too. Bylines are re-indexed
    # when an author is renamed (news.pipeline).
    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst"),
        index.AutocompleteField("standfirst"),
        index.SearchField("body"),
        index.AutocompleteField("body"),
        index.RelatedFields(
            "article_authors",
            [index.RelatedFields("author", [index.SearchField("name"), index.AutocompleteField("name")])],
        ),
        index.FilterField("locale"),
        index.FilterField("first_published_at"),
    ]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def save(self, *args, **kwargs):
        self.reading_time = reading_time_minutes(self.standfirst, self.body)
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        pictures.fill_picture_texts(self)
        original = self.original_ai_use()
        if original is not None:
            # A translation discloses what its original does (a draft saved before the original changed
            # takes the story's value when it is saved again): news.pipeline.ai_labels.follow_original.
            self.ai_use = original
        if self.ai_use == AiUse.HUMAN and self.pk and machine_drafted(self):
            # Machine translation is AI assistance, whether or not a person confirmed the draft.
            self.ai_use = AiUse.AI_ASSISTED

    def original_ai_use(self) -> str | None:
        """The `ai_use` of the original this article was translated from, or None for an original."""
        translation = translation_for_target(self) if self.pk else None
        if translation is None:
            return None
        return (
            ArticlePage.objects.filter(
                translation_key=self.translation_key, locale_id=translation.source.locale_id
            )
            .values_list("ai_use", flat=True)
            .first()
        )

    @classmethod
    def from_serializable_data(cls, data, check_fks=True, strict_fks=False):
        # Revisions and translation sources saved before ai_use held only ai_generated.
        return super().from_serializable_data(ai_labels.from_legacy(data), check_fks, strict_fks)

    @cached_property
    def hero_caption_shown(self) -> pictures.Caption:
        """The hero's caption on the page, with its `lang` when it is not the article's language."""
        return pictures.picture_caption(self.hero_caption, self.hero_image, pictures.page_language(self))

    @cached_property
    def hero_alt_text(self) -> str:
        return pictures.picture_alt(self.hero_alt, self.hero_image, pictures.page_language(self))

    @cached_property
    def published_at(self):
        return self.first_published_at or self.go_live_at or timezone.now()

    def display_updated_at(self, corrections):
        """The "updated" line: the latest of an explicit update and any correction, if after publication."""
        candidates = [c.published_at for c in corrections] + ([self.updated_at] if self.updated_at else [])
        latest = max(candidates, default=None)
        if latest and self.first_published_at and latest <= self.first_published_at:
            return None
        return latest

    @classmethod
    def route_queryset(cls):
        # The listen player's reading comes with the article, not in a query of its own.
        return cls.objects.select_related("audio__document", "recorded_audio")

    def rendered_cache_generations(self):
        # Its revision is in the key already; these cover what changes without a new revision of it.
        return (SITE, story(self.translation_key))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.article_detail(article=self, request=request))
        return context


class ArticleAuthor(TranslatableMixin, Orderable):
    """An ordered byline on an article."""

    page = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="article_authors", verbose_name=_("article")
    )
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="+", verbose_name=_("author"))

    panels = [FieldPanel("author")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        unique_together = [("translation_key", "locale")]
        verbose_name = _("byline")
        verbose_name_plural = _("bylines")


class ArticleTopic(TranslatableMixin, Orderable):
    page = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="article_topics", verbose_name=_("article")
    )
    topic = models.ForeignKey(
        Topic, on_delete=models.CASCADE, related_name="article_links", verbose_name=_("topic")
    )

    panels = [FieldPanel("topic")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        unique_together = [("translation_key", "locale")]
        verbose_name = _("article topic")
        verbose_name_plural = _("article topics")


class ArticleCorrection(TranslatableMixin, Orderable):
    """A dated correction note, shown under the body and in the article's "updated" line."""

    page = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="corrections", verbose_name=_("article")
    )
    published_at = models.DateTimeField(_("date"), default=timezone.now)
    text = RichTextField(_("correction"), features=["bold", "italic", "link"])

    panels = [FieldPanel("published_at"), FieldPanel("text")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        unique_together = [("translation_key", "locale")]
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")


class ArticleRelatedPin(Orderable):
    """An article an editor wants shown first in this article's related block.

    Not translatable on purpose: a synced translation shows its original's pins as soon as the original
    is published (news.related.service.choices_owner), each mapped to the same story in the
    translation's language (or dropped when there is none).
    """

    page = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="related_pins", verbose_name=_("article")
    )
    article = models.ForeignKey(
        ArticlePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("article")
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("pinned related article")
        verbose_name_plural = _("pinned related articles")


class ArticleRelatedExclude(Orderable):
    """An article that must never appear in this article's related block."""

    page = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="related_excludes", verbose_name=_("article")
    )
    article = models.ForeignKey(
        ArticlePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("article")
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("excluded related article")
        verbose_name_plural = _("excluded related articles")


class ArticleAudio(models.Model):
    """The generated reading of an article (news.audio), kept until its text changes."""

    article = models.OneToOneField(
        ArticlePage,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="audio",
        verbose_name=_("article"),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("audio file"),
    )
    text_hash = models.CharField(_("text fingerprint"), max_length=64)
    duration = models.FloatField(_("duration"), help_text=_("seconds"))
    generated_at = models.DateTimeField(_("generated at"))

    class Meta:
        verbose_name = _("generated reading")
        verbose_name_plural = _("generated readings")

    def __str__(self):
        return f"audio of {self.article_id}"


class RelatedArticle(models.Model):
    """One line of an article's stored related block; written by news.related, read by the article page."""

    article = models.ForeignKey(
        ArticlePage, on_delete=models.CASCADE, related_name="related_rows", verbose_name=_("article")
    )
    related = models.ForeignKey(
        ArticlePage, on_delete=models.CASCADE, related_name="shown_in", verbose_name=_("related article")
    )
    rank = models.PositiveSmallIntegerField(_("rank"))
    score = models.FloatField(_("score"))
    pinned = models.BooleanField(_("pinned"), default=False)

    class Meta:
        verbose_name = _("related article")
        verbose_name_plural = _("related articles")
        ordering = ["article", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["article", "rank"], name="related_unique_rank"),
            models.UniqueConstraint(fields=["article", "related"], name="related_unique_pair"),
        ]

    def __str__(self):
        return f"{self.article_id} -> {self.related_id} (#{self.rank})"


class RelatedState(models.Model):
    """When an article's related block was last computed; the reconcile task compares it with the
    article's last publication and the configured maximum age."""

    article = models.OneToOneField(
        ArticlePage,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="related_state",
        verbose_name=_("article"),
    )
    computed_at = models.DateTimeField(_("computed at"), db_index=True)

    class Meta:
        verbose_name = _("related block computation")
        verbose_name_plural = _("related block computations")

    def __str__(self):
        return f"{self.article_id} @ {self.computed_at:%Y-%m-%d %H:%M}"


@register_setting(icon="list-ul")
class NewsroomSettings(BaseGenericSetting):
    related_count = models.PositiveSmallIntegerField(
        _("related articles per article"),
        default=8,
        validators=[MinValueValidator(1), MaxValueValidator(24)],
    )
    related_max_age_hours = models.PositiveIntegerField(
        _("recompute related blocks older than (hours)"),
        default=24,
        validators=[MinValueValidator(1)],
        help_text=_("The periodic reconcile task refreshes blocks older than this."),
    )

    class Meta:
        verbose_name = _("newsroom settings")
        verbose_name_plural = _("newsroom settings")


class RelatedDocument(models.Model):
    """An article's scoring features, kept for every visible article by the related-article tasks.

    Related blocks are chosen from these rows and RelatedPosting, never from the page tables, so a
    refresh reads a few indexed rows instead of joining pages, topics and text (an index, like search).
    """

    article = models.OneToOneField(
        ArticlePage,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="related_document",
        verbose_name=_("article"),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("language")
    )
    section_path = models.CharField(_("section path"), max_length=255)
    published_at = models.DateTimeField(_("publication date"))
    topics = models.TextField(_("topics"), blank=True)  # space-separated topic ids
    tokens = models.TextField(_("word stems"), blank=True)  # space-separated stems of headline and standfirst
    indexed_at = models.DateTimeField(_("indexed at"))

    class Meta:
        verbose_name = _("related-article features")
        verbose_name_plural = _("related-article features")
        indexes = [
            models.Index(
                fields=["locale", "section_path", "-published_at", "-article"], name="related_doc_section"
            )
        ]

    def __str__(self):
        return f"features of {self.article_id}"


class RelatedPosting(models.Model):
    """(topic -> visible article) with the publication date, for newest-first candidate lookups per topic."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="+", verbose_name=_("topic"))
    article = models.ForeignKey(
        ArticlePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("article")
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("language")
    )
    published_at = models.DateTimeField(_("publication date"))

    class Meta:
        verbose_name = _("topic index entry")
        verbose_name_plural = _("topic index entries")
        # Covers the newest-first lookup entirely (an index-only scan: no table reads).
        indexes = [
            models.Index(
                fields=["topic", "locale", "-published_at", "-article"], name="related_posting_topic"
            )
        ]
        constraints = [models.UniqueConstraint(fields=["topic", "article"], name="related_posting_unique")]

    def __str__(self):
        return f"topic {self.topic_id} -> {self.article_id}"


# The translation desk's own rows live in their room; Django finds models through this module.
from news.desk.assignments import TranslationAssignment  # noqa: E402
from news.desk.review import TranslationReviewTask  # noqa: E402

__all__ = ["TranslationAssignment", "TranslationReviewTask"]
