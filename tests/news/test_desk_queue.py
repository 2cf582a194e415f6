"""The desk's day through the admin views, in both directions: assignment and notice, the translator's queue,
honest status after a Sync, no silent fallback on submit or approval, and the moderator's marked preview."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from news.desk.queue import queue_for
from news.desk.status import LIVE, NEEDS_UPDATE, progress, targets_and_states
from tests import factories
from tests.news.test_translation_workflow import submit_for_translation, translate_segment

DIRECTIONS = [("en", "hu"), ("hu", "en")]


def send_for_translation(client, page, locale, **extra):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = client.post(url, {"locales": [locale.pk], **extra})
    assert response.status_code == 302, response.content[:800]
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def translate_everything(client, translation, prefix="T: "):
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        translate_segment(client, translation, segment.string.data, prefix + segment.string.data)


def state_of(translation):
    return targets_and_states([Translation.objects.select_related("source").get(pk=translation.pk)])[
        translation.pk
    ].state


@pytest.fixture
def second_translator(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("other", "other@example.org", "pw")
    user.groups.add(Group.objects.get(name="Translators"))
    return user


@pytest.mark.parametrize(("source_language", "target_language"), DIRECTIONS)
def test_an_assigned_translation_reaches_its_translator(
    client,
    sections,
    users,
    second_translator,
    source_language,
    target_language,
    django_capture_on_commit_callbacks,
):
    target_locale = sections[target_language].locale
    original = factories.make_article(
        sections[source_language], "Bridge closed", body=[factories.paragraph("Traffic is diverted today.")]
    )
    client.force_login(users["editor"])
    form = client.get(reverse("wagtail_localize:submit_page_translation", args=[original.pk]))
    assert 'name="assignee"' in form.content.decode() and 'name="due_date"' in form.content.decode()
    due = timezone.localdate() + datetime.timedelta(days=2)
    with django_capture_on_commit_callbacks(execute=True):
        translation = send_for_translation(
            client, original, target_locale, assignee=users["translator"].pk, due_date=due.isoformat()
        )
    assert translation.desk_assignment.assignee == users["translator"]
    assert translation.desk_assignment.due_date == due
    [message] = mail.outbox
    assert message.to == ["translator@example.org"] and "Bridge closed" in message.subject
    target = original.get_translation(target_locale)
    assert f"/admin/pages/{target.pk}/edit/" in message.body

    [item] = queue_for(users["translator"])
    assert item.translation == translation and item.state == "in_progress"
    assert item.progress.untranslated == item.progress.segments >= 2 and item.progress.words >= 6
    assert item.due_date == due
    assert queue_for(second_translator) == [], "somebody else's assignment is not in their queue"

    client.force_login(users["translator"])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-desk-panel" in dashboard and "Bridge closed" in dashboard
    page = client.get(reverse("desk_queue")).content.decode()
    assert f'data-translation="{translation.pk}"' in page and 'data-state="in_progress"' in page


def test_past_due_dates_are_refused_with_a_message(client, sections, users):
    original = factories.make_article(sections["en"], "Late")
    client.force_login(users["editor"])
    url = reverse("wagtail_localize:submit_page_translation", args=[original.pk])
    response = client.post(url, {"locales": [sections["hu"].locale.pk], "due_date": "2001-01-01"})
    assert response.status_code == 200 and "cannot be in the past" in response.content.decode()
    assert not Translation.objects.exists()


def test_translators_take_desk_work_but_do_not_assign(client, sections, users, second_translator):
    original = factories.make_article(sections["en"], "Open to the desk")
    client.force_login(users["editor"])
    translation = send_for_translation(client, original, sections["hu"].locale)
    assert [item.translation for item in queue_for(second_translator)] == [translation]

    client.force_login(users["translator"])
    assign = reverse("desk_assign", args=[translation.pk])
    client.post(assign, {"assignee": second_translator.pk})  # refused (Wagtail redirects with a message)
    assert translation.desk_assignment.assignee is None
    assert client.post(assign, {"take": "1"}).status_code == 302
    translation.desk_assignment.refresh_from_db()
    assert translation.desk_assignment.assignee == users["translator"]

    client.force_login(second_translator)
    client.post(assign, {"take": "1"})
    translation.desk_assignment.refresh_from_db()
    assert translation.desk_assignment.assignee == users["translator"], "nobody takes another's work"
    assert queue_for(second_translator) == []

    client.logout()
    assert client.post(assign, {"take": "1"}).status_code == 302  # to the login page
    assert client.get(reverse("desk_queue")).status_code == 302


@pytest.mark.parametrize(("source_language", "target_language"), DIRECTIONS)
def test_a_sync_alone_does_not_make_a_translation_current(
    client, sections, users, source_language, target_language, django_capture_on_commit_callbacks
):
    target_locale = sections[target_language].locale
    original = factories.make_article(
        sections[source_language], "Budget", body=[factories.paragraph("First paragraph.")]
    )
    client.force_login(users["editor"])
    translation = submit_for_translation(client, original, target_locale)
    translate_everything(client, translation)
    target = original.get_translation(target_locale)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"})
    assert state_of(translation) == LIVE
    assert "data-translation-outdated" not in reader_page(client, target).content.decode()

    original.body.append(("paragraph", RichText("<p>Second paragraph.</p>")))
    factories.publish(original)
    assert state_of(translation) == NEEDS_UPDATE

    sync = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    assert client.post(sync, {}).status_code == 302
    assert state_of(translation) == NEEDS_UPDATE, "the new text is only in a draft"
    html = reader_page(client, target).content.decode()
    assert "data-translation-outdated" in html, "readers are still told the original changed"
    client.force_login(users["translator"])
    assert [item.state for item in queue_for(users["translator"])] == [NEEDS_UPDATE]

    client.force_login(users["editor"])
    translate_segment(client, translation, "Second paragraph.", "T: Second paragraph.")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"})
    assert state_of(translation) == LIVE
    assert "data-translation-outdated" not in reader_page(client, target).content.decode()


def reader_page(client, page):
    page.refresh_from_db()
    response = client.get(page.url)
    assert response.status_code == 200
    return response


def submit(client, translation, **data):
    return client.post(reverse("submit_translation_for_moderation", args=[translation.pk]), data)


@pytest.mark.parametrize(("source_language", "target_language"), DIRECTIONS)
def test_unfinished_translations_need_a_confirmation_to_submit_and_to_approve(
    client, sections, users, source_language, target_language, django_capture_on_commit_callbacks
):
    target_locale = sections[target_language].locale
    original = factories.make_article(
        sections[source_language],
        "Storm warning",
        body=[factories.paragraph("Strong winds expected tonight.")],
    )
    client.force_login(users["editor"])
    translation = submit_for_translation(client, original, target_locale)
    target = original.get_translation(target_locale)

    client.force_login(users["translator"])
    translate_segment(client, translation, "Storm warning", "Viharjelzés")
    warned = submit(client, translation)
    assert warned.status_code == 200
    body = warned.content.decode()
    assert "data-desk-incomplete" in body and "not translated" in body
    assert not WorkflowState.objects.filter(object_id=str(target.pk)).exists(), "nothing submitted yet"
    assert submit(client, translation, confirm_incomplete="1").status_code == 302
    state = WorkflowState.objects.get(object_id=str(target.pk), status=WorkflowState.STATUS_IN_PROGRESS)

    client.force_login(users["moderator"])
    preview = target.specific.get_latest_revision_as_object().make_preview_request()
    html = preview.content.decode()
    assert "data-desk-preview-note" in html
    assert (
        f'<mark lang="{source_language}" data-desk-untranslated>Strong winds expected tonight.</mark>' in html
    )

    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=(target.pk, "approve", state.current_task_state.pk)
    )
    response = client.post(approve, {"comment": ""})
    confirm = reverse("desk_confirm_approval", args=[state.current_task_state.pk])
    assert response.status_code == 302 and response["Location"] == confirm
    target.refresh_from_db()
    assert not target.live, "not approved without a confirmation"
    page = client.get(confirm).content.decode()
    assert "Strong winds expected tonight." in page and "data-desk-incomplete" in page
    assert client.post(confirm, {}).status_code == 200  # no box ticked: asked again
    target.refresh_from_db()
    assert not target.live
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(confirm, {"confirm_incomplete": "1"}).status_code == 302
    target.refresh_from_db()
    assert target.live

    client.force_login(users["translator"])
    assert client.get(confirm).status_code in (302, 403)


def test_a_finished_translation_is_approved_without_questions(
    client, sections, users, django_capture_on_commit_callbacks
):
    original = factories.make_article(
        sections["hu"], "Kész", body=[factories.paragraph("Minden lefordítva.")]
    )
    client.force_login(users["editor"])
    translation = submit_for_translation(client, original, sections["en"].locale)
    target = original.get_translation(sections["en"].locale)
    client.force_login(users["translator"])
    translate_everything(client, translation)
    assert submit(client, translation).status_code == 302
    state = WorkflowState.objects.get(object_id=str(target.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    client.force_login(users["moderator"])
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=(target.pk, "approve", state.current_task_state.pk)
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(approve, {"comment": ""})
    target.refresh_from_db()
    assert target.live


def test_machine_drafts_count_until_a_person_confirms_them(client, sections, users):
    original = factories.make_article(
        sections["en"], "New tram in Budapest", body=[factories.paragraph("The city and the river.")]
    )
    client.force_login(users["editor"])
    translation = submit_for_translation(client, original, sections["hu"].locale)
    client.force_login(users["translator"])
    client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/"})
    counts = progress([translation])[translation.pk]
    assert counts.untranslated == 0 and counts.machine_unreviewed == counts.segments > 0
    assert submit(client, translation).status_code == 200, "unreviewed machine drafts warn too"
    target = original.get_translation(sections["hu"].locale)
    editor = reverse("wagtailadmin_pages:edit", args=[target.pk])
    assert "data-desk-confirm-drafts" in client.get(editor).content.decode(), "the editor's bar offers it"

    confirm = reverse("desk_confirm_drafts", args=[translation.pk])
    assert client.post(confirm).status_code == 302
    assert progress([translation])[translation.pk].machine_unreviewed == 0
    assert "data-desk-confirm-drafts" not in client.get(editor).content.decode()
    confirmed = StringTranslation.objects.filter(
        translation_type="manual", last_translated_by=users["translator"]
    )
    assert confirmed.count() == counts.segments
    assert submit(client, translation).status_code == 302


def test_publishing_an_unfinished_translation_from_the_editor_asks_first(
    client, sections, users, django_capture_on_commit_callbacks
):
    """The translation editor's "Publish" (moderators and editors have it) used to skip the question."""
    original = factories.make_article(sections["en"], "Flood", body=[factories.paragraph("Water rising.")])
    client.force_login(users["editor"])
    translation = submit_for_translation(client, original, sections["hu"].locale)
    target = original.get_translation(sections["hu"].locale)
    translate_segment(client, translation, "Flood", "Árvíz")
    response = client.post(reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"})
    confirm = reverse("desk_confirm_publish", args=[translation.pk])
    assert response.status_code == 302 and response["Location"] == confirm
    target.refresh_from_db()
    assert not target.live
    page = client.get(confirm).content.decode()
    assert "Water rising." in page and "data-desk-incomplete" in page
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(confirm, {"confirm_incomplete": "1"}).status_code == 302
    target.refresh_from_db()
    assert target.live and target.title == "Árvíz"

    client.force_login(users["translator"])
    assert client.post(confirm, {"confirm_incomplete": "1"}).status_code in (302, 403)


def test_the_preview_marks_machine_drafts_and_says_nothing_false_about_the_original(client, sections, users):
    original = factories.make_article(
        sections["en"], "New tram in Budapest", body=[factories.paragraph("The city and the river.")]
    )
    client.force_login(users["editor"])
    translation = submit_for_translation(client, original, sections["hu"].locale)
    client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/"})
    target = original.get_translation(sections["hu"].locale)
    translation.save_target(user=users["editor"], publish=False)
    target.refresh_from_db()
    html = target.specific.get_latest_revision_as_object().make_preview_request().content.decode()
    assert "data-desk-machine" in html and "machine draft" in html
    assert "data-translation-outdated" not in html, "a draft is not behind its original"
