"""The coverage report as a desk tool (issue 15): numbers per desk state in both directions, the story
listing with its filters and actions, and queries that do not grow with the archive."""

import re
from datetime import date, timedelta

import pytest
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from news.desk.assigning import assign
from news.desk.coverage import coverage_summary
from news.desk.coverage_views import StoryListView
from news.desk.status import (
    CHANGES_REQUESTED,
    IN_PROGRESS,
    LIVE,
    MISSING,
    NEEDS_UPDATE,
    ORIGINAL,
    READY_FOR_REVIEW,
)
from news.desk.translating import translate_object
from news.models import ArticlePage
from tests import factories

OTHER = {"en": "hu", "hu": "en"}


def start_translation(original, locale, user):
    translate_object(original, [locale], user=user)
    return Translation.objects.get(source__object_id=original.translation_key, target_locale=locale)


def finish_and_publish(translation, user):
    """Every segment translated (as the editor's PUTs would store them), saved and published (the
    editor's Publish does it after commit, which a test transaction never reaches)."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": f"[{translation.target_locale.language_code}] {segment.string.data}"},
        )
    translation.save_target(user=user, publish=False)
    return factories.publish(translation.get_target_instance().specific)


def submit_for_review(client, translation, user):
    client.force_login(user)
    url = reverse("submit_translation_for_moderation", args=[translation.pk])
    response = client.post(url, {"confirm_incomplete": "1"})  # untranslated segments: submitted knowingly
    assert response.status_code == 302
    target = translation.get_target_instance()
    return WorkflowState.objects.get(object_id=str(target.pk), status=WorkflowState.STATUS_IN_PROGRESS)


def newsroom(client, sections, users, source):
    """One story per desk state, originals in `source`, translated (or not) into the other language."""
    en_hu = {code: sections[code].locale for code in ("en", "hu")}
    target = en_hu[OTHER[source]]
    editor = users["editor"]

    def story(title):
        return factories.make_article(sections[source], title, body=[factories.paragraph(f"{title} body.")])

    stories = {}
    stories[LIVE] = story("Live story")
    finish_and_publish(start_translation(stories[LIVE], target, editor), editor)
    stories[IN_PROGRESS] = story("Draft story")
    start_translation(stories[IN_PROGRESS], target, editor)
    stories[NEEDS_UPDATE] = story("Updated story")
    finish_and_publish(start_translation(stories[NEEDS_UPDATE], target, editor), editor)
    factories.publish(stories[NEEDS_UPDATE])  # the original changed after the translation went live
    stories[READY_FOR_REVIEW] = story("Review story")
    submit_for_review(
        client, start_translation(stories[READY_FOR_REVIEW], target, editor), users["translator"]
    )
    stories[CHANGES_REQUESTED] = story("Rejected story")
    state = submit_for_review(
        client, start_translation(stories[CHANGES_REQUESTED], target, editor), users["translator"]
    )
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, users["moderator"], "reject", comment="Again")
    stories[MISSING] = story("Untranslated story")
    stories["alias"] = story("Aliased story")
    stories["alias"].create_alias(
        parent=sections[OTHER[source]], update_locale=target, reset_translation_key=False
    )
    stories["pair"] = story("Story written twice")
    factories.translate(stories["pair"], target, slug="written-twice")  # no wagtail-localize: an original
    return stories


def cells(language):
    return {row.titles["en"]: {c.language: c for c in row.cells} for row in coverage_summary()}["Budapest"][
        language
    ]


def listing(client, **filters):
    response = client.get(reverse("translation_coverage_stories"), filters)
    assert response.status_code == 200, response.content[:400]
    html = response.content.decode()
    rows = re.findall(r'<tr data-story="[^"]+">(.*?)</tr>', html, re.S)
    return {_title(row): _states(row) for row in rows}, html


def _title(row):
    return re.search(r"<td>\s*(?:<a [^>]+>)?([^<]+)", row).group(1).strip()


def _states(row):
    return dict(re.findall(r'<td data-language="(\w+)" data-state="(\w+)"', row))


@pytest.mark.parametrize("source", ["en", "hu"])
def test_numbers_per_state_in_both_directions(client, sections, users, source):
    newsroom(client, sections, users, source)
    target = cells(OTHER[source])
    assert target.stories == 8
    assert {state: target.counts[state] for state in target.counts if target.counts[state]} == {
        LIVE: 1,
        IN_PROGRESS: 1,  # a draft translation is in progress, never missing
        NEEDS_UPDATE: 1,
        READY_FOR_REVIEW: 1,
        CHANGES_REQUESTED: 1,
        MISSING: 2,  # the untranslated story and the alias
        ORIGINAL: 1,  # the story written in both languages without wagtail-localize
    }
    assert target.aliases == 1
    original = cells(source)
    assert (original.stories, original.counts[ORIGINAL], original.counts[MISSING]) == (8, 8, 0)

    client.force_login(users["editor"])
    page = client.get(reverse("translation_coverage"))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'data-aliases="1"' in html
    link = f"?section={sections['en'].translation_key}&amp;language={OTHER[source]}&amp;status=missing"
    assert link in html

    rows, _html = listing(client, language=OTHER[source])
    assert rows == {
        "Live story": {OTHER[source]: LIVE},
        "Draft story": {OTHER[source]: IN_PROGRESS},
        "Updated story": {OTHER[source]: NEEDS_UPDATE},
        "Review story": {OTHER[source]: READY_FOR_REVIEW},
        "Rejected story": {OTHER[source]: CHANGES_REQUESTED},
        "Untranslated story": {OTHER[source]: MISSING},
        "Aliased story": {OTHER[source]: MISSING},
        "Story written twice": {OTHER[source]: ORIGINAL},
    }
    # Every status filter returns exactly the stories in that state: the SQL agrees with the rules.
    for state in (LIVE, IN_PROGRESS, NEEDS_UPDATE, READY_FOR_REVIEW, CHANGES_REQUESTED, MISSING, ORIGINAL):
        filtered, _html = listing(client, language=OTHER[source], status=state)
        assert set(filtered) == {title for title, states in rows.items() if states[OTHER[source]] == state}
        assert len(filtered) == target.counts[state], state
    everything, _html = listing(client)
    assert all(states[source] == ORIGINAL for states in everything.values())
    assert all(states[OTHER[source]] == rows[title][OTHER[source]] for title, states in everything.items())


def test_sync_alone_leaves_a_translation_behind_until_it_is_republished(client, sections, users):
    hu = sections["hu"].locale
    original = factories.make_article(sections["en"], "Bridge", body=[factories.paragraph("Closed.")])
    translation = start_translation(original, hu, users["editor"])
    target = finish_and_publish(translation, users["editor"])
    client.force_login(users["editor"])
    assert listing(client, language="hu")[0] == {"Bridge": {"hu": LIVE}}

    original.body.append(("paragraph", "<p>Reopened.</p>"))
    factories.publish(original)
    assert cells("hu").counts[NEEDS_UPDATE] == 1
    rows, html = listing(client, language="hu", status=NEEDS_UPDATE)
    sync = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    assert rows == {"Bridge": {"hu": NEEDS_UPDATE}} and f'href="{sync}"' in html

    assert client.post(sync, {}).status_code == 302  # "Sync translated pages", not publishing
    assert cells("hu").counts[NEEDS_UPDATE] == 1, "the synced text is only in a draft"
    rows, html = listing(client, language="hu", status=NEEDS_UPDATE)
    assert rows == {"Bridge": {"hu": NEEDS_UPDATE}}
    assert f'href="{sync}"' not in html, "nothing left to sync: the draft waits to be published"
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[target.pk])}"' in html

    translation.refresh_from_db()
    factories.publish(Page.objects.get(pk=target.pk).specific)
    assert (cells("hu").counts[NEEDS_UPDATE], cells("hu").counts[LIVE]) == (0, 1)


@pytest.mark.parametrize("source", ["en", "hu"])
def test_the_translate_button_starts_that_translation(client, sections, users, source):
    locales = {code: sections[code].locale for code in ("en", "hu")}
    language = OTHER[source]
    factories.make_article(sections[source], "Older story")
    original = factories.make_article(sections[source], "Story to translate")
    client.force_login(users["editor"])
    _rows, html = listing(client, language=language, status=MISSING)
    row = re.search(rf'<tr data-story="{original.translation_key}">(.*?)</tr>', html, re.S).group(1)
    url = re.search(r'href="([^"]+)" data-action="missing"', row).group(1).replace("&amp;", "&")
    assert url.startswith(reverse("wagtail_localize:submit_page_translation", args=[original.pk]))

    form = client.get(url)
    assert form.status_code == 200
    checked = re.search(rf'<input[^>]*value="{locales[language].pk}"[^>]*>', form.content.decode()).group(0)
    assert "checked" in checked, "the language of the cell is preselected"
    assert client.post(url, {"locales": [locales[language].pk]}).status_code == 302
    translation = Translation.objects.get(source__object_id=original.translation_key)
    assert (translation.source.locale, translation.target_locale) == (locales[source], locales[language])
    target = ArticlePage.objects.get(translation_key=original.translation_key, locale=locales[language])
    assert not target.live and target.get_parent().pk == sections[language].pk
    assert listing(client, language=language)[0]["Story to translate"] == {language: IN_PROGRESS}
    assert not ArticlePage.objects.filter(title="Older story", locale=locales[language]).exists()


def test_an_alias_is_replaced_by_a_translation_from_its_cell(client, sections, users):
    hu = sections["hu"].locale
    original = factories.make_article(sections["en"], "Mirrored story")
    alias = original.create_alias(parent=sections["hu"], update_locale=hu, reset_translation_key=False)
    client.force_login(users["editor"])
    _rows, html = listing(client, language="hu", status=MISSING)
    url = re.search(r'href="([^"]+)" data-action="missing"', html).group(1).replace("&amp;", "&")
    assert url.startswith(reverse("wagtail_localize:submit_page_translation", args=[original.pk]))
    assert "select_locale=hu" in url
    assert client.post(url, {"locales": [hu.pk]}).status_code == 302
    alias.refresh_from_db()
    assert alias.alias_of_id is None, "the alias became the translation"
    assert Translation.objects.filter(source__object_id=original.translation_key, target_locale=hu).exists()
    # A translation now, no longer missing; readers still get the mirrored original until it is published.
    assert listing(client, language="hu")[0] == {"Mirrored story": {"hu": NEEDS_UPDATE}}


def test_filters_by_section_language_status_and_assignee(client, site, sections, users, django_user_model):
    en, hu = sections["en"].locale, sections["hu"].locale
    business = factories.make_section(site["en"], "Business", slug="business")
    factories.translate(business, hu, title="Gazdaság", slug="gazdasag")
    editor, translator = users["editor"], users["translator"]
    mine = factories.make_article(sections["en"], "Assigned story")
    theirs = factories.make_article(business, "Desk story")
    factories.make_article(business, "Business original")
    reverse_story = factories.make_article(sections["hu"], "Magyar hír")
    assign([start_translation(mine, hu, editor)], assignee=translator, due_date=date.today(), by=editor)
    start_translation(theirs, hu, editor)
    start_translation(reverse_story, en, editor)
    client.force_login(editor)

    assert set(listing(client, section=str(business.translation_key))[0]) == {
        "Desk story",
        "Business original",
    }
    assert set(listing(client, assignee=str(translator.pk))[0]) == {"Assigned story"}
    assert set(listing(client, assignee="desk")[0]) == {"Desk story", "Magyar hír"}
    assert set(listing(client, assignee="desk", language="en")[0]) == {"Magyar hír"}
    rows, html = listing(client, assignee=str(translator.pk), status=IN_PROGRESS)
    assert rows == {"Assigned story": {"en": ORIGINAL, "hu": IN_PROGRESS}}
    assert "translator" in html and date.today().strftime("%Y") in html
    assert listing(client, status=MISSING, language="hu")[0] == {"Business original": {"hu": MISSING}}
    assert listing(client, status=ORIGINAL, language="en", section=str(business.translation_key))[0] == {
        "Desk story": {"en": ORIGINAL},
        "Business original": {"en": ORIGINAL},
    }
    for bad in ({"status": "bogus"}, {"language": "xx"}, {"assignee": "99999"}, {"p": "0"}, {"section": "x"}):
        response = client.get(reverse("translation_coverage_stories"), bad)
        assert response.status_code == 400, bad
        assert "Please correct the filters above." in response.content.decode()


def test_pages_follow_on_without_counting_the_archive(client, sections, users, monkeypatch):
    for n in range(5):
        factories.make_article(sections["en"], f"Story {n}")
    client.force_login(users["editor"])
    url = reverse("translation_coverage_stories")
    monkeypatch.setattr(StoryListView, "page_size", 2)
    first = client.get(url, {"language": "hu"}).content.decode()
    third = client.get(url, {"language": "hu", "p": 3}).content.decode()
    assert "Story 4" in first and "Story 3" in first and "data-next" in first
    assert "Story 0" in third and "data-next" not in third


def _queries(client, django_assert_max_num_queries, url, params, budget):
    client.get(url, params)  # caches of the admin's own (menus, locales) are warm
    with django_assert_max_num_queries(budget) as captured:
        assert client.get(url, params).status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    ("url_name", "params", "budget"),
    [
        ("translation_coverage", {}, 14),  # 3 for the report, the rest the admin's own (user, menus)
        ("translation_coverage_stories", {}, 21),  # 10 for the listing (candidates, rows, progress)
        ("translation_coverage_stories", {"status": IN_PROGRESS, "language": "hu"}, 21),
        ("translation_coverage_stories", {"status": LIVE}, 21),
    ],
)
def test_queries_do_not_grow_with_the_archive(
    client, sections, users, django_assert_max_num_queries, url_name, params, budget
):
    hu, editor = sections["hu"].locale, users["editor"]
    client.force_login(editor)
    url = reverse(url_name)

    en = sections["en"].locale

    def add(n):  # by threes: a draft translation into Hungarian, a live one into English, one untranslated
        for i in range(n // 3):
            start_translation(factories.make_article(sections["en"], f"Draft {i}"), hu, editor)
            translation = start_translation(factories.make_article(sections["hu"], f"Live {i}"), en, editor)
            finish_and_publish(translation, editor)
            assign([translation], assignee=users["translator"], due_date=date.today(), by=editor)
            factories.make_article(sections["en"], f"Alone {i}")

    add(3)
    small = _queries(client, django_assert_max_num_queries, url, params, budget)
    add(27)
    large = _queries(client, django_assert_max_num_queries, url, params, budget)
    assert small == large


def test_the_report_needs_the_translation_permission(client, site, django_user_model):
    reader = django_user_model.objects.create_user("someone", "s@example.org", "pw")
    client.force_login(reader)
    for name in ("translation_coverage", "translation_coverage_stories"):
        assert client.get(reverse(name)).status_code in (302, 403)


def test_a_due_date_in_the_past_shows_overdue(client, sections, users):
    editor = users["editor"]
    story = factories.make_article(sections["en"], "Late story")
    translation = start_translation(story, sections["hu"].locale, editor)
    assign([translation], assignee=users["translator"], due_date=date.today() - timedelta(days=2), by=editor)
    client.force_login(editor)
    html = listing(client, language="hu")[1]
    assert 'class="w-text-critical-200"' in html
