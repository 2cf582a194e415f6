"""The translation desk's forbidden paths (issue: "no role can corrupt or bypass it"), each through the
admin views as the role would take it. Every test here failed on the code before news.desk, except
`test_a_new_snippet_is_still_created_in_the_target_language`, which checks the fix blocks no more
than it should."""

import json
import re
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ValidationError
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import WorkflowState
from wagtail_localize.models import OverridableSegment, SegmentOverride, StringSegment, Translation

from home.models import ReportPage
from home.reports import send_report_task
from news.desk.translating import translate_object
from news.models import ArticlePage, Author, Topic
from tests import factories
from tests.news.test_translation_workflow import submit_for_translation, translate_segment


def _translated_pair(sections, users):
    """An English original with a Hungarian draft translation, the translator's segment filled in."""
    hu = sections["hu"].locale
    original = factories.make_article(sections["en"], "Bridge reopens", standfirst="After two years.")
    translation = translate_object_for(original, hu, users["editor"])
    return original, translation, original.get_translation(hu)


def translate_object_for(instance, locale, user):
    translate_object(instance, [locale], user=user)
    return Translation.objects.get(source__object_id=instance.translation_key, target_locale=locale)


def test_a_reverse_translation_never_rewrites_the_target_languages_originals(client, sections, users):
    """A Hungarian original translated into English leaves the English author and topic as they were."""
    en, hu = sections["en"].locale, sections["hu"].locale
    author_en = Author.objects.create(locale=en, name="Eszter Varga", role="Economics editor", bio="Writes.")
    topic_en = Topic.objects.create(locale=en, name="Transport", slug="transport")
    for original in (author_en, topic_en):  # the Hungarian ones are translations of the English ones
        translate_object_for(original, hu, users["editor"])
    author_hu = Author.objects.get(translation_key=author_en.translation_key, locale=hu)
    Author.objects.filter(pk=author_hu.pk).update(role="Gazdasági rovatvezető", bio="Ír.")
    topic_hu = Topic.objects.get(translation_key=topic_en.translation_key, locale=hu)
    Topic.objects.filter(pk=topic_hu.pk).update(name="Közlekedés", slug="kozlekedes")
    article_hu = factories.make_article(
        sections["hu"], "Új híd Csepelen", authors=[author_hu], topics=[Topic.objects.get(pk=topic_hu.pk)]
    )

    client.force_login(users["editor"])
    submit_for_translation(client, article_hu, en)  # the page's Translate action, into English

    author_en.refresh_from_db()
    topic_en.refresh_from_db()
    assert (author_en.role, author_en.bio) == ("Economics editor", "Writes.")
    assert (topic_en.name, topic_en.slug) == ("Transport", "transport")
    assert not Translation.objects.filter(
        source__object_id=author_en.translation_key, target_locale=en
    ).exists()
    # The English translation of the article carries the English byline and topic.
    article_en = ArticlePage.objects.get(translation_key=article_hu.translation_key, locale=en)
    assert [link.author_id for link in article_en.article_authors.all()] == [author_en.pk]


def test_a_new_snippet_is_still_created_in_the_target_language(client, sections, users):
    """Where the byline has no version in the target language yet, the translation creates one."""
    en, hu = sections["en"].locale, sections["hu"].locale
    author_hu = Author.objects.create(locale=hu, name="Kiss Péter", role="Tudósító")
    article_hu = factories.make_article(sections["hu"], "Tüntetés a Kossuth téren", authors=[author_hu])
    client.force_login(users["editor"])
    submit_for_translation(client, article_hu, en)
    assert Author.objects.filter(translation_key=author_hu.translation_key, locale=en).exists()


def test_a_translator_syncs_but_never_publishes(client, sections, users, django_capture_on_commit_callbacks):
    original, translation, target = _translated_pair(sections, users)
    translator = users["translator"]
    client.force_login(translator)
    url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    page = client.get(url)
    assert page.status_code == 200
    assert b"publish_translations" not in page.content, "no Publish immediately for a translator"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"publish_translations": "on"})  # forged
    assert response.status_code == 302
    target.refresh_from_db()
    assert not target.live and target.live_revision_id is None

    client.force_login(users["editor"])
    assert b"publish_translations" in client.get(url).content, "editors may still sync and publish"


@pytest.mark.parametrize("action", ["stop", "alias"])
def test_a_translator_can_neither_stop_a_translation_nor_make_it_an_alias(client, sections, users, action):
    original, translation, target = _translated_pair(sections, users)
    factories.publish(target)
    client.force_login(users["translator"])
    url = (
        reverse("wagtail_localize:stop_translation", args=[translation.pk])
        if action == "stop"
        else reverse("wagtail_localize:convert_to_alias", args=[target.pk])
    )
    refused = client.post(url)  # Wagtail's admin answers PermissionDenied with a redirect home and a message
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
    translation.refresh_from_db()
    target.refresh_from_db()
    assert translation.enabled and target.alias_of_id is None
    # Nor are they offered: the page editor's menu and the translation editor's props.
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[target.pk]))
    props = json.loads(
        re.search(rb'data-props="([^"]*)"', editor_page.content).group(1).decode().replace("&quot;", '"')
    )
    assert props["links"]["convertToAliasUrl"] is None
    assert props["perms"]["canPublish"] is False and props["perms"]["canDelete"] is False
    assert b'button[data-w-action-url-value$="/disable/"]' in editor_page.content  # the stop button hidden

    client.force_login(users["editor"])
    client.post(url)
    target.refresh_from_db()
    still = Translation.objects.filter(pk=translation.pk, enabled=True).exists()
    assert not still or target.alias_of_id is not None, "editors may still do it"


def test_a_translator_cannot_publish_a_snippet_translation_from_the_editor(client, sections, users):
    en, hu = sections["en"].locale, sections["hu"].locale
    author_en = Author.objects.create(locale=en, name="Eszter Varga", role="Economics editor")
    translate_object_for(author_en, hu, users["editor"])
    author_hu = Author.objects.get(translation_key=author_en.translation_key, locale=hu)
    client.force_login(users["translator"])
    url = reverse("wagtailsnippets_news_author:edit", args=[author_hu.pk])
    translate_object_for(author_en, hu, users["editor"])
    role_before = Author.objects.get(pk=author_hu.pk).role
    refused = client.post(url, {"action": "publish"})
    assert refused.status_code in (302, 403) and refused.get("Location", "") != url
    assert Author.objects.get(pk=author_hu.pk).role == role_before


def _report_page(home, to_address):
    page = ReportPage(
        title="Report", slug="report", locale=home.locale, to_address=to_address,
        from_address="newsroom@budapestpost.example", subject="A reader's report",
    )  # fmt: skip
    home.add_child(instance=page)
    return factories.publish(page)


def test_where_reports_go_is_no_translation_segment(site, users):
    form_en = _report_page(site["en"], "corrections@budapestpost.example")
    translation = translate_object_for(form_en, site["locales"]["hu"], users["editor"])
    segments = set(
        StringSegment.objects.filter(source=translation.source).values_list("string__data", flat=True)
    )
    assert "corrections@budapestpost.example" not in segments
    assert "A reader's report" not in segments
    assert "Report" in segments  # the title still is
    # Nor an overridable value (the translation editor's "Edit" on a synchronised field): an outside trial
    # redirected the Hungarian form's reports to a translator's own mailbox that way.
    overridable = set(
        OverridableSegment.objects.filter(source=translation.source).values_list("context__path", flat=True)
    )
    assert not overridable & {"to_address", "from_address", "subject"}, overridable


def test_report_recipients_outside_the_newsroom_are_refused_and_never_mailed(site):
    form = _report_page(site["en"], "corrections@budapestpost.example")
    form.to_address = "corrections@budapestpost.example, leak@elsewhere.example"
    with pytest.raises(ValidationError) as error:
        form.full_clean()
    assert "leak@elsewhere.example" in str(error.value)
    # A row written around the form (an old revision, a script) is still not mailed outside.
    ReportPage.objects.filter(pk=form.pk).update(to_address="leak@elsewhere.example")
    submission = FormSubmission.objects.create(page=form, form_data={"message": "confidential"})
    assert send_report_task.apply(args=[submission.pk]).get() is False
    assert mail.outbox == []


def test_only_editors_get_the_recipient_fields(client, site, users, django_user_model):
    """Translators translate in wagtail-localize's editor, where recipients are no segment; anybody else
    who may edit pages but is not an editor does not get the fields in the page editor either."""
    from django.contrib.auth.models import Permission
    from wagtail.models import GroupPagePermission, Page

    form = _report_page(site["en"], "corrections@budapestpost.example")
    client.force_login(users["editor"])
    assert b'name="to_address"' in client.get(reverse("wagtailadmin_pages:edit", args=[form.pk])).content
    writers = Group.objects.create(name="Writers")
    writers.permissions.add(
        *Group.objects.get(name="Editors").permissions.exclude(codename="change_report_recipients")
    )
    GroupPagePermission.objects.create(
        group=writers,
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(codename="change_page"),
    )
    writer = django_user_model.objects.create_user("writer", "writer@example.org", "pw")
    writer.groups.add(writers)
    client.force_login(writer)
    page = client.get(reverse("wagtailadmin_pages:edit", args=[form.pk]))
    assert page.status_code == 200
    assert b'name="to_address"' not in page.content and b'name="from_address"' not in page.content


def test_request_changes_then_resubmit_without_a_500_and_the_comment_is_shown(client, sections, users):
    original, translation, target = _translated_pair(sections, users)
    client.force_login(users["translator"])
    translate_segment(client, translation, "Bridge reopens", "Újra nyitva a híd")
    submit = reverse("submit_translation_for_moderation", args=[translation.pk])
    assert client.post(submit, {"confirm_incomplete": "1"}).status_code == 302
    state = WorkflowState.objects.get(object_id=str(target.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, users["moderator"], "reject", comment="Fix the standfirst")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES

    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[target.pk]))
    assert b"Fix the standfirst" in editor_page.content, (
        "the moderator's comment is in the translation editor"
    )

    response = client.post(submit, {"confirm_incomplete": "1"})  # resubmit
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert WorkflowState.objects.filter(object_id=str(target.pk)).count() == 1


HOSTILE_LINKS = [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "jav\tascript:alert(1)",
    "&#106;avascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
]


def _link_override(client, sections, users):
    original = factories.make_article(
        sections["en"],
        "Budget passed",
        body=[factories.paragraph('Read <a href="https://example.org/b">it</a>.')],
    )
    translation = translate_object_for(original, sections["hu"].locale, users["editor"])
    segment = OverridableSegment.objects.get(source=translation.source, data_json='"https://example.org/b"')
    return translation, segment, reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])


def _put(client, url, value, encoding):
    if encoding == "multipart":  # what the translation editor sends (an outside trial got through this way)
        body = encode_multipart(BOUNDARY, {"value": value})
        return client.put(url, body, content_type=MULTIPART_CONTENT)
    if encoding == "json":
        return client.put(url, json.dumps({"value": value}), content_type="application/json")
    return client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")


@pytest.mark.parametrize("encoding", ["urlencoded", "multipart", "json"])
@pytest.mark.parametrize("value", HOSTILE_LINKS)
def test_a_translator_cannot_save_a_script_link(client, sections, users, value, encoding):
    translation, segment, url = _link_override(client, sections, users)
    client.force_login(users["translator"])
    response = _put(client, url, value, encoding)
    assert response.status_code == 400
    assert not SegmentOverride.objects.filter(context=segment.context).exists()


@pytest.mark.parametrize("encoding", ["urlencoded", "multipart"])
def test_a_translator_can_still_override_a_link_with_a_web_address(client, sections, users, encoding):
    translation, segment, url = _link_override(client, sections, users)
    client.force_login(users["translator"])
    response = _put(client, url, "https://example.hu/b", encoding)
    assert response.status_code in (200, 201)
    assert SegmentOverride.objects.get(context=segment.context).data == "https://example.hu/b"


@pytest.mark.parametrize("value", HOSTILE_LINKS)
def test_a_script_link_already_stored_is_dropped_when_rendered(client, admin_client, sections, value):
    """Wherever it came from (an old row, a raw write), it reaches neither readers nor the admin preview."""
    href = value.replace('"', "&quot;")
    article = factories.make_article(
        sections["en"],
        "Link test",
        body=[factories.paragraph(f'<a href="{href}">bad</a> and <a href="https://example.org/">good</a>')],
        corrections=[(timezone.now(), f'<a href="{href}">fix</a>')],
    )
    for response in (
        client.get(article.url),
        admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[article.pk])),
    ):
        page = response.content.decode().lower()
        assert response.status_code == 200
        for scheme in ("javascript:", "vbscript:", "data:text/html", "&#106;avascript"):
            assert scheme not in page
        assert 'href="https://example.org/"' in page and ">bad</a>" in page
