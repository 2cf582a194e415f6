"""Translators' work through the real admin views, in both directions, and what readers then see."""

from urllib.parse import urlencode

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from news.desk.coverage import coverage_summary
from news.desk.status import NEEDS_UPDATE
from news.models import ArticlePage
from tests import factories


def submit_for_translation(client, page, locale):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302, response.content[:500]
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def translate_segment(client, translation, source_text, text):
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(url, urlencode({"value": text}), content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201), response.content
    return segment


@pytest.fixture
def publish_translation(client, django_capture_on_commit_callbacks):
    """Publish from the translation editor; wagtail-localize publishes on commit, so run those callbacks."""

    def publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
            response = client.post(edit, {"action": "publish", "confirm_incomplete": "1"})  # knowingly
        assert response.status_code == 302
        page.refresh_from_db()
        return page

    return publish


@pytest.mark.parametrize(("source_language", "target_language"), [("en", "hu"), ("hu", "en")])
def test_translation_end_to_end_in_both_directions(
    client, sections, users, source_language, target_language, publish_translation
):
    locales = {code: sections[code].locale for code in ("en", "hu")}
    original = factories.make_article(
        sections[source_language], "Source headline", standfirst="Source standfirst.",
        body=[factories.paragraph("Source paragraph.")],
    )  # fmt: skip
    client.force_login(users["editor"])
    translation = submit_for_translation(client, original, locales[target_language])

    draft = original.get_translation(locales[target_language])
    assert not draft.live, "a new translation starts as a draft"
    assert client.get(draft.url or "/nope/").status_code == 404

    translate_segment(
        client, translation, "Source headline", "Célcím" if target_language == "hu" else "Target headline"
    )
    translate_segment(
        client, translation, "Source standfirst.", "Cél lead." if target_language == "hu" else "Lead."
    )
    translate_segment(
        client, translation, "Source paragraph.", "Cél bekezdés." if target_language == "hu" else "Para."
    )
    published = publish_translation(draft).specific
    assert published.live
    assert published.title in ("Célcím", "Target headline")
    assert published.get_parent().pk == sections[target_language].pk

    html = client.get(published.url).content.decode()
    note = "Fordítás angolból" if target_language == "hu" else "Translated from Hungarian"
    assert note in html


def test_sync_after_source_change_keeps_finished_segments(client, sections, users, publish_translation):
    hu = sections["hu"].locale
    original = factories.make_article(
        sections["en"], "Headline", body=[factories.paragraph("First paragraph.")]
    )
    client.force_login(users["editor"])
    translation = submit_for_translation(client, original, hu)
    translate_segment(client, translation, "Headline", "Főcím")
    translate_segment(client, translation, "First paragraph.", "Első bekezdés.")
    target = publish_translation(original.get_translation(hu))

    # The editor adds a paragraph to the original and republishes it.
    original.body.append(("paragraph", RichText("<p>Second paragraph.</p>")))
    factories.publish(original)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[target.pk]))
    assert "The original has been updated since this translation was last synced." in edit.content.decode()
    [cell] = [c for row in coverage_summary() for c in row.cells if c.language == "hu"]
    assert cell.counts[NEEDS_UPDATE] == 1
    assert "Az eredeti cikk azóta frissült." in client.get(target.url).content.decode()

    sync = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    assert client.post(sync, {}).status_code == 302
    translation.refresh_from_db()
    texts = dict(StringTranslation.objects.filter(locale=hu).values_list("translation_of__data", "data"))
    assert texts["Headline"] == "Főcím" and texts["First paragraph."] == "Első bekezdés."
    new_segment = StringSegment.objects.get(source=translation.source, string__data="Second paragraph.")
    assert not StringTranslation.objects.filter(translation_of=new_segment.string, locale=hu).exists()
    [cell] = [c for row in coverage_summary() for c in row.cells if c.language == "hu"]
    assert cell.counts[NEEDS_UPDATE] == 1, "synced text waits in a draft"


def test_po_export_import_round_trip(client, sections, users, publish_translation):
    hu = sections["hu"].locale
    original = factories.make_article(
        sections["en"], "Exported headline", body=[factories.paragraph("A sentence.")]
    )
    client.force_login(users["editor"])
    translation = submit_for_translation(client, original, hu)

    exported = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert exported.status_code == 200
    po = polib.pofile(exported.content.decode())
    for entry in po:
        entry.msgstr = {"Exported headline": "Exportált főcím", "A sentence.": "Egy mondat."}.get(
            entry.msgid, ""
        )
    upload = SimpleUploadedFile("hu.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    target = publish_translation(original.get_translation(hu))
    assert target.title == "Exportált főcím"
    assert "Egy mondat." in client.get(target.url).content.decode()


@pytest.mark.parametrize("content", [b"not a po file \x00\xff", b'msgid ""\nmsgstr ""\n', b""])
def test_bad_po_upload_gets_a_message_not_a_500(client, sections, users, content):
    original = factories.make_article(sections["en"], "Headline")
    client.force_login(users["editor"])
    translation = submit_for_translation(client, original, sections["hu"].locale)
    upload = SimpleUploadedFile("bad.po", content)
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload, "next": "/admin/"},
        follow=True,
    )  # fmt: skip
    assert response.status_code == 200
    assert "PO file" in response.content.decode()
    assert not StringTranslation.objects.exists()


def test_machine_translation_fills_a_draft_offline(client, sections, users):
    hu = sections["hu"].locale
    original = factories.make_article(
        sections["en"], "New tram in Budapest", body=[factories.paragraph("The city and the river.")]
    )
    client.force_login(users["editor"])
    translation = submit_for_translation(client, original, hu)
    client.force_login(users["translator"])
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[original.get_translation(hu).pk]))
    assert "Offline glossary" in edit.content.decode(), "the offline translator is labelled as such"

    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/"}
    )
    assert response.status_code == 302
    machine = StringTranslation.objects.filter(locale=hu, translation_type="machine")
    texts = dict(machine.values_list("translation_of__data", "data"))
    assert texts["New tram in Budapest"] == "Új villamos -ban Budapest"
    assert "város" in texts["The city and the river."]
    assert not original.get_translation(hu).live  # still a draft for the translator to fix


def test_translator_translates_and_submits_but_cannot_touch_originals(client, sections, users):
    hu = sections["hu"].locale
    original = factories.make_article(sections["en"], "Original headline")
    client.force_login(users["editor"])
    translation = submit_for_translation(client, original, hu)
    target = original.get_translation(hu)

    client.force_login(users["translator"])
    # Wagtail answers a permission denial in the admin with a redirect and a message.
    denied = client.get(reverse("wagtailadmin_pages:edit", args=[original.pk]), follow=True)
    assert "do not have permission" in denied.content.decode()
    assert (
        client.post(reverse("wagtailadmin_pages:edit", args=[original.pk]), {"title": "x"}).status_code == 302
    )
    original.refresh_from_db()
    assert original.title == "Original headline"
    add = reverse("wagtailadmin_pages:add", args=("news", "articlepage", sections["en"].pk))
    assert client.get(add).status_code == 302
    assert client.get(reverse("wagtailadmin_pages:edit", args=[target.pk])).status_code == 200
    translate_segment(client, translation, "Original headline", "Eredeti főcím")
    response = client.post(reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"})
    assert response.status_code == 302  # denied: translators do not publish
    target.refresh_from_db()
    assert not target.live

    submit = reverse("submit_translation_for_moderation", args=[translation.pk])
    assert client.get(submit).status_code == 200
    assert client.post(submit, {"confirm_incomplete": "1"}).status_code == 302
    state = WorkflowState.objects.get(object_id=str(target.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(users["moderator"])
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=(target.pk, "approve", state.current_task_state.pk)
    )
    # The body is still untranslated: the moderator confirms that on the desk's page (news.desk.review).
    assert client.post(approve, {"comment": ""})["Location"].startswith("/admin/desk/approve/")
    client.post(
        reverse("desk_confirm_approval", args=[state.current_task_state.pk]), {"confirm_incomplete": "1"}
    )
    target.refresh_from_db()
    assert target.live and target.title == "Eredeti főcím"


def test_switcher_and_hreflang_never_point_at_missing_or_unpublished_pages(client, sections, users):
    hu = sections["hu"].locale
    both = factories.make_article(sections["en"], "In both languages")
    hu_version = factories.translate(both, hu, title="Mindkét nyelven", slug="mindket-nyelven")
    drafted = factories.make_article(sections["en"], "Translation still a draft")
    draft_copy = drafted.copy_for_translation(hu, copy_parents=False)
    draft_copy.live = False
    draft_copy.save()

    html = client.get(both.url).content.decode()
    assert f'<a href="{hu_version.url}" hreflang="hu"' in html
    assert f'<link rel="alternate" hreflang="hu" href="http://localhost{hu_version.url}">' in html
    assert f'<link rel="alternate" hreflang="en" href="http://localhost{both.url}">' in html
    assert f'<link rel="alternate" hreflang="x-default" href="http://localhost{both.url}">' in html
    hu_html = client.get(hu_version.url).content.decode()  # reciprocal
    assert f'<link rel="alternate" hreflang="en" href="http://localhost{both.url}">' in hu_html
    assert f'<link rel="alternate" hreflang="hu" href="http://localhost{hu_version.url}">' in hu_html

    html = client.get(drafted.url).content.decode()
    assert f'<a href="{sections["hu"].url}" hreflang="hu"' in html
    assert f"/hu/budapest/{draft_copy.slug}/" not in html  # the unpublished Hungarian copy
    assert "not available in Hungarian" in html
    assert 'hreflang="x-default"' not in html
    assert client.get(sections["hu"].url).status_code == 200


def test_snippets_are_translatable(client, sections, users):
    en, hu = sections["en"].locale, sections["hu"].locale
    topic = factories.make_topic(en, "Public transport", slug="public-transport")
    client.force_login(users["editor"])
    url = reverse("wagtail_localize:submit_snippet_translation", args=["news", "topic", topic.pk])
    assert client.post(url, {"locales": [hu.pk]}).status_code == 302
    hu_topic = topic.get_translation(hu)
    assert hu_topic.translation_key == topic.translation_key
    assert Translation.objects.filter(source__object_id=topic.translation_key, target_locale=hu).exists()


@pytest.mark.parametrize("language", ["en", "hu"])
def test_editors_publish_directly_in_either_language(client, sections, users, language):
    from tests.news.test_admin import article_form

    locale = sections[language].locale
    furniture = {
        "author": factories.make_author(locale, "Eszter Varga"),
        "topic": factories.make_topic(locale, "Tram"),
        "image": factories.make_image(),
    }
    client.force_login(users["editor"])
    data = article_form(title="Direct publish", **furniture, **{"action-publish": "action-publish"})
    data["body-count"] = "1"  # keep only the paragraph (no embed lookups needed)
    url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", sections[language].pk))
    assert client.post(url, data).status_code == 302
    assert ArticlePage.objects.get(slug="direct-publish", locale=locale).live
