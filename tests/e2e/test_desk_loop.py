"""The translation desk's whole loop in a real browser, in both directions (issue 15).

An editor sends an original to a named translator, who finds it by mail, on the dashboard and in the queue
(once in the Hungarian admin), translates some segments by hand and the rest with the machine, and submits;
the moderator requests changes, the translator resubmits, the moderator approves; the reader of the target
language sees the translation, and the target language's own author and topic (originals sharing their
translation keys with the source's, as in the bug news.desk.translating guards against) are untouched.

One direction confirms the machine drafts before resubmitting (approved without a question); the other
ticks "I know, go ahead anyway" and the moderator confirms the approval of an unfinished translation.
"""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone, translation
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from news.models import ArticlePage, Author, Topic
from tests import factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TEXTS = {
    "hu": {
        "title": "Lezárják a Lánchidat",
        "standfirst": "A híd egy hétig zárva lesz.",
        "body": "A villamos és a busz a Margit hídon jár.",
        "role": "Közlekedési tudósító",
        "bio": "Húsz éve ír a városról.",
        "topic": "Közlekedés",
        "topic_slug": "kozlekedes",
    },
    "en": {
        "title": "Chain Bridge to close",
        "standfirst": "The bridge will be closed for a week.",
        "body": "The tram and the bus run on Margaret Bridge.",
        "role": "Transport correspondent",
        "bio": "Has written about the city for twenty years.",
        "topic": "Transport",
        "topic_slug": "transport",
    },
}
LANGUAGE_NAMES = {"en": "English", "hu": "Magyar"}
PASSWORD = "desk-loop-pw"
BREADCRUMB = "[data-w-breadcrumbs] ol > li:last-child"  # the slim header's title


@pytest.fixture
def newsroom(django_user_model):
    site = factories.build_site()
    locales = site["locales"]
    sections = {"en": factories.make_section(site["en"], "Budapest", slug="budapest")}
    sections["hu"] = factories.translate(sections["en"], locales["hu"], title="Budapest", slug="budapest")
    # The byline and the topic are originals in both languages under one translation key each.
    author_en = Author.objects.create(
        locale=locales["en"], name="Eszter Varga", role=TEXTS["en"]["role"], bio=TEXTS["en"]["bio"]
    )
    Author.objects.create(
        locale=locales["hu"],
        translation_key=author_en.translation_key,
        name="Varga Eszter",
        role=TEXTS["hu"]["role"],
        bio=TEXTS["hu"]["bio"],
    )
    topic_en = Topic.objects.create(
        locale=locales["en"], name=TEXTS["en"]["topic"], slug=TEXTS["en"]["topic_slug"]
    )
    Topic.objects.create(
        locale=locales["hu"],
        translation_key=topic_en.translation_key,
        name=TEXTS["hu"]["topic"],
        slug=TEXTS["hu"]["topic_slug"],
    )

    def user(username, first, last, group):
        account = django_user_model.objects.create_user(
            username, f"{username}@example.org", PASSWORD, first_name=first, last_name=last
        )
        account.groups.add(Group.objects.get(name=group))
        return account

    return {
        "site": site,
        "locales": locales,
        "sections": sections,
        "author_key": author_en.translation_key,
        "topic_key": topic_en.translation_key,
        "editor": user("editor", "Edit", "Elek", "Editors"),
        "translator": user("translator", "Fanni", "Fordító", "Translators"),
        "moderator": user("moderator", "Mona", "Moderátor", "Moderators"),
    }


def log_in(browser, base, username):
    """A browser context of its own per person, logged in through the real login form."""
    context = browser.new_context(locale="en-GB", viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    return page


def segment(page, source_text):
    """A string segment of wagtail-localize's editor, by its source text."""
    return page.locator("li.complete, li.incomplete, li.errored").filter(has_text=source_text).first


def translate_by_hand(page, source_text, text):
    item = segment(page, source_text)
    item.get_by_role("button", name=re.compile(r"^(Translate|Edit)$")).click()
    item.locator("textarea").fill(text)
    with page.expect_response(lambda r: r.request.method == "PUT" and "/strings/" in r.url) as saved:
        item.get_by_role("button", name="Save", exact=True).click()
    assert saved.value.ok, saved.value.text()
    expect(item).to_contain_text(text)


def snapshot(newsroom):
    """What the loop must not change: both languages' authors and topics."""
    return {
        "authors": sorted(
            Author.objects.filter(translation_key=newsroom["author_key"]).values_list(
                "locale__language_code", "name", "role", "bio"
            )
        ),
        "topics": sorted(
            Topic.objects.filter(translation_key=newsroom["topic_key"]).values_list(
                "locale__language_code", "name", "slug"
            )
        ),
    }


@pytest.mark.parametrize(
    ("source", "target", "drafts"),
    [("hu", "en", "confirmed"), ("en", "hu", "go_ahead")],
    ids=["hu-to-en-drafts-confirmed", "en-to-hu-unfinished-approved"],
)
def test_the_desk_loop(live_server, browser, newsroom, source, target, drafts):
    base = live_server.url
    locales, sections = newsroom["locales"], newsroom["sections"]
    src, dst = TEXTS[source], TEXTS[target]
    author = Author.objects.get(translation_key=newsroom["author_key"], locale=locales[source])
    topic = Topic.objects.get(translation_key=newsroom["topic_key"], locale=locales[source])
    original = factories.make_article(
        sections[source], src["title"], standfirst=src["standfirst"],
        body=[factories.paragraph(src["body"])], authors=[author], topics=[topic],
    )  # fmt: skip
    untouched = snapshot(newsroom)

    # 1. The editor sends the original for translation to the translator, due in three days.
    editor = log_in(browser, base, "editor")
    editor.goto(f"{base}/admin/localize/submit/page/{original.pk}/")
    editor.get_by_label(LANGUAGE_NAMES[target], exact=True).check()
    editor.get_by_label("Translator").select_option(label="Fanni Fordító")
    due = timezone.localdate() + datetime.timedelta(days=3)
    editor.locator("input[name=due_date]").fill(due.isoformat())
    editor.keyboard.press("Escape")
    editor.get_by_role("button", name="Submit").click()
    expect(
        editor.get_by_text(f"successfully submitted for translation into {LANGUAGE_NAMES[target]}")
    ).to_be_visible()
    translated = ArticlePage.objects.get(translation_key=original.translation_key, locale=locales[target])
    edit_path = f"/admin/pages/{translated.pk}/edit/"
    [notice] = mail.outbox
    assert notice.to == ["translator@example.org"] and src["title"] in notice.subject
    assert edit_path in notice.body

    # 2. The translator finds it: on the dashboard, and in the queue (first in the Hungarian admin).
    translator = log_in(browser, base, "translator")
    panel = translator.locator("[data-desk-panel]")
    expect(panel.get_by_role("link", name=src["title"])).to_have_attribute("href", edit_path)
    profile = UserProfile.get_for_user(newsroom["translator"])
    profile.preferred_language = "hu"
    profile.save()
    translator.reload()
    with translation.override("hu"):
        hu = {text: translation.gettext(text) for text in ("Translation queue", "In progress", "Translate")}
    expect(translator.locator("html")).to_have_attribute("lang", "hu")
    translator.get_by_role("link", name=hu["Translation queue"], exact=True).click()
    expect(translator.locator(BREADCRUMB)).to_have_text(hu["Translation queue"])
    row = translator.locator("[data-desk-queue] tr[data-state]")
    expect(row).to_have_count(1)
    expect(row).to_have_attribute("data-state", "in_progress")
    expect(row).to_contain_text(src["title"])
    expect(row).to_contain_text(hu["In progress"])
    expect(row.get_by_role("link", name=hu["Translate"])).to_have_attribute("href", edit_path)
    profile.preferred_language = "en"
    profile.save()
    translator.reload()
    row = translator.locator("[data-desk-queue] tr[data-state]")
    expect(row).to_contain_text("In progress")
    row.get_by_role("link", name="Translate").click()
    translator.wait_for_url(base + edit_path)
    # A translator may not stop a synced translation: the editor's footer does not offer it.
    expect(translator.get_by_role("button", name="Stop Synced translation")).to_be_hidden()

    # 3. The title by hand, the rest by the machine; submitting warns of the unreviewed drafts.
    translate_by_hand(translator, src["title"], dst["title"])
    translator.get_by_role("button", name=re.compile("^Translate with ")).click()
    expect(segment(translator, src["body"])).to_have_class("complete")
    bar = translator.locator("[data-desk-bar]")
    bar.get_by_role("link", name="Submit translation for moderation").click()
    warning = translator.locator("[data-desk-incomplete]")
    expect(warning).to_contain_text("machine-drafted segments have not been reviewed")
    warning.get_by_label("I know, go ahead anyway").check()
    translator.get_by_role("button", name="Submit for moderation").click()
    expect(translator.get_by_text(f"Submitted “{dst['title']}” for moderation.")).to_be_visible()

    # 4. The moderator asks for changes from the dashboard, with a comment.
    moderator = log_in(browser, base, "moderator")
    review = moderator.locator("#awaiting-review-section tbody tr").filter(has_text=dst["title"])
    review.get_by_role("button", name="Actions").click()
    review.get_by_role("button", name="Request changes").click()
    comment = "Please rewrite the standfirst and the body yourself."
    modal = moderator.locator(".modal-content")
    modal.locator("textarea[name=comment]").fill(comment)
    modal.get_by_role("button", name="Request changes").click()
    expect(review).to_have_count(0)  # the dashboard reloaded: nothing awaits review now

    # 5. The translator sees the comment in the editor, rewrites the body, and resubmits.
    translator.goto(f"{base}/admin/desk/queue/")
    row = translator.locator("[data-desk-queue] tr[data-state]")
    expect(row).to_have_attribute("data-state", "changes_requested")
    row.get_by_role("link", name="Translate").click()
    expect(translator.locator("[data-desk-comment]")).to_have_text(comment)
    translate_by_hand(translator, src["body"], dst["body"])
    if drafts == "confirmed":
        translator.locator("[data-desk-bar]").get_by_role("button", name="Confirm machine drafts").click()
        expect(translator.get_by_text(re.compile(r"\d+ machine-drafted segments? confirmed"))).to_be_visible()
    translator.locator("[data-desk-bar]").get_by_role("link", name="Resubmit for moderation").click()
    if drafts == "confirmed":
        expect(translator.locator("[data-desk-incomplete]")).to_have_count(0)
    else:
        translator.locator("[data-desk-incomplete]").get_by_label("I know, go ahead anyway").check()
    translator.get_by_role("button", name="Submit for moderation").click()
    expect(translator.get_by_text(f"Submitted “{dst['title']}” for moderation.")).to_be_visible()

    # 6. The moderator approves; an unfinished translation asks for a confirmation first.
    moderator.reload()
    review = moderator.locator("#awaiting-review-section tbody tr").filter(has_text=dst["title"])
    review.get_by_role("button", name="Actions").click()
    review.get_by_role("button", name="Approve", exact=True).click()
    if drafts == "go_ahead":
        moderator.wait_for_url(re.compile(r"/admin/desk/approve/\d+/$"))
        with moderator.context.expect_page() as preview:
            moderator.get_by_role("link", name=re.compile(r"^Preview")).click()
        expect(preview.value.locator("h1")).to_have_text(dst["title"])  # the revision under review
        preview.value.close()
        moderator.locator("[data-desk-incomplete]").get_by_label("I know, go ahead anyway").check()
        moderator.get_by_role("button", name="Approve").click()
        expect(moderator.get_by_text(f"Approved “{dst['title']}”.")).to_be_visible()
    else:
        expect(review).to_have_count(0)
    translated.refresh_from_db()
    assert translated.live and translated.title == dst["title"]

    # 7. The reader of the target language sees it, with that language's own byline and topic.
    reader = browser.new_context(locale="en-GB" if target == "en" else "hu-HU").new_page()
    reader.goto(base + original.url)
    reader.get_by_role("link", name=LANGUAGE_NAMES[target]).click()
    reader.wait_for_url(base + translated.url)
    expect(reader.locator("h1")).to_have_text(dst["title"])
    expect(reader.locator(".byline__role")).to_have_text(f"({dst['role']})")
    expect(reader.locator(".topic-list")).to_contain_text(dst["topic"])
    assert snapshot(newsroom) == untouched
