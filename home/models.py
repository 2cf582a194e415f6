"""Home pages, site-wide branding text and the portal's image model.

`HomePage` exists once per language (translations of one another). `SiteBranding` is the translatable
text every page carries (tagline, footer, AI disclaimer). `PortalImage` adds the photo credit and
per-language caption and alt text that a newsroom needs on every picture.
"""

from django.apps import apps
from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from news.routing import SpecificChildRouteMixin, ViewRestrictionsInOneQueryMixin
from portal.pages import CachePolicyMixin


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


class HomePage(CachePolicyMixin, SpecificChildRouteMixin, ViewRestrictionsInOneQueryMixin, Page):
    """The front page, one per language; its content is assembled from the sections below it."""

    template = "pages/home_page.html"
    child_route_model = property(lambda self: apps.get_model("news", "SectionPage"))
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.SectionPage", "home.ReportPage"]

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

    def rendered_cache_generations(self):
        from portal import fragments

        return (fragments.SITE, fragments.front(self.locale_id))


TOO_MANY_REPORTS = _(
    "You have sent several reports in a short time. Please wait a few minutes and try again."
)


class ReportFormField(TranslatableMixin, AbstractFormField):
    """A field of the report form; translators translate its label and help, never its name or type."""

    page = ParentalKey("ReportPage", on_delete=models.CASCADE, related_name="form_fields")

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        unique_together = [("translation_key", "locale")]


class ReportPage(AbstractEmailForm):
    """ "Report an inaccuracy" / contact the newsroom: one per language, linked from every article.

    Submissions are stored (Forms in the admin) and e-mailed to `to_address`. A field named "article"
    (usually hidden) is filled with the article the reader came from (?article=<id>). A honeypot field
    and a per-address rate limit keep bots out; neither stores anything.
    """

    HONEYPOT = "website"  # a field people never see and bots fill in
    RATE_LIMIT, RATE_WINDOW = 5, 600  # submissions per address per ten minutes

    template = "pages/report_page.html"
    landing_page_template = "pages/report_page_landing.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    intro = RichTextField(_("intro"), blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=["bold", "italic", "link"])

    content_panels = [
        *AbstractEmailForm.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]), FieldPanel("subject")],
            heading=_("E-mail to the editors"),
        ),
    ]

    class Meta:
        verbose_name = _("report / contact form")

    def get_form_class(self):
        from portal.ratelimit import honeypot_field

        return type("ReportForm", (super().get_form_class(),), {self.HONEYPOT: honeypot_field()})

    def reported_article(self, request):
        from news.models import ArticlePage
        from news.routing import public_q

        try:
            article_id = int(request.GET.get("article", ""))
        except ValueError:
            return None
        articles = ArticlePage.objects.live().filter(public_q(), locale_id=self.locale_id)
        return articles.filter(pk=article_id).only("id", "title", "url_path").first()

    def process_form_submission(self, form):
        """Store the report; the e-mail goes out from a Celery task after commit, so a slow or broken
        mail server never delays the reader nor turns a saved report into an error page."""

        from home.tasks import send_report_task
        from portal.tasks import enqueue_after_commit

        form.cleaned_data.pop(self.HONEYPOT, None)  # never stored nor mailed
        submission = self.get_submission_class().objects.create(form_data=form.cleaned_data, page=self)
        if self.to_address:
            # Saved either way: a lost mail is still in Forms in the admin.
            enqueue_after_commit(lambda: send_report_task.delay(submission.pk), "report mail")
        return submission

    def render_submission_email(self, submission) -> str:
        data = submission.get_data()
        return "\n".join(
            f"{label}: {data[name]}"
            for name, label in self.get_data_fields()
            if data.get(name) not in (None, "")
        )

    def serve(self, request, *args, **kwargs):
        from portal import ratelimit

        article = self.reported_article(request)
        status = 200
        if request.method == "POST":
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            if form.is_valid():
                if form.cleaned_data.get(self.HONEYPOT):
                    return self.render_landing_page(request)  # looks like success to the bot
                key = f"report:{ratelimit.client_ip(request)}"
                if ratelimit.allow(key, limit=self.RATE_LIMIT, window=self.RATE_WINDOW):
                    return self.render_landing_page(request, self.process_form_submission(form))
                form.add_error(None, TOO_MANY_REPORTS)
                status = 429
            else:
                status = 400
        else:
            initial = {"article": article.get_full_url(request)} if article else {}
            form = self.get_form(page=self, user=request.user, initial=initial)
        context = self.get_context(request)
        context.update(form=form, reported_article=article, honeypot=form[self.HONEYPOT])
        return TemplateResponse(request, self.get_template(request), context, status=status)


class Subscriber(models.Model):
    """A newsletter reader. Double opt-in: `pending` until the e-mailed link is confirmed; an
    unsubscribed address is kept (so a later sign-up starts from it) but never mailed."""

    PENDING, CONFIRMED, UNSUBSCRIBED = "pending", "confirmed", "unsubscribed"
    STATUSES = [
        (PENDING, _("waiting for confirmation")),
        (CONFIRMED, _("subscribed")),
        (UNSUBSCRIBED, _("unsubscribed")),
    ]

    email = models.EmailField(_("e-mail"), unique=True)  # stored lower-case (home.newsletter)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=16, choices=STATUSES, default=PENDING, db_index=True)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email
