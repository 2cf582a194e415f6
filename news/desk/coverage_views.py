"""The coverage report's admin screens: the summary per section and language, and the story listing."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from news.desk.assignments import translators
from news.desk.coverage import STATES, content_languages, coverage_summary, section_keys
from news.desk.status import LABELS
from news.desk.stories import DESK, PAGE_SIZE, Filters, story_keys, story_rows
from portal.i18n import locale_codes

COVERAGE_PERMISSION = "wagtail_localize.submit_translation"


class CoverageAccessMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(COVERAGE_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class CoverageReportView(CoverageAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "news/admin/coverage.html"
    page_title = _("Translation coverage")
    header_icon = "site"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "rows": coverage_summary(),
            "states": [(state, LABELS[state]) for state in STATES],
        }


class StoryFilterForm(forms.Form):
    section = forms.ChoiceField(label=_("Section"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status"))] + [(state, LABELS[state]) for state in STATES],
    )
    assignee = forms.ChoiceField(label=_("Translator"), required=False)
    p = forms.IntegerField(min_value=1, required=False, widget=forms.HiddenInput)

    def __init__(self, *args, sections, languages, **kwargs):
        super().__init__(*args, **kwargs)
        self.sections = {row.translation_key: row for row in sections}
        self.fields["section"].choices = [("", _("All sections"))] + [
            (row.translation_key, row.title) for row in sections
        ]
        self.fields["language"].choices = [("", _("All languages"))] + [
            (code, code.upper()) for code in languages
        ]
        people = [(str(user.pk), user.get_full_name() or user.get_username()) for user in translators()]
        self.fields["assignee"].choices = [("", _("Anybody")), (DESK, _("The desk (unassigned)"))] + people


class StoryListView(CoverageAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """Every story with its state per language; filters; the action each cell needs next."""

    template_name = "news/admin/coverage_stories.html"
    page_title = _("Stories")
    header_icon = "site"
    page_size = PAGE_SIZE

    def get_breadcrumbs_items(self):
        coverage = {"url": reverse("translation_coverage"), "label": _("Translation coverage")}
        return [*self.breadcrumbs_items, coverage, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        codes = locale_codes()
        languages = content_languages()
        by_path, sections, _length = section_keys()
        form = StoryFilterForm(request.GET or None, sections=sections, languages=languages)
        context = self.get_context_data(form=form, languages=languages, rows=[], page=1, has_next=False)
        if request.GET and not form.is_valid():
            return self.render_to_response(context, status=400)
        data = form.cleaned_data if request.GET else {}
        locale_of = {code: locale_id for locale_id, code in codes.items()}
        filters = Filters(
            section_paths=tuple(path for path, key in by_path.items() if key == data.get("section")),
            locale_id=locale_of.get(data.get("language")),
            status=data.get("status") or None,
            assignee=data.get("assignee") or None,
        )
        page = data.get("p") or 1
        keys, has_next = story_keys(
            filters,
            locale_ids=[locale_of[code] for code in languages],
            page=page,
            page_size=self.page_size,
        )
        shown = [data["language"]] if data.get("language") else languages
        query = request.GET.copy()
        query.pop("p", None)
        context.update(
            rows=story_rows(keys, languages=shown, codes=codes),
            languages=shown,
            page=page,
            has_next=has_next,
            query=query.urlencode(),
        )
        return self.render_to_response(context)
