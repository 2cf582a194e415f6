"""Autosave without friction (issue 17): the editor's background saves, as Wagtail's JS sends them.

The JS posts the whole add or edit form with `Accept: application/json` and no action button: a draft
save with Wagtail's deferred validation. These tests post exactly that through the admin views.
"""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.models import ArticlePage
from tests import factories
from tests.news.test_admin import article_form

AUTOSAVE = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def editor(users):
    return users["editor"]


@pytest.fixture
def furniture(site):
    en = site["locales"]["en"]
    return {
        "author": factories.make_author(en, "Eszter Varga"),
        "topic": factories.make_topic(en, "Transport"),
        "image": factories.make_image("Tram"),
    }


def started_form(title, *, slug=None, body=None, author=None, standfirst=""):
    """What an add form holds a few seconds in: a headline, its slug, maybe an empty block, and the
    one byline form the editor shows from the start with no author chosen yet."""
    return nested_form_data(
        {
            "title": title,
            "slug": slug if slug is not None else slugify(title),
            "standfirst": standfirst,
            "hero_image": "",
            "hero_caption": "",
            "hero_alt": "",
            "body": streamfield(body or []),
            "article_authors": inline_formset(
                [{"id": "", "author": str(author.pk) if author else ""}], min=1
            ),
            "article_topics": inline_formset([]),
            "corrections": inline_formset([]),
            "related_pins": inline_formset([]),
            "related_excludes": inline_formset([]),
            "comments": inline_formset([]),
            "updated_at": "",
        }
    )


def _add_url(section):
    return reverse("wagtailadmin_pages:add", args=("news", "articlepage", section.pk))


EMPTY_BLOCKS = [
    ("paragraph", rich_text("")),
    ("image", {"image": "", "caption": "", "alt": ""}),
    ("heading", {"text": "", "level": "h2"}),
    ("embed", ""),
]


def test_autosave_of_a_new_article_with_no_byline_yet_and_empty_blocks_saves_a_draft(
    client, editor, sections
):
    client.force_login(editor)
    response = client.post(
        _add_url(sections["en"]), started_form("Bridge closes", body=EMPTY_BLOCKS), **AUTOSAVE
    )
    assert response.status_code == 200, response.content
    assert response.json()["success"]
    article = ArticlePage.objects.get(pk=response.json()["pk"])
    assert not article.live and article.slug == "bridge-closes"
    assert article.article_authors.count() == 0  # the empty byline form is not a byline

    # The open editor goes on autosaving to the edit view with the field updates it was given.
    data = started_form("Bridge closes tonight", body=EMPTY_BLOCKS, standfirst="From 22:00.")
    for name, value in response.json()["field_updates"].items():
        data[name] = value
    edit = client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data, **AUTOSAVE)
    assert edit.status_code == 200, edit.content
    assert edit.json()["success"]
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().standfirst == "From 22:00."


def test_publishing_still_requires_a_byline_and_a_standfirst(client, editor, sections):
    client.force_login(editor)
    data = started_form("Bridge closes", body=[("paragraph", rich_text("<p>Tonight.</p>"))])
    data["action-publish"] = "action-publish"
    response = client.post(_add_url(sections["en"]), data)
    assert response.status_code == 200
    assert not ArticlePage.objects.exists()
    page = response.content.decode()
    assert "This field is required" in page


def test_an_abandoned_autosaved_draft_does_not_block_the_same_headline(client, editor, sections, furniture):
    client.force_login(editor)
    first = client.post(_add_url(sections["en"]), started_form("Országgyűlés hídja"), **AUTOSAVE)
    assert first.json()["success"]
    assert ArticlePage.objects.get().slug == "orszaggyules-hidja"

    # The editor left; someone starts the same story again.
    second = client.post(_add_url(sections["en"]), started_form("Országgyűlés hídja"), **AUTOSAVE)
    assert second.status_code == 200, second.content
    answer = second.json()
    assert answer["success"]
    assert answer["field_updates"]["slug"] == "orszaggyules-hidja-2"  # the open editor shows it
    assert ArticlePage.objects.get(pk=answer["pk"]).slug == "orszaggyules-hidja-2"

    # ...and "Save draft" of a third one too, then publishing it under that address.
    data = article_form(title="Országgyűlés hídja", **furniture, **{"action-publish": "action-publish"})
    data["slug"] = "orszaggyules-hidja"
    assert client.post(_add_url(sections["en"]), data).status_code == 302
    published = ArticlePage.objects.get(live=True)
    assert published.slug == "orszaggyules-hidja-3"


def test_a_slug_a_published_article_holds_is_still_refused(client, editor, sections):
    article = factories.make_article(sections["en"], "Bridge")
    Page.objects.filter(pk=article.pk).update(slug="bridge-closes")
    client.force_login(editor)
    response = client.post(_add_url(sections["en"]), started_form("Bridge closes"), **AUTOSAVE)
    assert response.status_code == 400
    assert ArticlePage.objects.count() == 1


def test_slugs_are_ascii_by_default_and_an_editor_may_type_another(client, editor, sections):
    article = ArticlePage(title="Országgyűlés hídja", standfirst="x", body=[], locale=sections["hu"].locale)
    sections["hu"].add_child(instance=article)
    assert article.slug == "orszaggyules-hidja"  # Wagtail's own slug from the title, on the server

    client.force_login(editor)
    page = client.get(_add_url(sections["hu"])).content.decode()
    # The editor's slug field (Wagtail's w-slug controller) transliterates the same way: without the
    # allow-unicode attribute, its default (tests/e2e/test_editor_browser.py types one in Chromium).
    assert 'name="slug" data-controller="w-slug"' in page
    assert "data-w-slug-allow-unicode-value" not in page

    response = client.post(_add_url(sections["hu"]), started_form("Híd", slug="a-híd"), **AUTOSAVE)
    assert response.json()["success"]
    assert ArticlePage.objects.get(pk=response.json()["pk"]).slug == "a-híd"


def test_existing_pages_keep_their_slugs(client, editor, sections, furniture):
    article = factories.make_article(sections["hu"], "Régi cikk", authors=[furniture["author"]])
    Page.objects.filter(pk=article.pk).update(slug="régi-cikk")
    client.force_login(editor)
    data = article_form(title="Régi cikk, frissítve", **furniture, **{"action-publish": "action-publish"})
    data["slug"] = "régi-cikk"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.slug == "régi-cikk" and article.title == "Régi cikk, frissítve"


def test_prune_abandoned_drafts_removes_only_empty_old_never_published_ones(
    client, editor, sections, furniture
):
    client.force_login(editor)
    empty = client.post(_add_url(sections["en"]), started_form("Left behind"), **AUTOSAVE).json()["pk"]
    written = client.post(
        _add_url(sections["en"]), started_form("Half written", standfirst="Two lines in."), **AUTOSAVE
    ).json()["pk"]
    fresh = client.post(_add_url(sections["en"]), started_form("Just now"), **AUTOSAVE).json()["pk"]
    live = factories.make_article(sections["en"], "Published", authors=[furniture["author"]])
    old = timezone.now() - timedelta(days=10)
    Page.objects.filter(pk__in=[empty, written, live.pk]).update(latest_revision_created_at=old)

    call_command("prune_abandoned_drafts", "--dry-run")
    assert ArticlePage.objects.filter(pk=empty).exists()
    call_command("prune_abandoned_drafts")
    remaining = set(ArticlePage.objects.values_list("pk", flat=True))
    assert empty not in remaining
    assert {written, fresh, live.pk} <= remaining


def test_a_translator_cannot_autosave_a_new_article(client, sections, django_user_model):
    """Autosave is the add view: a role that may not add pages under the section creates nothing."""
    from django.contrib.auth.models import Group

    translator = django_user_model.objects.create_user("anna", "anna@example.org", "pw")
    translator.groups.add(Group.objects.get(name="Translators"))
    client.force_login(translator)
    response = client.post(_add_url(sections["en"]), started_form("Not mine"), **AUTOSAVE)
    assert response.status_code in (302, 403)
    assert not ArticlePage.objects.exists()


def test_a_translator_cannot_autosave_over_an_original(client, sections, django_user_model, furniture):
    from django.contrib.auth.models import Group

    article = factories.make_article(sections["en"], "Original", authors=[furniture["author"]])
    revisions = article.revisions.count()
    translator = django_user_model.objects.create_user("anna", "anna@example.org", "pw")
    translator.groups.add(Group.objects.get(name="Translators"))
    client.force_login(translator)
    data = started_form("Rewritten", slug=article.slug, author=furniture["author"], standfirst="No.")
    response = client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data, **AUTOSAVE)
    assert response.status_code in (302, 403)
    assert article.revisions.count() == revisions
