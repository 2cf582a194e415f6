"""Reporters, editors, editors-in-chief, moderators (issue 17, "a reporter role"), through the admin views.

A reporter writes and submits but never publishes, by any path; one workflow sends a reporter's original
to the editors and a translation to the moderators; the site's own settings belong to the editors-in-chief.
"""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, TaskState, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import rich_text

from home.models import SiteBranding
from news.desk.review import TranslationReviewTask
from news.models import ArticlePage, NewsroomSettings
from tests import factories
from tests.news.test_admin import article_form
from tests.news.test_desk_queue import submit, translate_everything
from tests.news.test_translation_workflow import submit_for_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(django_user_model):
    def make(name, *groups):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
        user.groups.add(*Group.objects.filter(name__in=groups))
        assert user.groups.count() == len(groups), "the migrations made every group"
        return user

    return {
        "reporter": make("reporter", "Reporters"),
        "editor": make("editor", "Editors"),
        "chief": make("chief", "Editors-in-chief"),
        "moderator": make("moderator", "Moderators"),
        "translator": make("translator", "Translators"),
    }


@pytest.fixture
def furniture(site):
    en = site["locales"]["en"]
    return {
        "author": factories.make_author(en, "Eszter Varga"),
        "topic": factories.make_topic(en, "Transport"),
        "image": factories.make_image("Tram"),
    }


def _state(page):
    return WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )


def _awaiting_review(client, user):
    """The dashboard's "Awaiting your review" panel (empty when the dashboard shows none)."""
    client.force_login(user)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    start = page.find('id="awaiting-review')
    return "" if start < 0 else page[start : page.find("</table>", start)]


def _reporters_story(client, staff, sections, furniture, embed):
    """A reporter writes an article in the admin: the "Publish" button of the form saves a draft only."""
    client.force_login(staff["reporter"])
    add = reverse("wagtailadmin_pages:add", args=("news", "articlepage", sections["en"].pk))
    page = client.get(add).content.decode()
    assert 'name="action-publish"' not in page and 'name="action-submit"' in page
    data = article_form(title="Tram line opens", **furniture, **{"action-publish": "action-publish"})
    response = client.post(add, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    article = ArticlePage.objects.get(slug="tram-line-opens")
    assert not article.live and article.owner == staff["reporter"]
    return article


def test_a_reporter_writes_and_submits_and_never_publishes(
    client, staff, sections, furniture, embed, django_capture_on_commit_callbacks
):
    article = _reporters_story(client, staff, sections, furniture, embed)
    edit = reverse("wagtailadmin_pages:edit", args=[article.pk])
    data = article_form(title="Tram line opens", **furniture)
    data["slug"] = article.slug

    # The editor's Publish and a schedule: saved as a draft, nothing live, nothing scheduled.
    editor_page = client.get(edit).content.decode()
    assert 'name="action-publish"' not in editor_page
    client.post(edit, {**data, "action-publish": "action-publish", "go_live_at": "2030-01-01 07:22"})
    article.refresh_from_db()
    assert not article.live and not article.revisions.filter(approved_go_live_at__isnull=False).exists()

    # Bulk publish leaves out what the user may not publish; the admin API's publish is refused.
    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    client.post(f"{bulk}?id={article.pk}", {})
    api = reverse("wagtailadmin_api:pages:action", kwargs={"pk": article.pk, "action_name": "publish"})
    assert client.post(api, {}).status_code == 403
    # Reverting to a revision and publishing it, copying with a published copy.
    revision = article.latest_revision
    revert = reverse("wagtailadmin_pages:revisions_revert", args=[article.pk, revision.pk])
    client.post(revert, {**data, "action-publish": "action-publish"})
    copy = reverse("wagtailadmin_pages:copy", args=[article.pk])
    copy_data = {"new_title": "Copy", "new_slug": "copy", "new_parent_page": sections["en"].pk}
    response = client.post(copy, {**copy_data, "publish_copies": "on"})
    assert response.status_code in (302, 403)
    article.refresh_from_db()
    assert not article.live and not ArticlePage.objects.filter(live=True, title__in=["Copy", article.title])

    # Submitted: in the newsroom's review, at the editors.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit, {**data, "action-submit": "action-submit"}).status_code == 302
    state = _state(article)
    assert isinstance(state.current_task_state.task.specific, TranslationReviewTask)
    assert {m.to[0] for m in mail.outbox} >= {"editor@example.org", "chief@example.org"}
    assert "moderator@example.org" not in {m.to[0] for m in mail.outbox}, "originals go to the editors"

    # While it waits the reporter cannot approve their own story.
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=(article.pk, "approve", state.current_task_state.pk)
    )
    client.post(approve, {"comment": ""})
    article.refresh_from_db()
    assert not article.live


def test_a_reporter_never_unpublishes_deletes_or_locks_a_live_story(client, staff, sections):
    live = factories.make_article(sections["en"], "Live story")
    client.force_login(staff["reporter"])
    assert client.get(reverse("wagtailadmin_pages:edit", args=[live.pk])).status_code == 200
    for name in ("unpublish", "delete", "lock"):
        response = client.post(reverse(f"wagtailadmin_pages:{name}", args=[live.pk]))
        assert response.status_code in (302, 403), name
    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])
    client.post(f"{bulk}?id={live.pk}", {})
    for action in ("unpublish", "delete"):
        api = reverse("wagtailadmin_api:pages:action", kwargs={"pk": live.pk, "action_name": action})
        assert client.post(api, {}).status_code == 403
    live = ArticlePage.objects.get(pk=live.pk)
    assert live.live and not live.locked


def test_a_reporter_writes_articles_not_sections_or_home_pages(client, staff, site, sections):
    client.force_login(staff["reporter"])
    refused = []
    for page in (site["en"], sections["en"]):
        refused.append(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    refused.append(client.get(reverse("wagtailadmin_pages:add", args=("news", "sectionpage", site["en"].pk))))
    for response in refused:  # Wagtail answers a refusal with the dashboard and a message
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_an_editor_approves_a_reporters_story_a_moderator_does_not(
    client, staff, sections, furniture, embed, django_capture_on_commit_callbacks
):
    article = _reporters_story(client, staff, sections, furniture, embed)
    data = article_form(title="Tram line opens", **furniture, **{"action-submit": "action-submit"})
    data["slug"] = article.slug
    client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)
    state = _state(article)
    task_state = state.current_task_state
    assert "Tram line opens" in _awaiting_review(client, staff["editor"])
    assert "Tram line opens" in _awaiting_review(client, staff["chief"])
    assert "Tram line opens" not in _awaiting_review(client, staff["moderator"])

    approve = reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", task_state.pk))
    client.force_login(staff["moderator"])
    client.post(approve, {"comment": ""})
    article.refresh_from_db()
    assert not article.live, "a moderator reviews translations, not originals"

    client.force_login(staff["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(approve, {"comment": "Good to go"}).status_code in (200, 302)
    article.refresh_from_db()
    assert article.live
    assert TaskState.objects.get(pk=task_state.pk).finished_by == staff["editor"]


def test_a_translation_goes_to_the_moderators_not_the_editors(
    client, staff, sections, django_capture_on_commit_callbacks
):
    body = [factories.paragraph("Minden lefordítva.")]
    original = factories.make_article(sections["hu"], "Kész", body=body)
    client.force_login(staff["editor"])
    translation = submit_for_translation(client, original, sections["en"].locale)
    target = original.get_translation(sections["en"].locale)
    client.force_login(staff["translator"])
    translate_everything(client, translation)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert submit(client, translation).status_code == 302
    recipients = {m.to[0] for m in mail.outbox}
    assert "moderator@example.org" in recipients and "editor@example.org" not in recipients
    task_state = _state(target).current_task_state

    for role in ("editor", "chief"):
        assert "T: Kész" not in _awaiting_review(client, staff[role]), role
    assert "T: Kész" in _awaiting_review(client, staff["moderator"])
    assert not TaskState.objects.reviewable_by(staff["editor"]).filter(pk=task_state.pk).exists()
    assert TaskState.objects.reviewable_by(staff["moderator"]).filter(pk=task_state.pk).exists()

    approve = reverse("wagtailadmin_pages:workflow_action", args=(target.pk, "approve", task_state.pk))
    client.force_login(staff["editor"])
    client.post(approve, {"comment": ""})
    client.post(reverse("desk_confirm_approval", args=[task_state.pk]), {"confirm_incomplete": "1"})
    target.refresh_from_db()
    assert not target.live, "editors who are not moderators do not approve translations"

    client.force_login(staff["moderator"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(approve, {"comment": ""})
    target.refresh_from_db()
    assert target.live


@pytest.fixture
def owned(site, sections):
    Redirect.objects.create(old_path="/old-story", redirect_link="https://example.org/")
    query = Query.get("bridges")
    SearchPromotion.objects.create(query=query, page=factories.make_article(sections["en"], "Bridges"))
    settings = NewsroomSettings.load()
    branding = SiteBranding.objects.get(locale=site["locales"]["en"])
    return {
        "branding": (
            reverse("wagtailsnippets_home_sitebranding:edit", args=[branding.pk]),
            {
                "tagline": "Changed",
                "footer_text": rich_text(""),
                "ai_disclaimer": rich_text(""),
                "newsletter_pitch": "",
            },  # fmt: skip
            lambda: SiteBranding.objects.get(pk=branding.pk).tagline == "Changed",
        ),
        "redirect": (
            reverse("wagtailredirects:add"),
            {"old_path": "/gone", "site": "", "is_permanent": "on", "redirect_link": "https://example.org/x"},
            lambda: Redirect.objects.filter(old_path="/gone").exists(),
        ),
        "promotion": (
            reverse("wagtailsearchpromotions:delete", args=[query.pk]),
            {},
            lambda: not SearchPromotion.objects.filter(query=query).exists(),
        ),
        "settings": (
            reverse("wagtailsettings:edit", args=["news", "newsroomsettings", settings.pk]),
            {"related_count": "5", "related_max_age_hours": "24"},
            lambda: NewsroomSettings.load().related_count == 5,
        ),
    }


@pytest.mark.parametrize("what", ["branding", "redirect", "promotion", "settings"])
def test_the_site_belongs_to_the_editors_in_chief(client, staff, owned, what):
    url, data, changed = owned[what]
    for role in ("editor", "reporter", "moderator", "translator"):
        client.force_login(staff[role])
        assert client.get(url).status_code in (302, 403), (what, role)
        assert client.post(url, data).status_code in (302, 403), (what, role)
        assert changed is None or not changed(), (what, role)
    client.force_login(staff["chief"])
    assert client.get(url).status_code == 200
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert changed is None or changed()


def test_the_roles_as_the_migration_made_them():
    reporters = Group.objects.get(name="Reporters")
    page_grants = set(reporters.page_permissions.values_list("permission__codename", flat=True))
    assert page_grants == {"add_page", "change_page"}
    editors, chiefs = Group.objects.get(name="Editors"), Group.objects.get(name="Editors-in-chief")
    assert not editors.permissions.filter(codename__in=["change_sitebranding", "add_sitebranding"]).exists()
    assert chiefs.permissions.filter(codename="change_sitebranding").exists()
    assert set(editors.permissions.all()) <= set(chiefs.permissions.all())
    task = TranslationReviewTask.objects.get()
    assert task.name == "Newsroom review"
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]
    assert WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow.name == "Newsroom review"
