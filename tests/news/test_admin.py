"""Editors work through the real Wagtail admin: create, edit, preview, schedule, moderate."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.models import ArticlePage
from tests import factories


def _list(items):
    return {
        **{
            str(i): {"value": value, "id": "", "deleted": "", "order": str(i)}
            for i, value in enumerate(items)
        },
        "count": str(len(items)),
    }


def article_form(*, title, author, topic, image, **extra):
    """POST data for the article editor with every block type in the body."""
    body = streamfield(
        [
            ("paragraph", rich_text("<p>The <b>first</b> tram ran at dawn.</p>")),
            ("heading", {"text": "What changes", "level": "h2"}),
            ("quote", {"quote": "A good day for the city.", "attribution": "The mayor"}),
            ("pull_quote", {"text": "Every four minutes."}),
            ("image", {"image": str(image.pk), "caption": "On the bridge", "alt": "A yellow tram"}),
            ("embed", "https://www.youtube.com/watch?v=test-video"),
            ("fact_box", {"title": "Key facts", "items": _list(["12 stops", "4.2 km"])}),
            (
                "table",
                {
                    "caption": "Travel times",
                    "columns": _list(["Route", "Minutes"]),
                    "rows": _list([_list(["A-B", "12"]), _list(["B-C", "8"])]),
                },
            ),
            ("callout", {"tone": "info", "title": "Next", "text": rich_text("<p>Night trams in May.</p>")}),
        ]
    )
    data = {
        "title": title,
        "slug": title.lower().replace(" ", "-"),
        "standfirst": "Twelve new stops on the Buda side.",
        "hero_image": str(image.pk),
        "hero_caption": "",
        "hero_alt": "",
        "body": body,
        "article_authors": inline_formset([{"author": str(author.pk)}], min=1),
        "article_topics": inline_formset([{"topic": str(topic.pk)}]),
        "corrections": inline_formset([]),
        "related_pins": inline_formset([]),
        "related_excludes": inline_formset([]),
        "comments": inline_formset([]),
        "updated_at": "",
        "ai_use": "human",  # a radio: the browser always sends the checked one
        **extra,
    }
    return nested_form_data(data)


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def second_editor(db, django_user_model):
    user = django_user_model.objects.create_user("editor2", "editor2@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def furniture(site):
    en = site["locales"]["en"]
    return {
        "author": factories.make_author(en, "Eszter Varga"),
        "topic": factories.make_topic(en, "Transport"),
        "image": factories.make_image("Tram"),
    }


def _add_url(section):
    return reverse("wagtailadmin_pages:add", args=("news", "articlepage", section.pk))


def test_editor_creates_and_publishes_article_with_every_block(
    client, editor, sections, furniture, second_editor, embed
):
    client.force_login(editor)
    data = article_form(title="Tram line opens", **furniture, **{"action-submit": "action-submit"})
    response = client.post(_add_url(sections["en"]), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    article = ArticlePage.objects.get(slug="tram-line-opens")
    # Submitted to the newsroom's review workflow: an original waits for an editor (news.desk.review).
    assert not article.live
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(second_editor)
    task_state = state.current_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", task_state.pk))
    assert client.post(approve, {"comment": "Good to go"}).status_code in (200, 302)
    article.refresh_from_db()
    assert article.live
    assert [b.block_type for b in article.body] == [
        "paragraph", "heading", "quote", "pull_quote", "image", "embed", "fact_box", "table", "callout",
    ]  # fmt: skip
    assert list(article.body[7].value["rows"][1]) == ["B-C", "8"]
    assert article.reading_time >= 1


def test_editor_edits_and_previews_in_admin(client, editor, sections, furniture, embed):
    article = factories.make_article(sections["en"], "Old headline", authors=[furniture["author"]])
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=(article.pk,))
    assert client.get(edit_url).status_code == 200
    data = article_form(title="New headline", **furniture)
    data["slug"] = article.slug
    response = client.post(edit_url, data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().title == "New headline"
    assert article.title == "Old headline"  # a draft, not yet published

    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(article.pk,))
    assert client.post(preview_url, data).json()["is_valid"]
    preview = client.get(preview_url)
    assert preview.status_code == 200
    assert "New headline" in preview.content.decode()


def test_invalid_article_shows_form_errors_not_500(client, editor, sections, furniture):
    client.force_login(editor)
    data = article_form(title="", **furniture)
    data["standfirst"] = ""
    response = client.post(_add_url(sections["en"]), data)
    assert response.status_code == 200
    assert not ArticlePage.objects.exists()
    assert "This field is required" in response.content.decode()


def test_scheduled_article_goes_live_at_its_time(client, sections, furniture, django_user_model, embed):
    admin = django_user_model.objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(admin)
    go_live = timezone.localtime(timezone.now() + timedelta(hours=1))
    data = article_form(
        title="Embargoed story",
        **furniture,
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
        **{"action-publish": "action-publish"},
    )
    assert client.post(_add_url(sections["en"]), data).status_code == 302
    article = ArticlePage.objects.get(slug="embargoed-story")
    assert not article.live
    assert article.scheduled_revision is not None
    assert client.get(f"/en/{sections['en'].slug}/embargoed-story/").status_code == 404

    call_command("publish_scheduled", dryrun=False)
    article.refresh_from_db()
    assert not article.live  # not yet time

    # Move the clock past the embargo: the scheduled revision's time and its content's go_live_at.
    past = timezone.now() - timedelta(minutes=1)
    revision = article.scheduled_revision
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    article.refresh_from_db()
    assert article.live


def test_the_article_form_and_menus_speak_hungarian(client, sections, django_user_model):
    """Labels that used to stay English in the Hungarian admin (issue 15: "Hungarian admin finish")."""
    from wagtail.users.models import UserProfile

    editor = django_user_model.objects.create_superuser("szerkeszto", "sz@example.org", "pw")
    UserProfile.get_for_user(editor).__class__.objects.filter(user=editor).update(preferred_language="hu")
    client.force_login(editor)
    article = factories.make_article(sections["hu"], "Magyar cikk")
    page = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    for label in ("Nyitókép", "szerző", "téma"):
        assert label.lower() in page.lower(), label
    from django.utils import translation

    from home.wagtail_hooks import SiteBrandingViewSet, SubscriberViewSet

    with translation.override("hu"):
        assert str(SiteBrandingViewSet.menu_label) == "Arculati szövegek"
        assert str(SubscriberViewSet.menu_label) == "Hírlevél-feliratkozók"
