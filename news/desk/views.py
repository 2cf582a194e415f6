"""wagtail-localize's views that change live content, with the desk's permissions in front of them.

Registered under the library's own paths by news.wagtail_hooks, whose URLs are matched first."""

import io
import json

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.http import JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParser, MultiPartParserError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.models import Translation
from wagtail_localize.tasks import background
from wagtail_localize.views import convert as localize_convert
from wagtail_localize.views import edit_translation as localize_edit_views
from wagtail_localize.views import snippets_api as localize_snippets_api
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitSnippetTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from news.desk import takedown_api
from news.desk.assigning import assign
from news.desk.forms import add_assignment_fields
from news.desk.permissions import may_publish, may_restructure
from news.desk.translating import translate_object, translate_page_subtree
from portal.safe_urls import is_safe_url


def _target(translation):
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist:
        return None


class SyncTranslationsView(UpdateTranslationsView):
    """ "Sync translated pages" brings the source's new text into every translation as a draft; it
    publishes them too only for a user who may publish every one of them. For anybody else the option
    is not offered, and a forged `publish_translations` in the POST is ignored."""

    def may_publish_all(self) -> bool:
        translations = self.object.translations.filter(enabled=True).select_related("target_locale")
        targets = [_target(translation) for translation in translations]
        return all(target is None or may_publish(self.request.user, target) for target in targets)

    def get_form(self):
        form = super().get_form()
        if not self.may_publish_all():
            form.fields.pop("publish_translations", None)
        return form

    def form_valid(self, form):
        form.cleaned_data.setdefault("publish_translations", False)
        return super().form_valid(form)


sync_translations = SyncTranslationsView.as_view()


def convert_to_alias(request, page_id: int):
    page = get_object_or_404(Page, id=page_id).specific
    if not may_restructure(request.user, page):
        raise PermissionDenied
    return localize_convert.convert_to_alias(request, page_id)


def stop_translation(request, translation_id: int):
    translation = get_object_or_404(Translation, id=translation_id)
    target = _target(translation)
    if target is None or not may_restructure(request.user, target):
        raise PermissionDenied
    return localize_edit_views.stop_translation(request, translation_id)


class DeskSubmitMixin:
    """wagtail-localize's "Translate" form, starting translations with news.desk.translating (which never
    overwrites another language's originals), and for a page, who translates it and by when (the assignee
    is notified). The rest is the library's form_valid as it is."""

    def get_form(self):
        form = super().get_form()
        if isinstance(self.object, Page):
            add_assignment_fields(form)
        return form

    @transaction.atomic
    def form_valid(self, form):
        # A list now: the form's queryset excludes languages that have a translation, so it would come
        # back empty once the translations exist.
        locales = list(form.cleaned_data["locales"])
        translate_object(self.object, locales, self.components, self.request.user)
        if isinstance(self.object, Page):
            translations = Translation.objects.filter(
                source__object_id=self.object.translation_key,
                source__locale_id=self.object.locale_id,
                target_locale__in=locales,
            )
            assign(
                translations,
                assignee=form.cleaned_data.get("assignee"),
                due_date=form.cleaned_data.get("due_date"),
                by=self.request.user,
            )
        if isinstance(self.object, Page) and form.cleaned_data["include_subtree"]:
            background.enqueue(
                translate_page_subtree, [self.object.id, locales, self.components, self.request.user], {}
            )
        single = self.object.get_translation(locales[0]) if len(locales) == 1 else None
        label = locales[0].get_display_name() if len(locales) == 1 else _("{} locales").format(len(locales))
        messages.success(self.request, self.get_success_message(label))
        return redirect(self.get_success_url() or self.get_default_success_url(single))


class SubmitPageView(DeskSubmitMixin, SubmitPageTranslationView):
    pass


class SubmitSnippetView(DeskSubmitMixin, SubmitSnippetTranslationView):
    pass


submit_page_translation = SubmitPageView.as_view()
submit_snippet_translation = SubmitSnippetView.as_view()


def edit_override(request, translation_id: int, overridable_segment_id: int):
    """A translator's override of a link target (or another overridable value): only targets a reader's
    page may carry (portal.safe_urls) are saved; a `javascript:` link is refused with a 400."""
    if request.method == "PUT":
        value = _put_value(request)
        if not is_safe_url(value):
            message = _("Links may point only to http, https, mailto or tel addresses, or within the site.")
            return JsonResponse({"value": [message]}, status=400)
    return localize_edit_views.edit_override(request, translation_id, overridable_segment_id)


class DeskPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    """Wagtail's admin API for pages (news.wagtail_hooks registers it in place of the library's). Its page
    actions (delete, move, copy, publish, convert an alias, revert to a revision...) check only that the
    user may edit the page, so a translator could delete a draft or revert an original through them; the
    admin's own screens do not use them, and here they need the right to restructure the page."""

    actions = {
        **PagesAdminAPIViewSet.actions,
        "unpublish": takedown_api.UnpublishWithTranslations,
        "delete": takedown_api.DeleteWithTranslations,
    }

    def action_view(self, request, pk, action_name):
        if not may_restructure(request.user, self.get_object()):
            raise PermissionDenied
        return super().action_view(request, pk, action_name)


class SnippetsAPIViewSet(localize_snippets_api.SnippetViewSet):
    """wagtail-localize's list of a snippet model's objects (for the translation editor), only to users who
    may see that model in the admin: the library served any snippet model to every admin user, the
    newsletter subscribers' addresses included."""

    def get_queryset(self):
        policy = ModelPermissionPolicy(self.get_model())
        if not policy.user_has_any_permission(self.request.user, {"add", "change", "delete", "view"}):
            raise PermissionDenied
        return super().get_queryset()


snippets_api_listing = SnippetsAPIViewSet.as_view({"get": "list"})
snippets_api_detail = SnippetsAPIViewSet.as_view({"get": "retrieve"})


def _put_value(request) -> str:
    """The `value` of a PUT as wagtail-localize's view will read it (its editor sends multipart form data;
    a hand-made request may send a urlencoded or JSON body). The body stays readable for the library."""
    body = request.body  # cached by Django: the library's own parsing reads it again
    content_type = request.META.get("CONTENT_TYPE", "")
    if content_type.startswith("multipart/form-data"):
        try:
            data, _files = MultiPartParser(request.META, io.BytesIO(body), request.upload_handlers).parse()
        except MultiPartParserError:
            return ""
        return data.get("value", "")
    if "json" in content_type:
        try:
            payload = json.loads(body or b"{}")
        except ValueError:
            return ""
        return str(payload.get("value", "")) if isinstance(payload, dict) else ""
    return QueryDict(body).get("value", "")
