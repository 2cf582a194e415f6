"""Every admin URL that Wagtail, wagtail-localize and the project register, as every newsroom role, GET and
POST (issue 15: "no role can corrupt or bypass the translation desk").

The table below says, for every view, which roles may open it (GET) and which may send it a form (POST).
A role outside a set must be turned away (a redirect to the login page or to the dashboard with a
message, 403, 404 or 405) and must change nothing in the database; a role inside must not be turned
away; nobody ever gets a server error. A view that is not in the table fails
`test_every_admin_view_is_classified`: whoever registers one decides here who may use it.

The newsroom's rules (home/migrations/0004_newsroom_roles.py and 0007 grant them):
- anonymous readers get the login page, never the admin.
- translators read originals, edit translations (never originals), submit them for moderation, sync them
  (never publishing), use the translation editor, machine translation and PO files; they never publish,
  unpublish, delete, move, copy, make aliases, stop translations, lock or unlock, or administer anything.
- reporters write articles (drafts, in the editor, the revisions and wagtail-localize's editor) and submit
  them; they never publish, schedule, unpublish, delete, move, copy, lock, read readers' reports, edit
  snippets or use the translation desk (news/migrations/0011_reporters_and_editors_in_chief.py).
- editors, editors-in-chief and moderators write and publish in both languages (the same page
  permissions); the review workflow's task sends originals to editors and editors-in-chief and
  translations to the moderators (news.desk.review): the world's page in moderation is a translation.
- branding, redirects, promoted search results and the newsroom settings are the editors-in-chief's.
- users, groups, sites, locales, collections, workflows and the newsletter's subscribers are the
  superuser's.
"""

import re
from dataclasses import dataclass, field, replace

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import constants as message_levels
from django.contrib.messages import get_messages
from django.db import connection, transaction
from django.test import TestCase
from django.urls import reverse

from tests.security.admin_matrix_support import (
    AdminView,
    admin_views,
    build_world,
    effect_happened,
    is_shadowed,
    requests_for,
    table_writes,
    tables_written,
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="reads PostgreSQL's per-table write counters"
    ),
]

ANONYMOUS, TRANSLATOR, EDITOR, MODERATOR, ADMIN = "anonymous", "translator", "editor", "moderator", "admin"
REPORTER, CHIEF = "reporter", "editor-in-chief"
ROLES = (ANONYMOUS, TRANSLATOR, REPORTER, EDITOR, CHIEF, MODERATOR, ADMIN)

EVERYONE = frozenset(ROLES)
STAFF = frozenset({TRANSLATOR, REPORTER, EDITOR, CHIEF, MODERATOR, ADMIN})
NEWSROOM = frozenset({EDITOR, CHIEF, MODERATOR, ADMIN})  # write and publish
WRITERS = NEWSROOM | {REPORTER}  # write articles (reporters: drafts only)
# The in-moderation page of the world is a translation: the "Newsroom review" task's groups review it
# (news.desk.review); originals go to the editors.
REVIEWERS = frozenset({MODERATOR, ADMIN})
OWNERS = frozenset({CHIEF, ADMIN})  # branding, redirects, promoted results, newsroom settings
SUPERUSER = frozenset({ADMIN})
DESK = STAFF - {REPORTER}  # the translation desk and the snippets (reporters only choose authors and topics)
NOBODY = frozenset()


@dataclass(frozen=True)
class Rule:
    get: frozenset
    post: frozenset
    # Roles that may cause a Case's `effect` (a change some roles allowed to POST must still not cause).
    effect: frozenset = NEWSROOM
    # The view answers 404 even to roles allowed to use it, and why (a URL no object can fill here).
    missing: str = ""
    shadowed_by: str = ""  # a project view registered under the same path answers instead
    raises: bool = False  # Wagtail's deliberate error page
    # A library's known server error on a POST by an allowed role, and why it is not ours to fix; the
    # matrix checks it still happens, so the entry goes once the library fixes it.
    post_raises: str = ""
    # Denied POSTs may also be answered by the view's own form refusing the choice (200, nothing written):
    # Wagtail's bulk actions leave out the objects a user may not touch instead of refusing the request.
    refused_by_form: bool = False
    logs_out: bool = False


# The classes of view.
PUBLIC = Rule(EVERYONE, EVERYONE)  # login, password reset, the admin's icons and translations
READ_ANY_STAFF = Rule(STAFF, STAFF)  # reads (lists filter by permission themselves); POST is 405 or a no-op
OWN_ACCOUNT = Rule(STAFF, STAFF)  # the user's own profile, dismissed tips, sign-out, editing-session pings
TRANSLATOR_OK = Rule(STAFF, STAFF)  # the translation desk's work on a translation
READ_ANY_STAFF_WRITE_NEWSROOM = Rule(STAFF, NEWSROOM)
EDITOR_ONLY = Rule(NEWSROOM, NEWSROOM)  # media and snippets beyond choosing, forms' submissions
WRITE = Rule(WRITERS, WRITERS)  # writing articles: reporters too (drafts; publishing is PUBLISH)
SITE_OWNERS = Rule(OWNERS, OWNERS)  # the site's own texts and settings (news/migrations/0010)
READ_DESK = Rule(DESK, DESK)
PUBLISH = Rule(NEWSROOM, NEWSROOM)  # publish, unpublish, delete, move, copy, alias, lock, privacy, stop
REVIEW = Rule(REVIEWERS, REVIEWERS)  # approve or request changes
SUPERUSER_ONLY = Rule(SUPERUSER, SUPERUSER)
ACTION_ONLY = Rule(NOBODY, NEWSROOM)  # POST-only actions (GET is 405 for everybody)


def shadowed(by: str) -> Rule:
    return Rule(NOBODY, NOBODY, shadowed_by=by)


def missing(rule: Rule, why: str) -> Rule:
    return replace(rule, missing=why)


def library_error(rule: Rule, why: str) -> Rule:
    return replace(rule, post_raises=why)


BULK = Rule(STAFF, NEWSROOM, refused_by_form=True)  # the confirmation page lists what the user may not touch
NO_CHOOSER_CREATION = "Wagtail's snippet chooser offers no creation form here, and a POST to it raises"
UPLOADS = "an upload is found only for the user who made it"


# Views by URL name (or route, or a dispatcher's member); a dict gives a rule per Case variant.
CLASSIFIED: dict[str, Rule | dict[str, Rule]] = {
    "wagtailadmin_home": READ_ANY_STAFF,
    "admin/test404/": READ_ANY_STAFF,
    "wagtailadmin_error_test": Rule(STAFF, STAFF, raises=True),
    "admin/^.*/$": missing(READ_ANY_STAFF, "Wagtail's catch-all: 404 for any path the admin does not know"),
    "wagtailadmin_sprite": PUBLIC,
    "wagtailadmin_login": PUBLIC,
    "wagtailadmin_password_reset": PUBLIC,
    "wagtailadmin_password_reset_done": PUBLIC,
    "wagtailadmin_password_reset_confirm": PUBLIC,
    "wagtailadmin_password_reset_complete": PUBLIC,
    "wagtailadmin_javascript_catalog": PUBLIC,
    "wagtailadmin_account": OWN_ACCOUNT,
    "wagtailadmin_logout": replace(OWN_ACCOUNT, logs_out=True),
    "wagtailadmin_dismissibles": OWN_ACCOUNT,
    "wagtailadmin_editing_sessions:ping": OWN_ACCOUNT,
    "wagtailadmin_editing_sessions:release": OWN_ACCOUNT,
    "wagtailadmin_block_preview": missing(
        READ_ANY_STAFF, "needs the id of a block definition from an editor"
    ),
    # The page explorer, choosers and reports: each lists what the user may see.
    "wagtailadmin_explore_root": READ_ANY_STAFF,
    "wagtailadmin_explore": READ_ANY_STAFF,
    "wagtailadmin_explore_results": READ_ANY_STAFF,
    "wagtailadmin_choose_page": READ_ANY_STAFF,
    "wagtailadmin_choose_page_child": READ_ANY_STAFF,
    "wagtailadmin_choose_page_search": READ_ANY_STAFF,
    "wagtailadmin_choose_page_chosen_multiple": READ_ANY_STAFF,
    "wagtailadmin_choose_page_external_link": READ_ANY_STAFF,
    "wagtailadmin_choose_page_email_link": READ_ANY_STAFF,
    "wagtailadmin_choose_page_phone_link": READ_ANY_STAFF,
    "wagtailadmin_choose_page_anchor_link": READ_ANY_STAFF,
    "wagtailadmin_tag_autocomplete": READ_ANY_STAFF,
    "wagtailadmin_tag_model_autocomplete": READ_ANY_STAFF,
    "wagtailadmin_api:pages:listing": READ_ANY_STAFF,
    "wagtailadmin_api:pages:detail": READ_ANY_STAFF,
    "wagtailadmin_api:pages:find": READ_ANY_STAFF,
    "wagtailadmin_api:documents:listing": READ_ANY_STAFF,
    "wagtailadmin_api:documents:detail": READ_ANY_STAFF,
    "wagtailadmin_api:documents:find": READ_ANY_STAFF,
    "wagtailadmin_api:images:listing": READ_ANY_STAFF,
    "wagtailadmin_api:images:detail": READ_ANY_STAFF,
    "wagtailadmin_api:images:find": READ_ANY_STAFF,
    "wagtailadmin_reports:locked_pages": EDITOR_ONLY,  # for those who may lock or unlock
    "wagtailadmin_reports:locked_pages_results": EDITOR_ONLY,
    "wagtailadmin_reports:workflow": READ_ANY_STAFF,
    "wagtailadmin_reports:workflow_results": READ_ANY_STAFF,
    "wagtailadmin_reports:workflow_tasks": READ_ANY_STAFF,
    "wagtailadmin_reports:workflow_tasks_results": READ_ANY_STAFF,
    "wagtailadmin_reports:site_history": READ_ANY_STAFF,
    "wagtailadmin_reports:site_history_results": READ_ANY_STAFF,
    "wagtailadmin_reports:aging_pages": READ_ANY_STAFF,
    "wagtailadmin_reports:aging_pages_results": READ_ANY_STAFF,
    "wagtailadmin_reports:page_types_usage": READ_ANY_STAFF,
    "wagtailadmin_reports:page_types_usage_results": READ_ANY_STAFF,
    # Pages.
    "wagtailadmin_pages:add": WRITE,
    "wagtailadmin_pages:preview_on_add": WRITE,
    "wagtailadmin_pages:add_subpage": WRITE,
    "wagtailadmin_pages:choose_parent": READ_ANY_STAFF,  # lists the parents the user may add to
    "wagtailadmin_pages:type_use": READ_ANY_STAFF,
    "wagtailadmin_pages:type_use_results": READ_ANY_STAFF,
    "wagtailadmin_pages:usage": READ_ANY_STAFF,
    "wagtailadmin_pages:search": READ_ANY_STAFF,
    "wagtailadmin_pages:search_results": READ_ANY_STAFF,
    "wagtailadmin_pages:edit": {
        "original": WRITE,
        "translation": READ_ANY_STAFF_WRITE_NEWSROOM,  # the POST publishes
        "live translation": READ_ANY_STAFF_WRITE_NEWSROOM,
    },
    "wagtailadmin_pages:preview_on_edit": READ_ANY_STAFF,  # the POST keeps the form in the session only
    "wagtailadmin_pages:view_draft": READ_ANY_STAFF,
    "wagtailadmin_pages:delete": PUBLISH,
    "wagtailadmin_pages:unpublish": PUBLISH,
    "wagtailadmin_pages:convert_alias": PUBLISH,
    # The destination chooser moves nothing (Wagtail shows it to whoever may delete the page, so a
    # translator sees it for a draft); move_confirm and the bulk move refuse the move (news.desk).
    "wagtailadmin_pages:move": READ_ANY_STAFF,
    "wagtailadmin_pages:move_confirm": PUBLISH,
    # The case moves an article within its section: a section's articles follow their publication date,
    # nobody reorders them by hand (SectionPage and ArticlePage.permissions_for_user, issue 17).
    "wagtailadmin_pages:set_page_position": Rule(NOBODY, NOBODY),
    "wagtailadmin_pages:copy": PUBLISH,
    "wagtailadmin_pages:set_privacy": PUBLISH,
    "wagtailadmin_pages:lock": PUBLISH,
    "wagtailadmin_pages:unlock": PUBLISH,
    "wagtailadmin_pages:revisions_index": READ_ANY_STAFF,
    "wagtailadmin_pages:revisions_view": READ_ANY_STAFF,
    "wagtailadmin_pages:revisions_compare": READ_ANY_STAFF,
    "wagtailadmin_pages:revisions_revert": WRITE,
    "wagtailadmin_pages:revisions_unschedule": PUBLISH,
    "wagtailadmin_pages:history": READ_ANY_STAFF,
    "wagtailadmin_pages:history_results": READ_ANY_STAFF,
    "wagtailadmin_pages:workflow_history": READ_ANY_STAFF,
    "wagtailadmin_pages:workflow_history_detail": READ_ANY_STAFF,
    "wagtailadmin_pages:workflow_action": REVIEW,
    "wagtailadmin_pages:collect_workflow_action_data": REVIEW,
    "wagtailadmin_pages:workflow_preview": REVIEW,
    "wagtailadmin_pages:confirm_workflow_cancellation": READ_ANY_STAFF,
    "bulk:wagtailcore.page.publish": BULK,
    "bulk:wagtailcore.page.unpublish": BULK,
    "bulk:wagtailcore.page.delete": BULK,
    "bulk:wagtailcore.page.move": BULK,
    "api-action:publish": ACTION_ONLY,
    "api-action:unpublish": ACTION_ONLY,
    "api-action:delete": ACTION_ONLY,
    "api-action:move": ACTION_ONLY,
    "api-action:copy": ACTION_ONLY,
    "api-action:convert_alias": ACTION_ONLY,
    "api-action:create_alias": ACTION_ONLY,
    "api-action:copy_for_translation": Rule(NOBODY, SUPERUSER),  # needs simple_translation's permission
    # Translators work in the translation editor; the API's page actions are none of theirs (news.desk).
    "api-action:revert_to_page_revision": ACTION_ONLY,
    # The translation desk (news.desk, news.admin_views) and wagtail-localize.
    # Reporters have no part in the desk (no wagtail_localize.submit_translation); they may still edit a
    # translation's draft (they may edit any article), never publish it.
    "translation_coverage": READ_DESK,
    "translation_coverage_stories": READ_DESK,
    "desk_submit_page": READ_DESK,  # Translators hold wagtail_localize.submit_translation
    "desk_submit_snippet": READ_DESK,
    "desk_sync": Rule(DESK, DESK, effect=NEWSROOM),  # translators sync, only the newsroom publishes
    "desk_edit_override": TRANSLATOR_OK,
    "desk_stop_translation": PUBLISH,
    "desk_to_alias": PUBLISH,
    "submit_translation_for_moderation": TRANSLATOR_OK,
    # The desk's queue (news.desk.queue_views): translators take work, the newsroom assigns it.
    "desk_queue": READ_DESK,
    "desk_assign": {"take": Rule(NOBODY, DESK), "assign": ACTION_ONLY},
    "desk_confirm_drafts": Rule(NOBODY, STAFF),
    "desk_confirm_approval": REVIEW,
    "desk_confirm_publish": PUBLISH,
    # Choosing a document needs a collection permission translators do not hold (they translate text).
    "wagtaildocs_chooser:chosen": WRITE,  # reporters hold choose_document
    # Signing in (portal.signin): the login view mounted before the admin's, and the e-mailed link.
    "admin/login/": PUBLIC,
    "signin_link_request": PUBLIC,
    "signin_link": PUBLIC,
    "upload_pofile_checked": TRANSLATOR_OK,
    "wagtail_localize:edit_string_translation": TRANSLATOR_OK,
    "wagtail_localize:download_pofile": TRANSLATOR_OK,
    "wagtail_localize:machine_translate": TRANSLATOR_OK,
    "wagtail_localize:preview_translation(translation_id)": TRANSLATOR_OK,
    "wagtail_localize:preview_translation(translation_id,mode)": missing(
        TRANSLATOR_OK, "a named preview mode; the project's pages have only the default one"
    ),
    "wagtail_localize:translations_report": READ_ANY_STAFF,
    "wagtail_localize:translations_report_results": READ_ANY_STAFF,
    # Each snippet model's objects to whoever may see that model (readers' addresses to nobody but admins).
    "desk_snippets_api_listing": {"author": READ_DESK, "subscriber": SUPERUSER_ONLY},
    "desk_snippets_api_detail": {"author": READ_DESK, "subscriber": SUPERUSER_ONLY},
    "wagtail_localize:snippets_api_listing": shadowed("desk_snippets_api_listing"),
    "wagtail_localize:snippets_api_detail": shadowed("desk_snippets_api_detail"),
    "wagtail_localize:javascript_catalog": READ_ANY_STAFF,
    "wagtail_localize:submit_page_translation": shadowed("desk_submit_page"),
    "wagtail_localize:submit_snippet_translation": shadowed("desk_submit_snippet"),
    "wagtail_localize:update_translations": shadowed("desk_sync"),
    "wagtail_localize:edit_override": shadowed("desk_edit_override"),
    "wagtail_localize:upload_pofile": shadowed("upload_pofile_checked"),
    "wagtail_localize:stop_translation": shadowed("desk_stop_translation"),
    "wagtail_localize:convert_to_alias": shadowed("desk_to_alias"),
    # Readers' reports: form pages are listed to whoever may edit them, the submissions are the newsroom's.
    "wagtailforms:index": READ_ANY_STAFF,
    "wagtailforms:index_results": READ_ANY_STAFF,
    "wagtailforms:list_submissions": EDITOR_ONLY,
    "wagtailforms:list_submissions_results": EDITOR_ONLY,
    "wagtailforms:delete_submissions": EDITOR_ONLY,
    # Media.
    "wagtaildocs:index": EDITOR_ONLY,
    "wagtaildocs:index_results": EDITOR_ONLY,
    "wagtaildocs:add": EDITOR_ONLY,
    "wagtaildocs:edit": EDITOR_ONLY,
    "wagtaildocs:delete": EDITOR_ONLY,
    "wagtaildocs:add_multiple": EDITOR_ONLY,
    "wagtaildocs:edit_multiple": EDITOR_ONLY,
    "wagtaildocs:create_multiple_from_uploaded_document": missing(EDITOR_ONLY, UPLOADS),
    "wagtaildocs:delete_multiple": EDITOR_ONLY,
    "wagtaildocs:delete_upload_multiple": missing(EDITOR_ONLY, UPLOADS),
    "wagtaildocs:document_usage": EDITOR_ONLY,
    # Reporters upload pictures (and edit their own uploads), never others' or deletions.
    "wagtailimages:index": WRITE,
    "wagtailimages:index_results": WRITE,
    "wagtailimages:add": WRITE,
    "wagtailimages:edit": EDITOR_ONLY,
    "wagtailimages:delete": EDITOR_ONLY,
    "wagtailimages:preview": EDITOR_ONLY,
    "wagtailimages:url_generator": missing(EDITOR_ONLY, "no dynamic image serve view is configured"),
    "wagtailimages:url_generator_output": missing(EDITOR_ONLY, "no dynamic image serve view is configured"),
    "wagtailimages:image_usage": EDITOR_ONLY,
    "wagtailimages:add_multiple": WRITE,
    "wagtailimages:edit_multiple": EDITOR_ONLY,
    "wagtailimages:create_multiple_from_uploaded_image": missing(EDITOR_ONLY, UPLOADS),
    "wagtailimages:delete_multiple": EDITOR_ONLY,
    "wagtailimages:delete_upload_multiple": missing(EDITOR_ONLY, UPLOADS),
    "wagtaildocs_chooser:create": EDITOR_ONLY,
    "wagtailimages_chooser:create": WRITE,
    "bulk:home.portalimage.delete": BULK,
    "bulk:home.portalimage.add_tags": BULK,
    "bulk:home.portalimage.add_to_collection": BULK,
    "bulk:wagtaildocs.document.delete": BULK,
    "bulk:wagtaildocs.document.add_tags": BULK,
    "bulk:wagtaildocs.document.add_to_collection": BULK,
    "wagtailembeds:chooser": READ_ANY_STAFF,
    "wagtailembeds:chooser_upload": READ_ANY_STAFF,
    "wagtailsnippets:index": READ_DESK,
    # Snippets: translators edit the translations of authors, topics and branding, never publish them.
    "bulk:news.author.delete": BULK,
    "bulk:news.topic.delete": BULK,
    "bulk:home.sitebranding.delete": replace(BULK, post=SUPERUSER),  # the newsroom never deletes branding
    "bulk:home.subscriber.delete": SUPERUSER_ONLY,  # readers' addresses: not even listed (home.wagtail_hooks)
    # Administration: the superuser's.
    # The site's own: the editors-in-chief's (news/migrations/0011_reporters_and_editors_in_chief.py).
    "wagtailsettings:edit(app_name,model_name)": SITE_OWNERS,
    "wagtailsettings:edit(app_name,model_name,pk)": SITE_OWNERS,
    "wagtailsettings:preview_on_edit": missing(SITE_OWNERS, "the newsroom settings have no preview"),
    "wagtailredirects:process_import": library_error(
        SITE_OWNERS, "Wagtail's redirect import raises a KeyError on a POST without its signed fields"
    ),
    # The task chooser of the workflow editor lists tasks; creating one needs the permission to add tasks
    # (400 without it).
    "wagtailadmin_workflows:task_chooser": READ_ANY_STAFF,
    "wagtailadmin_workflows:task_chooser_results": READ_ANY_STAFF,
    "wagtailadmin_workflows:task_chooser_create": READ_ANY_STAFF,
    "wagtailadmin_workflows:task_chosen": READ_ANY_STAFF,
    "wagtailsearchpromotions:chooser": READ_ANY_STAFF,  # the search terms readers used, for promotions
    "wagtailsearchpromotions:chooserresults": READ_ANY_STAFF,
    "wagtailadmin_workflows:remove(page_pk)": SUPERUSER_ONLY,
    "wagtailadmin_workflows:remove(page_pk,workflow_pk)": SUPERUSER_ONLY,
    "bulk:auth.user.assign_role": SUPERUSER_ONLY,
    "bulk:auth.user.delete": SUPERUSER_ONLY,
    "bulk:auth.user.set_active_state": SUPERUSER_ONLY,
}

# Whole viewset families, by a regular expression on the key (the first match wins).
FAMILIES: list[tuple[str, Rule | dict[str, Rule]]] = [
    (r"^wagtailsnippet(s|choosers)_home_subscriber:", SUPERUSER_ONLY),
    (r"^wagtailsnippets_home_sitebranding:delete$", SUPERUSER_ONLY),
    # Branding (the AI disclaimers included) is the editors-in-chief's; translators translate it.
    (r"^wagtailsnippets_home_sitebranding:(list|list_results|usage|history|history_results)$",
     Rule(OWNERS | {TRANSLATOR}, OWNERS | {TRANSLATOR})),
    (r"^wagtailsnippets_home_sitebranding:(add|copy)$", SITE_OWNERS),
    (r"^wagtailsnippets_home_sitebranding:edit$",
     {"original": SITE_OWNERS, "translation": Rule(OWNERS | {TRANSLATOR}, OWNERS)}),
    (r"^wagtailsnippets_(news_author|news_topic|home_sitebranding):(list|list_results|usage|history|history_results)$",
     READ_DESK),
    (r"^wagtailsnippets_(news_author|news_topic|home_sitebranding):(add|delete|copy)$", EDITOR_ONLY),
    (r"^wagtailsnippets_(news_author|news_topic|home_sitebranding):edit$",
     {"original": EDITOR_ONLY, "translation": Rule(DESK, NEWSROOM)}),
    (r"^wagtailsnippetchoosers_home_sitebranding:create$", library_error(SITE_OWNERS, NO_CHOOSER_CREATION)),
    (r"^wagtailsnippetchoosers_(news_author|news_topic|home_sitebranding):create$",
     library_error(EDITOR_ONLY, NO_CHOOSER_CREATION)),
    (r"^wagtailsnippetchoosers_(news_author|news_topic|home_sitebranding):", READ_ANY_STAFF),
    (r"^wagtail(docs|images)_chooser:", READ_ANY_STAFF),
    (r"^wagtailsearchpromotions:search_terms", SUPERUSER_ONLY),  # Wagtail's report: superusers only
    (r"^wagtail(redirects|searchpromotions):", SITE_OWNERS),
    (r"^wagtail(locales|sites|users_users|users_groups):", SUPERUSER_ONLY),
    (r"^wagtailadmin_(collections|workflows):", SUPERUSER_ONLY),
]  # fmt: skip


def classify(key: str) -> Rule | dict[str, Rule] | None:
    if key in CLASSIFIED:
        return CLASSIFIED[key]
    for regex, rule in FAMILIES:
        if re.search(regex, key):
            return rule
    return None


def rule_for(view: AdminView, variant: str) -> Rule:
    rule = classify(view.key)
    return rule[variant] if isinstance(rule, dict) else rule


# --- The tests ---------------------------------------------------------------------------------------


def test_every_admin_view_is_classified():
    views = admin_views()
    assert len(views) > 250, "the walk found the admin's URL patterns"
    unclassified = sorted({view.key for view in views if classify(view.key) is None})
    assert not unclassified, "classify these views in CLASSIFIED or FAMILIES:\n" + "\n".join(unclassified)


def test_the_table_names_no_view_that_does_not_exist():
    keys = {view.key for view in admin_views()}
    assert not sorted(set(CLASSIFIED) - keys)
    assert all(any(re.search(regex, key) for key in keys) for regex, _ in FAMILIES)


@pytest.fixture
def people(django_user_model):
    def make(name, *groups):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
        user.groups.add(*Group.objects.filter(name__in=groups))
        return user

    return {
        ANONYMOUS: None,
        EDITOR: make(EDITOR, "Editors"),
        TRANSLATOR: make(TRANSLATOR, "Translators"),
        REPORTER: make(REPORTER, "Reporters"),
        CHIEF: make(CHIEF, "Editors-in-chief"),
        MODERATOR: make(MODERATOR, "Moderators"),
        ADMIN: django_user_model.objects.create_superuser(ADMIN, "admin@example.org", "pw"),
    }


@pytest.fixture
def world(people, site, sections):
    return build_world(people, site, sections)


def test_the_library_paths_the_desk_guards_are_answered_by_the_desk(world):
    for view in admin_views():
        rule = classify(view.key)
        if isinstance(rule, Rule) and rule.shadowed_by:
            for request in requests_for(view, world):
                assert is_shadowed(view, request.url) == rule.shadowed_by, view.key


@dataclass
class Outcome:
    status: int | str
    location: str = ""
    errors: list = field(default_factory=list)  # error messages the response queued
    written: set = field(default_factory=set)
    effect: bool = False


def _send(client, method, request, world, *, run_on_commit) -> Outcome:
    """One request in a savepoint that is rolled back, so every request sees the same world."""
    client.cookies.pop("messages", None)
    kwargs = {}
    if method == "post":
        kwargs["data"] = request.post
    elif method == "put":
        from urllib.parse import urlencode

        kwargs = {"data": urlencode(request.put), "content_type": "application/x-www-form-urlencoded"}
    with transaction.atomic():
        before = table_writes()
        try:
            with TestCase.captureOnCommitCallbacks(execute=run_on_commit):
                response = getattr(client, method)(request.url, **kwargs)
        except Exception as error:  # noqa: BLE001 - any exception is a server error, reported below
            outcome = Outcome(status=f"raised {error!r}"[:200])
        else:
            outcome = Outcome(
                status=response.status_code,
                location=response.get("Location", ""),
                errors=[
                    m.message for m in get_messages(response.wsgi_request) if m.level >= message_levels.ERROR
                ],
            )
        outcome.written = tables_written(before, table_writes())
        if request.case.effect:
            outcome.effect = effect_happened(world, request.case.effect)
        transaction.set_rollback(True)
    return outcome


def _judge(role, method, request, rule: Rule, allowed: bool, outcome: Outcome) -> str | None:
    """What is wrong with `outcome`, or None."""
    status, written = outcome.status, outcome.written
    if rule.post_raises and allowed and method == "post":
        return None if isinstance(status, str) else f"no longer raises ({rule.post_raises}): drop the entry"
    if isinstance(status, str):
        return None if rule.raises and role != ANONYMOUS else status
    if status >= 500:
        return f"server error {status}"
    if method == "get" and written:
        return f"a GET wrote to {sorted(written)}"
    login = reverse("wagtailadmin_login")
    turned_away = (
        status in (403, 404, 405)
        or (status == 302 and outcome.location.startswith(login))
        or (
            status == 302
            and role != ANONYMOUS
            and (outcome.errors or outcome.location == reverse("wagtailadmin_home"))
        )
    )
    if not allowed:
        if role == ANONYMOUS and status == 302 and not outcome.location.startswith(login):
            return f"anonymous redirected to {outcome.location}, not the login page"
        refused_by_form = rule.refused_by_form and method != "get" and status == 200
        if not (turned_away or refused_by_form or (status == 302 and not written)):
            return f"not turned away: {status}"
        if written:
            return f"wrote to {sorted(written)}"
        return None
    if outcome.effect and role not in rule.effect:
        return f"caused '{request.case.effect}'"
    if method != "get" and request.case.effect and role in rule.effect and not outcome.effect:
        return f"did not cause '{request.case.effect}', which it may"
    if status == 403 or (status == 302 and outcome.location.startswith(login) and not rule.logs_out):
        return f"turned away: {status} {outcome.location}"
    if status == 302 and outcome.errors and outcome.location == reverse("wagtailadmin_home"):
        return f"turned away to the dashboard: {outcome.errors}"
    if status == 404 and not rule.missing:
        return "404: the URL's objects do not exist"
    if method != "get" and request.case.dangerous and status != 405 and not written:
        return "the POST that should change something changed nothing"
    return None


def _drive(client, role, user, world) -> list[str]:
    """Every admin URL as `role`, GET and POST (and PUT where the view speaks it): what went wrong."""
    problems = []
    if user is not None:
        client.force_login(user)
    for view in admin_views():
        if classify(view.key) is None:
            continue  # test_every_admin_view_is_classified names it
        for request in requests_for(view, world):
            rule = rule_for(view, request.case.variant)
            if rule.shadowed_by:
                continue  # test_the_library_paths_the_desk_guards_are_answered_by_the_desk
            methods = [("get", rule.get), ("post", rule.post)]
            if request.put is not None:
                methods.append(("put", rule.post))
            for method, roles in methods:
                allowed = role in roles
                if method != "get" and allowed and not _first_to_post(role, request, rule):
                    continue
                run_on_commit = not allowed or bool(request.case.effect)
                outcome = _send(client, method, request, world, run_on_commit=run_on_commit)
                if problem := _judge(role, method, request, rule, allowed, outcome):
                    label = f"{view.key} [{request.case.variant}]" if request.case.variant else view.key
                    problems.append(f"{method.upper()} {label} {request.url}: {problem}")
                if rule.logs_out and user is not None:
                    client.force_login(user)
    client.logout()
    return problems


def _first_to_post(role, request, rule: Rule) -> bool:
    """Whether an allowed role sends this POST. A body that changes something is sent by every allowed
    role (each must be able to); one that changes nothing (an incomplete form) proves the same for each, so
    only the first allowed role sends it (which keeps the run short). Denied roles send every POST."""
    if request.case.dangerous or request.case.effect or rule.post_raises:
        return True
    return role == next(candidate for candidate in ROLES if candidate in rule.post)


def test_admin_permission_matrix(client, people, world):
    """One world for every role; each request runs in a savepoint that is rolled back."""
    problems = {role: _drive(client, role, people[role], world) for role in ROLES}
    report = [f"{role}:\n  " + "\n  ".join(found) for role, found in problems.items() if found]
    assert not report, "\n".join(report)
