"""The home page (once per language, translations of one another) and the report / contact form."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.reports import recipients_outside_newsroom, send_report_task
from news import selectors
from news.models import ArticlePage, SectionPage
from portal import ratelimit
from portal.caching.generations import SITE, front
from portal.caching.rendered import CachePolicyMixin
from portal.routing.children import SpecificChildRouteMixin
from portal.routing.visibility import ViewRestrictionsInOneQueryMixin, public_q


class HomePage(CachePolicyMixin, SpecificChildRouteMixin, ViewRestrictionsInOneQueryMixin, Page):
    """The front page, one per language; its content is assembled from the sections below it."""

    template = "pages/home_page.html"
    child_route_model = SectionPage
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.SectionPage", "home.ReportPage"]

    intro = models.CharField(_("intro"), max_length=300, blank=True)
    lead_article = models.ForeignKey(
        "news.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead article"),
        help_text=_("The top story; leave empty for the newest article."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("lead_article")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            selectors.home_front(
                home=self,
                articles=ArticlePage.objects.visible().filter(locale_id=self.locale_id),
                sections=SectionPage.objects.live().filter(public_q()).child_of(self),
            )
        )
        return context

    def rendered_cache_generations(self):
        return (SITE, front(self.locale_id))


TOO_MANY_REPORTS = _(
    "You have sent several reports in a short time. Please wait a few minutes and try again."
)


class ReportFormField(TranslatableMixin, AbstractFormField):
    """A field of the report form; translators translate its label and help, never its name or type."""

    page = ParentalKey(
        "ReportPage", on_delete=models.CASCADE, related_name="form_fields", verbose_name=_("form")
    )

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
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


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
        # Where readers' reports go: editors only (translators lack the permission), never translated.
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]), FieldPanel("subject")],
            heading=_("E-mail to the editors"),
            permission="home.change_report_recipients",
        ),
    ]

    class Meta:
        verbose_name = _("report / contact form")
        verbose_name_plural = _("report / contact forms")
        permissions = [("change_report_recipients", "Can change where readers' reports are mailed")]

    # Where a report is mailed is the page's, not a language's: synchronised from the original and not
    # overridable (wagtail-localize offers an "Edit" for synchronised values unless told otherwise), so
    # no translation can send readers' reports elsewhere.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        SynchronizedField("show_in_menus"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("to_address", overridable=False),
        SynchronizedField("from_address", overridable=False),
        SynchronizedField("subject", overridable=False),
        TranslatableField("intro"),
        TranslatableField("thank_you_text"),
        TranslatableField("form_fields"),
    ]

    def clean(self):
        super().clean()
        outside = recipients_outside_newsroom(self.to_address)
        if outside:
            raise ValidationError(
                {
                    "to_address": _(
                        "Reports may only be mailed to addresses at %(domains)s, not %(outside)s."
                    )
                    % {"domains": ", ".join(settings.REPORT_RECIPIENT_DOMAINS), "outside": ", ".join(outside)}
                }
            )

    def get_form_class(self):
        return type("ReportForm", (super().get_form_class(),), {self.HONEYPOT: ratelimit.honeypot_field()})

    def reported_article(self, request):
        try:
            article_id = int(request.GET.get("article", ""))
        except ValueError:
            return None
        articles = ArticlePage.objects.visible().filter(locale_id=self.locale_id)
        return articles.filter(pk=article_id).only("id", "title", "url_path").first()

    def process_form_submission(self, form):
        """Store the report; the e-mail goes out from a Celery task after commit, so a slow or broken
        mail server never delays the reader nor turns a saved report into an error page."""
        form.cleaned_data.pop(self.HONEYPOT, None)  # never stored nor mailed
        submission = self.get_submission_class().objects.create(form_data=form.cleaned_data, page=self)
        if self.to_address:
            # Saved either way: a lost mail is still in Forms in the admin.
            send_report_task.delay_on_commit(submission.pk)
        return submission

    def render_submission_email(self, submission) -> str:
        data = submission.get_data()
        return "\n".join(
            f"{label}: {data[name]}"
            for name, label in self.get_data_fields()
            if data.get(name) not in (None, "")
        )

    def serve(self, request, *args, **kwargs):
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
