"""Admin wiring for the newsroom: snippets, the translation coverage report, translator rules."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.pages.utils import type_to_delete_confirmation
from wagtail.admin.widgets import Button, ListingButton
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from news import admin_views, explorer
from news.desk import coverage_views, queue_views, review_views, rows, takedown
from news.desk import views as desk_views
from news.desk.permissions import may_publish, may_restructure
from news.desk.queue import queue_for
from news.desk.review import unchecked_segments
from news.models import ArticlePage, Author, Topic
from news.roles import translation_for_target, user_is_reporter_only, user_is_translator_only
from news.translations import source_is_newer


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    list_display = ["name", "role", "locale"]
    search_fields = ["name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


register_snippet(AuthorViewSet)
register_snippet(TopicViewSet)


hooks.register("construct_page_chooser_queryset", explorer.chooser_rows)


@hooks.register("register_admin_viewset")  # after Wagtail's base page viewset (order -1): replaces it
def desk_page_viewset():
    return explorer.DeskPageViewSet()


@hooks.register("register_admin_urls")
def coverage_urls():
    return [
        path(
            "translation-coverage/", coverage_views.CoverageReportView.as_view(), name="translation_coverage"
        ),
        path(
            "translation-coverage/stories/",
            coverage_views.StoryListView.as_view(),
            name="translation_coverage_stories",
        ),
        # Shadows wagtail-localize's upload URL (this app's hooks load first): same path, checked input.
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            admin_views.upload_pofile_checked,
            name="upload_pofile_checked",
        ),
        # The desk's permissions in front of wagtail-localize's views that change live content, and its
        # "Translate" forms without overwriting other languages' originals (news.desk).
        path(
            "localize/submit/page/<int:page_id>/", desk_views.submit_page_translation, name="desk_submit_page"
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            desk_views.submit_snippet_translation,
            name="desk_submit_snippet",
        ),
        path("localize/update/<int:translation_source_id>/", desk_views.sync_translations, name="desk_sync"),
        path(
            "localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            desk_views.edit_override,
            name="desk_edit_override",
        ),
        path(
            "localize/translate/<int:translation_id>/disable/",
            desk_views.stop_translation,
            name="desk_stop_translation",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/", desk_views.convert_to_alias, name="desk_to_alias"
        ),
        path("desk/queue/", queue_views.QueueView.as_view(), name="desk_queue"),
        path(
            "desk/approve/<int:task_state_id>/", review_views.confirm_approval, name="desk_confirm_approval"
        ),
        path("desk/publish/<int:translation_id>/", review_views.confirm_publish, name="desk_confirm_publish"),
        path("desk/assign/<int:translation_id>/", queue_views.assign_translation, name="desk_assign"),
        path("desk/confirm/<int:translation_id>/", queue_views.confirm_drafts, name="desk_confirm_drafts"),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
            desk_views.snippets_api_listing,
            name="desk_snippets_api_listing",
        ),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
            desk_views.snippets_api_detail,
            name="desk_snippets_api_detail",
        ),
        path(
            "translations/<int:translation_id>/submit-for-moderation/",
            admin_views.submit_translation_for_moderation,
            name="submit_translation_for_moderation",
        ),
    ]


class CoverageMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(coverage_views.COVERAGE_PERMISSION)


@hooks.register("register_reports_menu_item")
def coverage_menu_item():
    return CoverageMenuItem(
        gettext_lazy("Translation coverage"), reverse("translation_coverage"), icon_name="site", order=650
    )


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return queue_views.may_use_desk(request.user)


@hooks.register("register_admin_menu_item")
def queue_menu_item():
    return QueueMenuItem(
        gettext_lazy("Translation queue"), reverse("desk_queue"), icon_name="tasks", order=250
    )


class QueuePanel(Component):
    """The first thing a translator sees: what waits for them (the top of their queue)."""

    name = "desk_queue"
    order = 50
    template_name = "news/admin/desk_queue_panel.html"

    def __init__(self, items):
        self.items = items

    def get_context_data(self, parent_context=None):
        return {"items": self.items[:8], "more": max(len(self.items) - 8, 0)}


@hooks.register("construct_homepage_panels")
def queue_panel(request, panels):
    if queue_views.may_use_desk(request.user):
        items = queue_for(request.user, mine_only=not user_is_translator_only(request.user))
        if items or user_is_translator_only(request.user):
            panels.append(QueuePanel(items))


@hooks.register("register_page_listing_more_buttons")
def submit_translation_button(page, user, next_url=None):
    translation = rows.facts(page).translation  # primed for the whole listing (news.desk.rows)
    if translation and not page.workflow_in_progress and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Submit translation for moderation"),
            reverse("submit_translation_for_moderation", args=[translation.pk]),
            icon_name="tasks",
            priority=25,
        )


def translate_and_sync_buttons(page, user, view_name=None, next_url=None):
    """wagtail-localize's "Translate this page" and "Sync translated pages", the same buttons under the same
    conditions, from the facts primed for the whole listing instead of three queries a row."""
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    row = rows.facts(page)
    if row.untranslated_locale:
        # note: if this is an alias page, we want to use the parent page id (as the library does)
        url = reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id])
        yield ListingButton(_("Translate this page"), url, priority=60, icon_name="wagtail-localize-language")
    if row.source_id is not None:
        url = reverse("wagtail_localize:update_translations", args=[row.source_id])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield ListingButton(_("Sync translated pages"), url, priority=60, icon_name="resubmit")


def _guard_translator(request, obj):
    """Translators edit translations only; the original stays with the editors. Publishing from the
    translation editor (a POST with action=publish) needs the right to publish: wagtail-localize lets
    anybody who may edit a snippet publish its translation."""
    translation = translation_for_target(obj)
    if translation is None and user_is_translator_only(request.user):
        raise PermissionDenied(_("Translators can edit translations, not original articles."))
    if (
        request.method == "POST"
        and request.POST.get("action") == "publish"
        and not may_publish(request.user, obj)
    ):
        raise PermissionDenied(_("Translations are published by an editor or a moderator."))
    if (
        translation is not None
        and request.method == "POST"
        and request.POST.get("action") == "publish"
        and request.POST.get("confirm_incomplete") != "1"
        and unchecked_segments(obj)
    ):
        # The editor's "Publish" would put untranslated or unreviewed text live without a word: ask first.
        return redirect("desk_confirm_publish", translation.pk)
    if translation is not None and request.method == "GET":
        source_object = translation.source.get_source_instance()
        if source_is_newer(getattr(source_object, "specific", source_object), translation.source):
            messages.warning(
                request,
                format_html(
                    '{} <a href="{}">{}</a>',
                    _("The original has been updated since this translation was last synced."),
                    reverse("wagtail_localize:update_translations", args=[translation.source.pk]),
                    _("Sync translated pages"),
                ),
            )


def _guard_reporter(request, page_class):
    """Reporters hold Wagtail's add and change permissions on the whole tree (sections are created later,
    in either language), but they write articles: home pages, sections and forms are the editors'."""
    if user_is_reporter_only(request.user) and not issubclass(page_class, ArticlePage):
        raise PermissionDenied(_("Reporters write and edit articles; other pages are for the editors."))


@hooks.register("before_create_page", order=-10)
def guard_page_create(request, parent_page, page_class):
    _guard_reporter(request, page_class)


@hooks.register("before_edit_page", order=-10)
def guard_page_edit(request, page):
    _guard_reporter(request, page.specific_class or type(page))
    return _guard_translator(request, page)


@hooks.register("before_edit_snippet", order=-10)
def guard_snippet_edit(request, instance):
    if hasattr(instance, "translation_key"):
        return _guard_translator(request, instance)
    return None


@hooks.register("construct_page_action_menu")
def hide_restructuring_actions(menu_items, request, context):
    """Translators get no "Convert to alias page" in the page editor's menu (news.desk.views refuses it)."""
    page = context.get("page")
    if page is not None and not may_restructure(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


@hooks.register("after_edit_page")
def unfinished_translation_not_approved_silently(request, page):
    """The editor's "Approve" action (news.desk.review refused it for an unfinished translation): send
    the moderator to the confirmation instead of a bare "saved" message."""
    if request.POST.get("action-workflow-action") and request.POST.get("workflow-action-name") == "approve":
        state = page.current_workflow_task_state
        if state is not None and state.status == state.STATUS_IN_PROGRESS and unchecked_segments(page):
            return redirect("desk_confirm_approval", state.pk)
    return None


def refuse_restructuring(request, page, *destination):
    """Wagtail lets whoever may edit a page delete or move it while it is a draft, and copy it or convert
    its alias always; the desk leaves that to those who may publish it (news.desk.permissions)."""
    if not may_restructure(request.user, page):
        raise PermissionDenied(_("Deleting, moving and copying pages is for editors and moderators."))


for _hook in ("before_delete_page", "before_move_page", "before_copy_page", "before_convert_alias_page"):
    hooks.register(_hook, refuse_restructuring)


@hooks.register("before_bulk_action")
def refuse_bulk_restructuring(request, action_type, objects, action_class_instance):
    if action_type in ("delete", "move"):
        for page in objects:
            if isinstance(page, Page):
                refuse_restructuring(request, page)


@hooks.register("construct_admin_api")
def desk_pages_api(router):
    router.register_endpoint("pages", desk_views.DeskPagesAdminAPIViewSet)


# Taking a story down in every language (news.desk.takedown): the confirm screens of Wagtail's unpublish and
# delete views and bulk actions carry a "take its translations down too" box (templates in
# news/templates/wagtailadmin/pages/); these hooks refuse before anything changes when a translation is out
# of the user's reach, and take the translations down after the original, in the same request.


def _takedown_ticked(request) -> bool:
    return request.method == "POST" and bool(request.POST.get(takedown.FIELD))


def _refuse_takedown(request, plans):
    refused = [plan for plan in plans if not plan.allowed]
    if refused:
        messages.error(request, takedown.refusal_message(refused))
        return redirect(request.get_full_path())
    return None


@hooks.register("before_unpublish_page")
def check_unpublish_translations(request, page):
    if _takedown_ticked(request):
        return _refuse_takedown(request, [takedown.plan(request.user, page, "unpublish")])
    return None


@hooks.register("after_unpublish_page")
def unpublish_translations(request, page):
    if _takedown_ticked(request):
        plan = takedown.plan(request.user, page, "unpublish")
        if plan.allowed:  # checked before the original went down; checked again, never skipped
            with transaction.atomic():
                takedown.execute(
                    request.user, plan, include_descendants=bool(request.POST.get("include_descendants"))
                )
    return None


@hooks.register("before_delete_page")
def delete_translations(request, page):
    """Wagtail's delete view runs in one transaction: the translations go first, while the original (and
    its log) still exist, and come back if the original's deletion is refused (a protected reference)."""
    if not _takedown_ticked(request) or not type_to_delete_confirmation(request):
        return None  # a re-rendered confirm screen deletes nothing
    plan = takedown.plan(request.user, page, "delete")
    refused = _refuse_takedown(request, [plan])
    if refused is None:
        takedown.execute(request.user, plan)
    return refused


@hooks.register("before_bulk_action")
def bulk_takedown_first(request, action_type, objects, action_class_instance):
    """Inside the bulk action's transaction, before it acts: refused whole if one translation is out of
    reach; deletions go first (the originals must still exist for their log), unpublishing after."""
    if action_type not in takedown.ACTIONS or not _takedown_ticked(request):
        return None
    plans = [takedown.plan(request.user, page, action_type) for page in objects if isinstance(page, Page)]
    refused = _refuse_takedown(request, plans)
    if refused is None and action_type == "delete":
        selected = {page.pk for page in objects}
        for plan in plans:
            takedown.execute(request.user, plan, exclude_ids=selected)
    action_class_instance.news_takedown_plans = plans
    return refused


@hooks.register("after_bulk_action")
def bulk_unpublish_translations(request, action_type, objects, action_class_instance):
    plans = getattr(action_class_instance, "news_takedown_plans", None)
    if action_type == "unpublish" and plans and all(plan.allowed for plan in plans):
        selected = {page.pk for page in objects}
        include_descendants = bool(request.POST.get("include_descendants"))
        for plan in plans:
            takedown.execute(
                request.user, plan, include_descendants=include_descendants, exclude_ids=selected
            )
    return None


@hooks.register("register_log_actions")
def takedown_log_action(actions):
    actions.register_action(takedown.LOG_ACTION)(takedown.TakedownLogFormatter)


def _replace_library_buttons():
    """Take out wagtail-localize's per-row "Translate this page"/"Sync translated pages" and put the batched
    equivalent in its place. Importing the library's hooks registers them (news comes first in
    INSTALLED_APPS and a module is imported once), so this runs last in this module: every hook above is
    registered before the library's, as the app order has it (the desk's URLs shadow the library's paths).
    Wagtail has no public way to unregister a hook."""
    from wagtail_localize import wagtail_hooks as localize_hooks

    for hook_name in ("register_page_listing_more_buttons", "register_page_header_buttons"):
        hooks._hooks[hook_name] = [
            (fn, order)
            for fn, order in hooks._hooks.get(hook_name, [])
            if fn is not localize_hooks.page_listing_more_buttons
        ]
        hooks.register(hook_name, translate_and_sync_buttons)


_replace_library_buttons()  # keep last
