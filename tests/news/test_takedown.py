"""Issue 17: taking a story down in every language (news.desk.takedown). Unpublishing or deleting an original
in the admin (its confirm screens, the bulk actions, the admin API) offers to take its translations down in
the same action; every language version then leaves readers' pages, the front cache, search, feeds,
sitemaps, other articles' related blocks and the listen audio, and the history says so."""

import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from django.utils import translation as django_translation
from wagtail.documents import get_document_model
from wagtail.models import GroupPagePermission, Page, PageLogEntry
from wagtail.users.models import UserProfile

from news.audio.serving import readings_collection
from news.desk.takedown import LOG_ACTION
from news.models import ArticleAudio, RelatedArticle
from search.models import SearchDocument
from tests import factories

pytestmark = pytest.mark.django_db

DIRECTIONS = [("en", "hu"), ("hu", "en")]
WAV = b"RIFF" + bytes(range(256)) * 8


@pytest.fixture
def purged(settings, monkeypatch):
    """Every URL sent to the front cache (its network part recorded, as in tests/frontcache/)."""
    sent = set()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "portal.caching.frontcache.VarnishBackend", "LOCATION": "http://127.0.0.1:9"}
    }

    def send(urls, prefixes=()):
        sent.update(urls)
        return {"sent": len(urls)}

    monkeypatch.setattr("portal.caching.frontcache.send", send)
    return sent


def _reading(article):
    document = get_document_model()(title=f"reading {article.pk}", collection=readings_collection())
    document.file.save(f"reading-{article.pk}.wav", ContentFile(WAV), save=False)
    document.save()
    ArticleAudio.objects.create(
        article=article, document=document, text_hash="x", duration=6.0, generated_at=timezone.now()
    )
    return f"/listen/{article.pk}/{document.pk}.wav"


@pytest.fixture
def story(request, site, sections, django_capture_on_commit_callbacks):
    """An original with a wagtail-localize translation, each shown in another article's related block of its
    language, each with a reading; the pipeline has run (search rows, caches)."""
    source, target = getattr(request, "param", ("en", "hu"))
    with django_capture_on_commit_callbacks(execute=True):
        original = factories.make_article(sections[source], "The bridge closes")
        translated = factories.synced_translation(original, sections[target].locale)
        showing = {
            language: factories.make_article(sections[language], f"Traffic news {language}")
            for language in (source, target)
        }
    translated = Page.objects.get(pk=translated.pk).specific  # published on commit, above
    assert translated.live
    for language, page in ((source, original), (target, translated)):
        RelatedArticle.objects.filter(article=showing[language]).delete()
        RelatedArticle.objects.create(article=showing[language], related=page, rank=0, score=1.0)
    return {
        "original": original,
        "translation": translated,
        "showing": showing,
        "source": source,
        "target": target,
        "readings": {original.pk: _reading(original), translated.pk: _reading(translated)},
    }


def _versions(story):
    return [story["original"], story["translation"]]


def _feed(client, language):
    with django_translation.override(language):
        return client.get(reverse("feed")).content.decode()


def _assert_gone_everywhere(client, story, page, language, purged):
    url = page.get_full_url()
    assert client.get(page.url).status_code == 404, f"{language} version still served"
    assert url in purged, f"{language} version not purged"
    assert not SearchDocument.objects.filter(page_id=page.pk).exists(), f"{language} still in search"
    assert url not in _feed(client, language)
    assert url not in client.get(reverse("news_sitemap", args=[language])).content.decode()
    assert url not in client.get(reverse("sitemap_pages")).content.decode()
    assert not RelatedArticle.objects.filter(related_id=page.pk).exists()
    showing = story["showing"][language]
    assert page.url not in client.get(showing.url).content.decode(), "still in another article's block"
    assert client.get(story["readings"][page.pk]).status_code == 404, f"{language} reading still served"


def _assert_live(client, story, page, language):
    assert client.get(page.url).status_code == 200
    assert SearchDocument.objects.filter(page_id=page.pk).exists()
    assert page.get_full_url() in _feed(client, language)
    assert client.get(story["readings"][page.pk]).status_code == 200


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("chief", "chief@example.org", "pw")


@pytest.fixture
def english_desk_editor(django_user_model, site):
    """An editor whose page permissions reach the English tree only."""
    group = Group.objects.create(name="English desk")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page", "delete_page"):
        GroupPagePermission.objects.create(
            group=group, page=site["en"], permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("desk-en", "desk-en@example.org", "pw")
    user.groups.add(group)
    return user


def test_the_story_is_live_in_both_languages_before(client, story):
    for page, language in zip(_versions(story), (story["source"], story["target"]), strict=True):
        _assert_live(client, story, page, language)
        assert RelatedArticle.objects.filter(related=page).exists()


@pytest.mark.parametrize("story", DIRECTIONS, indirect=True)
@pytest.mark.parametrize("role", ["editor", "superuser"])
def test_unpublishing_an_original_takes_its_translation_down_when_ticked(
    client, story, users, superuser, role, purged, django_capture_on_commit_callbacks
):
    original, translated = story["original"], story["translation"]
    client.force_login(superuser if role == "superuser" else users["editor"])
    url = reverse("wagtailadmin_pages:unpublish", args=[original.pk])

    screen = client.get(url).content.decode()
    assert 'name="take_down_translations" value="1" checked' in screen, "offered, ticked by default"
    assert translated.get_admin_display_title() in screen and translated.locale.get_display_name() in screen

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"take_down_translations": "1"})
    assert response.status_code == 302
    client.logout()
    _assert_gone_everywhere(client, story, original, story["source"], purged)
    _assert_gone_everywhere(client, story, translated, story["target"], purged)

    # Wagtail's entry per page, and the story's on the original, shown in its history.
    for page in _versions(story):
        assert PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.unpublish").count() == 1
    entry = PageLogEntry.objects.get(page_id=original.pk, action=LOG_ACTION)
    assert entry.data["locales"] == [story["target"]] and entry.data["pages"] == [translated.pk]
    client.force_login(superuser)
    history = client.get(reverse("wagtailadmin_pages:history", args=[original.pk])).content.decode()
    assert f"Taken down with its translations: {story['target']}" in history


@pytest.mark.parametrize("story", DIRECTIONS, indirect=True)
def test_unticked_the_translation_stays_live(client, story, users, django_capture_on_commit_callbacks):
    client.force_login(users["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:unpublish", args=[story["original"].pk]), {})
    client.logout()
    assert client.get(story["original"].url).status_code == 404
    _assert_live(client, story, story["translation"], story["target"])
    assert not PageLogEntry.objects.filter(action=LOG_ACTION).exists()


@pytest.mark.parametrize("story", DIRECTIONS, indirect=True)
@pytest.mark.parametrize("role", ["editor", "superuser"])
def test_deleting_an_original_deletes_its_translation_when_ticked(
    client, story, users, superuser, role, purged, django_capture_on_commit_callbacks
):
    original, translated = story["original"], story["translation"]
    urls = {page.pk: page.url for page in _versions(story)}
    client.force_login(superuser if role == "superuser" else users["editor"])
    url = reverse("wagtailadmin_pages:delete", args=[original.pk])
    screen = client.get(url).content.decode()
    assert 'name="take_down_translations" value="1" checked' in screen
    assert translated.get_admin_display_title() in screen

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"take_down_translations": "1"}).status_code == 302
    assert not Page.objects.filter(pk__in=urls).exists()
    client.logout()
    for page, language in zip(_versions(story), (story["source"], story["target"]), strict=True):
        _assert_gone_everywhere(client, story, page, language, purged)
        assert PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.delete").count() == 1
    entry = PageLogEntry.objects.get(page_id=original.pk, action=LOG_ACTION)
    assert entry.data == {"action": "delete", "locales": [story["target"]], "pages": [translated.pk]}


def test_deleting_unticked_keeps_the_translation(client, story, users, django_capture_on_commit_callbacks):
    client.force_login(users["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:delete", args=[story["original"].pk]), {})
    client.logout()
    assert not Page.objects.filter(pk=story["original"].pk).exists()
    _assert_live(client, story, story["translation"], story["target"])


def test_a_translation_goes_down_alone_and_offers_nothing(client, story, users):
    client.force_login(users["editor"])
    url = reverse("wagtailadmin_pages:unpublish", args=[story["translation"].pk])
    assert "take_down_translations" not in client.get(url).content.decode()
    client.post(url, {"take_down_translations": "1"})
    client.logout()
    assert client.get(story["original"].url).status_code == 200


def test_a_translator_is_refused_both_views(client, story, users):
    client.force_login(users["translator"])
    for name in ("wagtailadmin_pages:unpublish", "wagtailadmin_pages:delete"):
        for page in _versions(story):
            url = reverse(name, args=[page.pk])
            assert client.get(url).status_code in (302, 403)
            assert client.post(url, {"take_down_translations": "1"}).status_code in (302, 403)
    client.logout()
    for page in _versions(story):
        assert client.get(page.url).status_code == 200
    assert Page.objects.filter(pk=story["original"].pk).exists()


@pytest.mark.parametrize("name", ["wagtailadmin_pages:unpublish", "wagtailadmin_pages:delete"])
def test_an_editor_without_rights_on_the_translation_is_told_and_nothing_changes(
    client, story, english_desk_editor, name
):
    client.force_login(english_desk_editor)
    url = reverse(name, args=[story["original"].pk])
    screen = client.get(url).content.decode()
    assert "You may not take this translation down." in screen

    response = client.post(url, {"take_down_translations": "1"}, follow=True)
    assert "You may not take down these translations" in response.content.decode()
    assert story["translation"].get_admin_display_title() in response.content.decode()
    client.logout()
    for page in _versions(story):
        assert client.get(page.url).status_code == 200, "refused before anything changed"


def _bulk(action, pages):
    ids = "&".join(f"id={page.pk}" for page in pages)
    return reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + f"?{ids}&next=/admin/"


@pytest.mark.parametrize("action", ["unpublish", "delete"])
def test_bulk_actions_take_translations_down(
    client, story, users, purged, action, django_capture_on_commit_callbacks
):
    client.force_login(users["editor"])
    url = _bulk(action, [story["original"]])
    screen = client.get(url).content.decode()
    assert 'name="take_down_translations" value="1" checked' in screen
    assert story["translation"].get_admin_display_title() in screen

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"take_down_translations": "1"}).status_code == 302
    client.logout()
    for page, language in zip(_versions(story), (story["source"], story["target"]), strict=True):
        _assert_gone_everywhere(client, story, page, language, purged)
    assert PageLogEntry.objects.filter(page_id=story["original"].pk, action=LOG_ACTION).count() == 1


def test_bulk_unpublish_unticked_and_refused(client, story, users, english_desk_editor):
    client.force_login(english_desk_editor)
    url = _bulk("unpublish", [story["original"]])
    response = client.post(url, {"take_down_translations": "1"}, follow=True)
    assert "You may not take down these translations" in response.content.decode()
    assert client.get(story["original"].url).status_code == 200

    client.force_login(users["editor"])
    client.post(url, {})
    client.logout()
    assert client.get(story["original"].url).status_code == 404
    assert client.get(story["translation"].url).status_code == 200


@pytest.mark.parametrize("action", ["unpublish", "delete"])
def test_admin_api_takes_translations_down_on_request(
    client, story, users, english_desk_editor, action, django_capture_on_commit_callbacks
):
    url = reverse("wagtailadmin_api:pages:action", args=[story["original"].pk, action])
    ask = json.dumps({"take_down_translations": True})

    client.force_login(english_desk_editor)
    refused = client.post(url, ask, content_type="application/json")
    assert refused.status_code == 403 and "You may not take down" in refused.json()["detail"]
    assert client.get(story["original"].url).status_code == 200

    client.force_login(users["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, ask, content_type="application/json").status_code in (200, 204)
    client.logout()
    for page in _versions(story):
        assert client.get(page.url).status_code == 404
    assert PageLogEntry.objects.filter(page_id=story["original"].pk, action=LOG_ACTION).exists()


def test_a_hungarian_editor_reads_the_box_and_the_history_in_hungarian(
    client, story, users, django_capture_on_commit_callbacks
):
    editor = users["editor"]
    UserProfile.get_for_user(editor)
    UserProfile.objects.filter(user=editor).update(preferred_language="hu")
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:unpublish", args=[story["original"].pk])
    assert "A fordításai közzétételét is vonja vissza" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"take_down_translations": "1"})
    history = client.get(reverse("wagtailadmin_pages:history", args=[story["original"].pk])).content.decode()
    assert "Fordításaival együtt levéve: hu" in history
