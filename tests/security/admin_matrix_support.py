"""What tests/security/test_admin_matrix.py drives: every admin URL pattern Wagtail, wagtail-localize and the
project register, a newsroom full of real objects to fill their arguments, and a record of which tables a
request wrote to.

The patterns come from `get_resolver()`, so a view registered tomorrow appears here without anybody
listing it. Two dispatchers hide a family of views behind one pattern (Wagtail's bulk actions and the
admin API's page actions); each member of those families is a view of its own here.
"""

import re
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.utils import timezone
from wagtail.admin.models import EditingSession
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.blocks.base import BlockField
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    Locale,
    Site,
    UploadedFile,
)
from wagtail_localize.models import OverridableSegment, StringSegment, Translation, TranslationSource

from home.models import SiteBranding, Subscriber
from news.desk.translating import translate_object
from news.models import ArticlePage, Author, NewsroomSettings, Topic
from tests import factories
from tests.home.test_report_page import report_page

ADMIN_PREFIX = "admin/"


@dataclass(frozen=True)
class AdminView:
    """One admin view: a URL pattern, or one member of a dispatcher's family (`bulk:…`, `api-action:…`)."""

    key: str  # the namespaced URL name, the route where a pattern has no name, or a family member's name
    route: str
    pattern: URLPattern
    member: str = ""  # the bulk action ("app.model.action") or the API page action


def _walk(resolver, prefix="", namespaces=()):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = (*namespaces, entry.namespace) if entry.namespace else namespaces
            yield from _walk(entry, prefix + str(entry.pattern), inner)
        else:
            yield prefix + str(entry.pattern), namespaces, entry


def _kwarg_names(pattern: URLPattern) -> list[str]:
    converters = getattr(pattern.pattern, "converters", None)
    return list(converters) if converters else list(re.compile(str(pattern.pattern)).groupindex)


def admin_views() -> list[AdminView]:
    found = [
        (route, ":".join((*namespaces, pattern.name)) if pattern.name else route, pattern)
        for route, namespaces, pattern in _walk(get_resolver())
        if route.lstrip("^").startswith(ADMIN_PREFIX)
    ]
    names = [key for _, key, _ in found]
    views = []
    for route, key, pattern in found:
        if names.count(key) > 1:  # one name, several routes (with and without an optional argument)
            key = f"{key}({','.join(_kwarg_names(pattern))})"
        if key == "wagtail_bulk_action":
            bulk_action_registry._scan_for_bulk_actions()
            for app_label, models in bulk_action_registry.actions.items():
                for model_name, actions in models.items():
                    for action in actions:
                        member = f"{app_label}.{model_name}.{action}"
                        views.append(AdminView(f"bulk:{member}", route, pattern, member))
        elif key == "wagtailadmin_api:pages:action":
            for action in pattern.callback.cls.actions:  # the viewset the project registers (news.desk)
                views.append(AdminView(f"api-action:{action}", route, pattern, action))
        else:
            views.append(AdminView(key, route, pattern))
    return views


# --- The newsroom the URLs point into ------------------------------------------------------------------


@dataclass
class World:
    """Real objects for every kind of argument an admin URL takes (see `build_world`)."""

    users: dict
    site: Site
    locales: dict
    sections: dict
    pages: dict  # subject name -> specific page
    translations: dict  # subject name -> wagtail_localize Translation whose target it is
    revisions: dict
    snippets: dict  # subject name -> snippet instance
    objects: dict = field(default_factory=dict)  # everything else, by name
    forms: dict = field(default_factory=dict)  # page editor POST bodies, by name (see editor_form_data)

    def ref(self, value):
        """The primary key (or value) a reference such as "page:original" or "tr:translation" names."""
        kind, colon, name = value.partition(":") if isinstance(value, str) else ("", "", "")
        if not colon or kind not in REFERENCE_KINDS:
            return value
        match kind:
            case "page":
                return self.pages[name].pk
            case "tr":
                return self.translations[name].pk
            case "src":
                return self.translations[name].source_id
            case "rev":
                return self.revisions[name].pk
            case "snip":
                return self.snippets[name].pk
            case "obj":
                return self.objects[name].pk
            case "user":
                return self.users[name].pk
            case "locale":
                return self.locales[name].pk
            case "key":
                return self.pages[name].translation_key
            case "site":
                return self.site.pk
            case "pofile":  # a fresh upload each time: a request reads it to the end
                po = self.translations[name].export_po()
                po[0].msgstr = "Fordított szöveg"  # one translated string to import
                po = str(po).encode()
                return SimpleUploadedFile("translation.po", po, content_type="text/x-gettext-translation")
        raise AssertionError(kind)


REFERENCE_KINDS = {"page", "tr", "src", "rev", "snip", "obj", "user", "locale", "key", "site", "pofile"}


def _author_pair(locales, editor):
    """An English original author, and its Hungarian translation made by wagtail-localize."""
    en = factories.make_author(locales["en"], "Eszter Varga", role="Economics editor")
    translate_object(en, [locales["hu"]], user=editor)
    return en, Author.objects.get(translation_key=en.translation_key, locale=locales["hu"])


def build_world(users, site, sections) -> World:
    """An English original article with its Hungarian translation (wagtail-localize, draft), a Hungarian
    original with its published English translation, a draft original, an alias, a translation in
    moderation, a page locked by an editor, a report form with a submission; authors, topics and branding
    in both languages; an image, a document, a collection, a redirect, and the admin's own records."""
    loc = site["locales"]
    en, hu = loc["en"], loc["hu"]
    editor, translator = users["editor"], users["translator"]
    image = factories.make_image("Bridge at dawn")

    author_en, author_hu = _author_pair(loc, editor)
    topic_en = factories.make_topic(en, "Transport", slug="transport")
    topic_hu_original = factories.make_topic(hu, "Közlekedés", slug="kozlekedes")
    translate_object(topic_hu_original, [en], user=editor)
    topic_en_translation = Topic.objects.get(translation_key=topic_hu_original.translation_key, locale=en)

    original = factories.make_article(
        sections["en"], "Original headline", authors=[author_en], topics=[topic_en], hero=image,
        body=[factories.paragraph('Read <a href="https://example.org/b">the budget</a>.')],
    )  # fmt: skip
    first_revision = original.live_revision
    original.title = "Draft headline"
    draft_revision = original.save_revision(user=editor)
    original.refresh_from_db()
    # A scheduled revision locks its page for everybody, so it has a page of its own.
    scheduled_page = factories.make_article(sections["en"], "Scheduled story")
    scheduled = scheduled_page.save_revision(
        user=editor, approved_go_live_at=timezone.now() + timedelta(days=2)
    )
    scheduled.publish(user=editor)
    translate_object(original, [hu], user=editor)
    tr_original = Translation.objects.get(source__object_id=original.translation_key, target_locale=hu)
    translation = original.get_translation(hu).specific

    hu_original = factories.make_article(sections["hu"], "Magyar eredeti", topics=[topic_hu_original])
    translate_object(hu_original, [en], user=editor)
    tr_hu_original = Translation.objects.get(source__object_id=hu_original.translation_key, target_locale=en)
    tr_hu_original.save_target(user=editor, publish=False)
    live_translation = factories.publish(hu_original.get_translation(en).specific)

    draft_original = factories.make_article(sections["en"], "Unpublished story", live=False)

    aliased = factories.make_article(sections["en"], "Aliased story")
    alias = aliased.create_alias(parent=sections["hu"], update_locale=hu, reset_translation_key=False)
    alias = alias.specific

    in_moderation_source = factories.make_article(sections["en"], "Story in moderation")
    translate_object(in_moderation_source, [hu], user=editor)
    in_moderation = in_moderation_source.get_translation(hu).specific
    tr_in_moderation = Translation.objects.get(
        source__object_id=in_moderation_source.translation_key, target_locale=hu
    )
    workflow = in_moderation.get_workflow()
    workflow_state = workflow.start(in_moderation, translator)
    task_state = workflow_state.current_task_state

    locked = factories.make_article(sections["en"], "Locked story")
    type(locked).objects.filter(pk=locked.pk).update(locked=True, locked_by=editor, locked_at=timezone.now())
    locked.refresh_from_db()

    report = report_page(site["en"], "en")
    submission = FormSubmission.objects.create(
        page=report, form_data={"email": "reader@example.org", "message": "Private"}
    )

    branding_en = SiteBranding.objects.get(locale=en)
    branding_hu = SiteBranding.objects.get(locale=hu)
    # build_site copies the branding without wagtail-localize; make the Hungarian one its translation.
    source, _ = TranslationSource.get_or_create_from_instance(branding_en)
    tr_branding = Translation.objects.create(source=source, target_locale=hu)

    document = get_document_model().objects.create(
        title="Annual report", file=ContentFile(b"x", "report.txt")
    )
    for media in (image, document):  # Wagtail fills these in lazily, on an editor's first GET
        media.get_file_size()
        media.get_file_hash()
    untranslated_topic = factories.make_topic(en, "Weather", slug="weather")
    collection = Collection.get_first_root_node().add_child(name="Photo desk")
    uploaded = UploadedFile.objects.create(file=ContentFile(b"x", "upload.jpg"), uploaded_by_user=editor)
    redirect = Redirect.objects.create(old_path="/old-story", redirect_link="https://example.org/")
    query = Query.get("bridges")
    SearchPromotion.objects.create(query=query, page=original, sort_order=0)
    subscriber = Subscriber.objects.create(email="reader@example.org", language="en")
    settings = NewsroomSettings.load()
    string_segment = StringSegment.objects.filter(source=tr_original.source).first()
    overridable = OverridableSegment.objects.filter(source=tr_original.source).first()
    editing_session = EditingSession.objects.create(
        user=editor,
        content_type=original.content_type,
        object_id=str(original.pk),
        last_seen_at=timezone.now(),
    )

    pages = {
        "original": original,
        "translation": translation,
        "hu original": hu_original,
        "live translation": live_translation,
        "draft original": draft_original,
        "alias": alias,
        "in moderation": in_moderation,
        "locked": locked,
        "report": report,
        "section": sections["en"],
        "other section": factories.make_section(site["en"], "Sport"),
        "scheduled": scheduled_page,
        "home": site["en"],
    }
    return World(
        users=users,
        site=Site.objects.get(is_default_site=True),
        locales=loc,
        sections=sections,
        pages=pages,
        translations={
            "translation": tr_original,
            "live translation": tr_hu_original,
            "in moderation": tr_in_moderation,
            "branding": tr_branding,
            "author": Translation.objects.get(source__object_id=author_en.translation_key, target_locale=hu),
        },
        revisions={
            "first": first_revision,
            "draft": draft_revision,
            "scheduled": scheduled,
            "translation": translation.latest_revision,
        },
        snippets={
            "author original": author_en,
            "author translation": author_hu,
            "topic original": topic_en,
            "topic translation": topic_en_translation,
            "topic hu original": topic_hu_original,
            "topic untranslated": untranslated_topic,
            "branding original": branding_en,
            "branding translation": branding_hu,
            "subscriber": subscriber,
        },
        objects={
            "image": image,
            "document": document,
            "collection": collection,
            "uploaded": uploaded,
            "redirect": redirect,
            "query": query,
            "settings": settings,
            "submission": submission,
            "workflow": workflow,
            "workflow_state": workflow_state,
            "task_state": task_state,
            "task": GroupApprovalTask.objects.get(pk=task_state.task_id),
            "string_segment": string_segment,
            "overridable": overridable,
            "editing_session": editing_session,
            "group": Group.objects.get(name="Translators"),
            "editors": Group.objects.get(name="Editors"),
            "locale": Locale.objects.get(language_code="hu"),
        },
        forms={
            "original": editor_form_data(original, editor),
            "new article": editor_form_data(ArticlePage(locale=en), editor, parent=sections["en"]),
        },
    )


def editor_form_data(page, user, parent=None) -> dict:
    """The management fields of the page editor's form with nothing else: what an empty POST would be if
    it came from a browser (Wagtail answers a POST without them with a KeyError). The form is invalid
    (no title), so for a role allowed to use the editor it changes nothing."""
    form_class = type(page).get_edit_handler().get_form_class()
    form = form_class(instance=page, parent_page=parent or page.get_parent(), for_user=user)
    data = {}
    for formset in form.formsets.values():
        data.update(
            {formset.management_form.add_prefix(k): v for k, v in formset.management_form.initial.items()}
        )
        data[formset.management_form.add_prefix("TOTAL_FORMS")] = 0
        data[formset.management_form.add_prefix("INITIAL_FORMS")] = 0
    for name, form_field in form.fields.items():
        if isinstance(form_field, BlockField):
            data[f"{form.add_prefix(name)}-count"] = 0
    return data


# --- Which tables a request wrote to --------------------------------------------------------------------

# Written by merely using the admin: the session, the user's profile and preferences, editing sessions
# (Wagtail's "who else is editing" pings), and the login time.
BOOKKEEPING_TABLES = frozenset(
    {
        "django_session",
        "wagtailusers_userprofile",
        "wagtailadmin_editingsession",
        "wagtailcore_pagesubscription",  # an editor's comment notifications, made on opening the editor
        "home_portalrendition",  # image renditions: a cache of resized files
    }
)

_WRITES_SQL = (
    "SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_xact_user_tables "
    "WHERE n_tup_ins + n_tup_upd + n_tup_del > 0"
)


def table_writes() -> dict[str, int]:
    """Rows inserted, updated or deleted per table so far in this transaction (PostgreSQL keeps the count
    even for a rolled-back savepoint, so a write shows however the request ended)."""
    with connection.cursor() as cursor:
        cursor.execute(_WRITES_SQL)
        return dict(cursor.fetchall())


def tables_written(before: dict, after: dict) -> set[str]:
    return {table for table, count in after.items() if count != before.get(table, 0)} - BOOKKEEPING_TABLES


def is_shadowed(view: AdminView, url: str) -> str | None:
    """The URL name that answers `url` instead of `view` (a project view registered under the library's
    path), or None when `view` itself answers."""
    match = resolve(url)
    return None if match.func is view.pattern.callback else (match.view_name or match.route)


def plain_route_url(route: str) -> str:
    """The URL of a route without arguments (the unnamed patterns)."""
    return "/" + re.sub(r"[\^$]", "", route).replace(".*", "no-such-view")


# --- Filling the URLs --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One URL of a view: which objects fill its arguments, and what to POST.

    `kwargs` values are references into the World ("page:original", "tr:translation", see `World.ref`)
    or literals. `dangerous` marks a body that changes data for a role allowed to POST it; the matrix
    checks that it does for them and that it changes nothing for everybody else. `effect` names a
    `World` check for a change some allowed POSTers still must not cause (see the test's rules)."""

    variant: str = ""
    kwargs: dict = field(default_factory=dict)
    query: str = ""
    post: dict | str | None = None
    dangerous: bool = False
    put: dict | None = None  # also PUT this body (wagtail-localize's editor talks PUT)
    effect: str = ""


# Arguments whose meaning is the same wherever they appear.
DEFAULT_KWARGS = {
    "page_id": "page:original",
    "parent_page_id": "page:section",
    "page_to_move_id": "page:draft original",
    "destination_id": "page:other section",
    "revision_id": "rev:draft",
    "revision_id_a": "rev:first",
    "revision_id_b": "rev:draft",
    "task_state_id": "obj:task_state",
    "task_id": "obj:task",
    "workflow_state_id": "obj:workflow_state",
    "action_name": "approve",
    "content_type_app_name": "news",
    "content_type_model_name": "articlepage",
    "app_label": "news",
    "model_name": "articlepage",
    "collection_id": "obj:collection",
    "page_pk": 1,  # the root, where the moderation workflow is attached
    "workflow_pk": "obj:workflow",
    "object_id": "page:original",
    "session_id": "obj:editing_session",
    "section_key": "key:section",
    "language": "hu",
    "state": "missing",
    "translation_id": "tr:translation",
    "string_segment_id": "obj:string_segment",
    "overridable_segment_id": "obj:overridable",
    "translation_source_id": "src:translation",
    "image_id": "obj:image",
    "filter_spec": "original",
    "document_id": "obj:document",
    "doc_id": "obj:document",
    "uploaded_file_id": "obj:uploaded",
    "redirect_id": "obj:redirect",
    "query_id": "obj:query",
    "uidb64": "MQ",
    "token": "set-password",
}

# `pk` (and the model an URL names) by the family of views it belongs to.
FAMILY_KWARGS = [
    (r"^wagtailsnippet(s|choosers)_news_author:", {"pk": "snip:author original"}),
    (r"^wagtailsnippet(s|choosers)_news_topic:", {"pk": "snip:topic original"}),
    (r"^wagtailsnippet(s|choosers)_home_sitebranding:", {"pk": "snip:branding original"}),
    (r"^wagtailsnippet(s|choosers)_home_subscriber:", {"pk": "snip:subscriber"}),
    (r"^wagtaillocales:", {"pk": "obj:locale"}),
    (r"^wagtailsites:", {"pk": "site:default"}),
    (r"^wagtailusers_users:", {"pk": "user:translator"}),
    (r"^wagtailusers_groups:", {"pk": "obj:group"}),
    (r"^wagtailadmin_collections:", {"pk": "obj:collection"}),
    (r"^wagtailadmin_workflows:(edit|enable|disable|usage)", {"pk": "obj:workflow"}),
    (r"^wagtailadmin_workflows:.*task", {"pk": "obj:task", "app_label": "wagtailcore"}),
    (r"^wagtailadmin_workflows:add_task", {"model_name": "groupapprovaltask"}),
    (r"^wagtailsettings:", {"pk": "obj:settings", "app_name": "news", "model_name": "newsroomsettings"}),
    (r"^wagtailadmin_api:pages:", {"pk": "page:original"}),
    (r"^wagtailadmin_api:images:", {"pk": "obj:image"}),
    (r"^wagtailadmin_api:documents:", {"pk": "obj:document"}),
    (r"^wagtailadmin_pages:revisions_compare", {"pk": "page:original"}),
    (r"^wagtaildocs_chooser:", {"pk": "obj:document"}),
    (r"^wagtailimages_chooser:", {"pk": "obj:image"}),
    (r"snippets_api_", {"pk": "snip:author original", "model_name": "author"}),
    (r"^wagtailadmin_tag_model_autocomplete$", {"app_name": "taggit", "model_name": "tag"}),
    (r"^wagtailadmin_editing_sessions:", {"app_label": "wagtailcore", "model_name": "page"}),
    (r"^desk_submit_snippet$", {"model_name": "topic", "pk": "snip:topic untranslated"}),
]

NEW_TITLE = {"new_title": "Copied story", "new_slug": "copied-story", "new_parent_page": "page:section"}
PUBLISH = {"action": "publish", "confirm_incomplete": "1"}  # the desk asks before an unfinished one


def _snippet_cases(model, original, translation):
    return {
        "edit": [
            Case("original", {"pk": f"snip:{original}"}),
            Case("translation", {"pk": f"snip:{translation}"}, post=PUBLISH, dangerous=True),
        ],
        "delete": [Case("translation", {"pk": f"snip:{translation}"}, dangerous=True)],
    }


# The URLs whose default filling is not enough: several subjects, or the body that would change data.
CASES = {
    "wagtailadmin_api:pages:find": [Case("", query="id={page:original}")],
    "wagtailadmin_api:documents:find": [Case("", query="id={obj:document}")],
    "wagtailadmin_api:images:find": [Case("", query="id={obj:image}")],
    "wagtailadmin_pages:add": [Case("", post="form:new article")],
    "wagtailadmin_pages:edit": [
        Case("original", {"page_id": "page:original"}, post="form:original"),
        Case("translation", {"page_id": "page:translation"}, post=PUBLISH, dangerous=True),
        Case("live translation", {"page_id": "page:live translation"}, post=PUBLISH, dangerous=True),
    ],
    "wagtailadmin_pages:preview_on_edit": [
        Case("original"),
        Case("translation", {"page_id": "page:translation"}),
    ],
    "wagtailadmin_pages:view_draft": [Case("original"), Case("translation", {"page_id": "page:translation"})],
    "wagtailadmin_pages:delete": [
        Case("draft original", {"page_id": "page:draft original"}, dangerous=True),
        Case("draft translation", {"page_id": "page:translation"}, dangerous=True),
        Case("live original", {"page_id": "page:original"}, dangerous=True),
    ],
    "wagtailadmin_pages:unpublish": [
        Case("original", dangerous=True),
        Case("live translation", {"page_id": "page:live translation"}, dangerous=True),
    ],
    "wagtailadmin_pages:convert_alias": [Case("alias", {"page_id": "page:alias"}, dangerous=True)],
    "wagtailadmin_pages:move": [
        Case("draft original"),
        Case("draft translation", {"page_to_move_id": "page:translation"}),
    ],
    "wagtailadmin_pages:move_confirm": [
        Case("draft original", dangerous=True),
        Case("original", {"page_to_move_id": "page:original"}, dangerous=True),
    ],
    "wagtailadmin_pages:set_page_position": [
        Case("original", {"page_to_move_id": "page:original"}, query="position=2", dangerous=True)
    ],
    "wagtailadmin_pages:copy": [
        Case("original", post=NEW_TITLE, dangerous=True),
        Case("translation", {"page_id": "page:translation"}, post=NEW_TITLE, dangerous=True),
    ],
    "wagtailadmin_pages:workflow_action": [
        # The page in moderation is an unfinished translation: approving it asks for a confirmation first
        # (news.desk.review), which desk_confirm_approval's case gives and checks.
        Case("approve", {"page_id": "page:in moderation"}, post={"comment": ""}),
        Case(
            "reject",
            {"page_id": "page:in moderation", "action_name": "reject"},
            post={"comment": "No"},
            dangerous=True,
        ),
    ],  # fmt: skip
    "wagtailadmin_pages:collect_workflow_action_data": [Case("approve", {"page_id": "page:in moderation"})],
    "wagtailadmin_pages:confirm_workflow_cancellation": [Case("", {"page_id": "page:in moderation"})],
    "wagtailadmin_pages:workflow_preview": [Case("", {"page_id": "page:in moderation"})],
    "wagtailadmin_pages:workflow_history": [Case("", {"page_id": "page:in moderation"})],
    "wagtailadmin_pages:workflow_history_detail": [Case("", {"page_id": "page:in moderation"})],
    "wagtailadmin_pages:set_privacy": [
        Case("original", post={"restriction_type": "password", "password": "s3cret"}, dangerous=True),
        Case(
            "translation",
            {"page_id": "page:translation"},
            post={"restriction_type": "password", "password": "s3cret"},
            dangerous=True,
        ),
    ],  # fmt: skip
    "wagtailadmin_pages:lock": [
        Case("original", dangerous=True),
        Case("translation", {"page_id": "page:translation"}, dangerous=True),
    ],
    "wagtailadmin_pages:unlock": [Case("locked by an editor", {"page_id": "page:locked"}, dangerous=True)],
    "wagtailadmin_pages:revisions_revert": [
        Case("original", {"revision_id": "rev:first"}, post="form:original")
    ],
    "wagtailadmin_pages:revisions_unschedule": [
        Case("scheduled", {"page_id": "page:scheduled", "revision_id": "rev:scheduled"}, dangerous=True)
    ],
    "wagtailadmin_choose_page_external_link": [
        Case("", post={"external-link-chooser-url": "https://example.org/"})
    ],
    "wagtailadmin_pages:usage": [Case("original")],
    "wagtailforms:list_submissions": [Case("report", {"page_id": "page:report"})],
    "wagtailforms:list_submissions_results": [Case("report", {"page_id": "page:report"})],
    "wagtailforms:delete_submissions": [
        Case(
            "report",
            {"page_id": "page:report"},
            query="selected-submissions={obj:submission}",
            dangerous=True,
        )
    ],
    "wagtailadmin_collections:delete": [Case("", dangerous=True)],
    "wagtailadmin_collections:set_privacy": [
        Case("", post={"restriction_type": "password", "password": "s3cret"}, dangerous=True)
    ],
    "wagtailadmin_workflows:disable": [Case("", dangerous=True)],
    "wagtailadmin_workflows:disable_task": [Case("", dangerous=True)],
    "wagtailadmin_workflows:remove(page_pk)": [Case("", dangerous=True)],
    "wagtailadmin_workflows:remove(page_pk,workflow_pk)": [Case("", dangerous=True)],
    "wagtailimages:delete": [Case("", dangerous=True)],
    "wagtailimages:delete_multiple": [Case("", dangerous=True)],
    "wagtaildocs:delete": [Case("", dangerous=True)],
    "wagtaildocs:delete_multiple": [Case("", dangerous=True)],
    "wagtailredirects:delete": [Case("", dangerous=True)],
    "wagtailsearchpromotions:delete": [Case("", dangerous=True)],
    "wagtailsites:delete": [Case("", dangerous=True)],
    "wagtailusers_users:delete": [Case("", dangerous=True)],
    "wagtailusers_groups:delete": [Case("", dangerous=True)],
    "wagtailsnippets_home_subscriber:delete": [Case("", dangerous=True)],
    # The translation desk.
    "desk_submit_page": [
        Case(
            "draft original",
            {"page_id": "page:draft original"},
            post={"locales": ["locale:hu"]},
            dangerous=True,
        ),
    ],  # fmt: skip
    "desk_submit_snippet": [Case("topic original", post={"locales": ["locale:hu"]}, dangerous=True)],
    "desk_sync": [
        Case("translation", post={"publish_translations": "on"}, dangerous=True, effect="targets live"),
    ],
    "desk_edit_override": [Case("translation", put={"value": "https://example.hu/b"})],
    "desk_stop_translation": [
        Case("translation", dangerous=True),
        Case("author translation", {"translation_id": "tr:author"}, dangerous=True),
    ],
    "desk_to_alias": [Case("translation", {"page_id": "page:translation"}, dangerous=True)],
    "submit_translation_for_moderation": [
        Case("translation", post={"confirm_incomplete": "1"}, dangerous=True)
    ],
    "desk_assign": [
        Case("take", {"translation_id": "tr:translation"}, post={"take": "1"}, dangerous=True),
        Case(
            "assign",
            {"translation_id": "tr:translation"},
            post={"assignee": "", "due_date": ""},
            dangerous=True,
        ),
    ],
    "desk_confirm_drafts": [Case("translation", {"translation_id": "tr:translation"})],
    "desk_confirm_publish": [
        Case(
            "translation",
            {"translation_id": "tr:translation"},
            post={"confirm_incomplete": "1"},
            dangerous=True,
        )
    ],
    "desk_confirm_approval": [Case("in moderation", post={"confirm_incomplete": "1"}, dangerous=True)],
    "upload_pofile_checked": [Case("translation", post={"file": "pofile:translation"}, dangerous=True)],
    "wagtail_localize:edit_string_translation": [Case("translation", put={"value": "Eredeti cím"})],
    "wagtail_localize:machine_translate": [Case("translation", dangerous=True)],
    "wagtail_localize:download_pofile": [Case("translation")],
    # wagtail-localize's list of a snippet model's objects, for the translation editor (news.desk).
    **{
        f"desk_snippets_api_{view}": [
            Case("author"),
            Case("subscriber", {"app_label": "home", "model_name": "subscriber", "pk": "snip:subscriber"}),
        ]
        for view in ("listing", "detail")
    },
    # Snippets: an original and a wagtail-localize translation of each translatable one.
    **{
        f"wagtailsnippets_{model}:{view}": cases
        for model, original, translation in (
            ("news_author", "author original", "author translation"),
            ("news_topic", "topic original", "topic translation"),
            ("home_sitebranding", "branding original", "branding translation"),
        )
        for view, cases in _snippet_cases(model, original, translation).items()
    },
    # The dispatchers' families.
    "bulk:wagtailcore.page.publish": [Case("translation", query="id={page:translation}", dangerous=True)],
    "bulk:wagtailcore.page.unpublish": [
        Case("live translation", query="id={page:live translation}", dangerous=True)
    ],
    "bulk:wagtailcore.page.delete": [
        Case("draft original", query="id={page:draft original}", dangerous=True),
        Case("draft translation", query="id={page:translation}", dangerous=True),
    ],
    "bulk:wagtailcore.page.move": [
        Case(
            "draft original",
            query="id={page:draft original}",
            post={"chooser": "page:other section"},
            dangerous=True,
        ),
    ],  # fmt: skip
    "bulk:news.author.delete": [Case("translation", query="id={snip:author translation}", dangerous=True)],
    "bulk:news.topic.delete": [Case("translation", query="id={snip:topic translation}", dangerous=True)],
    "bulk:home.sitebranding.delete": [
        Case("translation", query="id={snip:branding translation}", dangerous=True)
    ],
    "bulk:home.subscriber.delete": [Case("", query="id={snip:subscriber}", dangerous=True)],
    "bulk:home.portalimage.delete": [Case("", query="id={obj:image}", dangerous=True)],
    "bulk:home.portalimage.add_tags": [
        Case("", query="id={obj:image}", post={"tags": "bridges"}, dangerous=True)
    ],
    "bulk:home.portalimage.add_to_collection": [
        Case("", query="id={obj:image}", post={"collection": "obj:collection"}, dangerous=True)
    ],
    "bulk:wagtaildocs.document.delete": [Case("", query="id={obj:document}", dangerous=True)],
    "bulk:wagtaildocs.document.add_tags": [
        Case("", query="id={obj:document}", post={"tags": "reports"}, dangerous=True)
    ],
    "bulk:wagtaildocs.document.add_to_collection": [
        Case("", query="id={obj:document}", post={"collection": "obj:collection"}, dangerous=True)
    ],
    "bulk:auth.user.delete": [Case("", query="id={user:translator}", dangerous=True)],
    "bulk:auth.user.set_active_state": [
        Case("", query="id={user:translator}", post={"mark_as_active": "False"}, dangerous=True)
    ],
    "bulk:auth.user.assign_role": [
        Case("", query="id={user:translator}", post={"role": "obj:editors"}, dangerous=True)
    ],
    "api-action:publish": [Case("translation", {"pk": "page:translation"}, dangerous=True)],
    "api-action:unpublish": [Case("live translation", {"pk": "page:live translation"}, dangerous=True)],
    "api-action:delete": [
        Case("draft original", {"pk": "page:draft original"}, dangerous=True),
        Case("draft translation", {"pk": "page:translation"}, dangerous=True),
    ],
    "api-action:move": [
        Case(
            "draft original",
            {"pk": "page:draft original"},
            post={"destination_page_id": "page:other section", "position": "last-child"},
            dangerous=True,
        ),
    ],  # fmt: skip
    "api-action:copy": [Case("original", post={"slug": "copied-story"}, dangerous=True)],
    "api-action:convert_alias": [Case("alias", {"pk": "page:alias"}, dangerous=True)],
    "api-action:copy_for_translation": [
        Case("draft original", {"pk": "page:draft original"}, post={"locale": "hu"}, dangerous=True)
    ],
    "api-action:create_alias": [
        Case(
            "original",
            post={"destination_page_id": "page:other section", "update_slug": "alias-story"},
            dangerous=True,
        ),
    ],  # fmt: skip
    "api-action:revert_to_page_revision": [
        Case("original", post={"revision_id": "rev:first"}, dangerous=True),
        Case(
            "translation", {"pk": "page:translation"}, post={"revision_id": "rev:translation"}, dangerous=True
        ),
    ],
}


def _fill(world: World, text: str) -> str:
    return re.sub(r"\{([^}]+)\}", lambda m: str(world.ref(m.group(1))), text)


def _body(world: World, body: dict | str | None) -> dict:
    if isinstance(body, str):  # "form:<name>", one of the World's editor form bodies
        return dict(world.forms[body.removeprefix("form:")])
    resolved = {}
    for name, value in (body or {}).items():
        resolved[name] = [world.ref(v) for v in value] if isinstance(value, list) else world.ref(value)
    return resolved


@dataclass(frozen=True)
class Request:
    view: AdminView
    case: Case
    url: str
    post: dict
    put: dict | None


def requests_for(view: AdminView, world: World) -> list[Request]:
    """The URLs of `view` filled with the world's objects, one per case."""
    built = []
    for case in CASES.get(view.key, [Case()]):
        if view.member and view.key.startswith("bulk:"):
            app_label, model_name, action = view.member.split(".")
            url = reverse("wagtail_bulk_action", args=[app_label, model_name, action])
        elif view.member:
            pk = world.ref(case.kwargs.get("pk", "page:original"))
            url = reverse("wagtailadmin_api:pages:action", kwargs={"pk": pk, "action_name": view.member})
        elif view.pattern.name is None:
            url = plain_route_url(view.route)
        else:
            family = {}
            for regex, values in FAMILY_KWARGS:
                if re.search(regex, view.key):
                    family = {**values, **family}
            kwargs = {}
            for name in _kwarg_names(view.pattern):
                kwargs[name] = world.ref(case.kwargs.get(name, family.get(name, DEFAULT_KWARGS.get(name))))
            url = reverse(view.key.split("(")[0], kwargs=kwargs)
        if case.query:
            url = f"{url}?{_fill(world, case.query)}"
        built.append(Request(view, case, url, _body(world, case.post), _body(world, case.put) or None))
    return built


def effect_happened(world: World, effect: str) -> bool:
    if effect == "targets live":
        page = world.pages["translation"]
        return type(page).objects.filter(pk=page.pk, live=True).exists()
    raise ValueError(effect)
