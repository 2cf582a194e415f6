"""The editor in Chromium (issue 17): autosave keeps saving a new article with an empty block and no byline
yet, the same headline twice gets a free slug, slugs are ASCII, and the account page has no script error."""

import pytest
from django.contrib.auth.models import Group

from news.models import ArticlePage
from tests import factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def newsroom(django_user_model):
    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    editor = django_user_model.objects.create_user("eszter", "eszter@example.org", "write-me")
    editor.groups.add(Group.objects.get(name="Editors"))
    return {"section": section}


def _editor_page(browser, base):
    page = browser.new_page(locale="en-GB", viewport={"width": 1400, "height": 1000})
    problems, saves = [], []
    page.on("pageerror", lambda error: problems.append(str(error)))
    # Console errors other than unreachable resources (the avatar service is on the internet).
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            and "Failed to load resource" not in message.text
            and problems.append(message.text)
        ),
    )
    page.on(
        "response",
        lambda response: (
            response.request.method == "POST"
            and "/admin/pages/" in response.url
            and saves.append((response.url, response.status))
        ),
    )
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", "eszter")
    page.fill("input[name=password]", "write-me")
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    return page, problems, saves


def _add_block(page, name):
    page.locator(".c-sf-add-button").last.click()
    page.get_by_role("option", name=name).first.click()


def _wait_saved(page, saves, count):
    """Autosave has sent `count` saves in all, each answered 200, and its indicator is not paused."""
    for _ in range(80):
        if len(saves) >= count:
            break
        page.wait_for_timeout(250)
    assert len(saves) >= count and all(status == 200 for _url, status in saves), saves
    page.wait_for_selector("#w-autosave-indicator[data-w-autosave-state-value=saved]", timeout=10000)


def _start_article(page, base, section, title):
    page.goto(f"{base}/admin/pages/add/news/articlepage/{section.pk}/")
    page.wait_for_load_state("networkidle")
    # Typed as a person types, once the editor has taken its unsaved-changes snapshot (a form filled
    # before it is the form it compares against, and nothing would count as a change).
    page.wait_for_timeout(1000)
    page.locator("#id_title").press_sequentially(title, delay=20)
    page.press("#id_title", "Tab")
    page.wait_for_function("() => document.querySelector('#id_slug').value !== ''")


def test_autosave_saves_a_new_article_with_an_empty_block_and_no_byline(live_server, browser, newsroom):
    base = live_server.url
    page, problems, saves = _editor_page(browser, base)
    _start_article(page, base, newsroom["section"], "Országgyűlés hídja")
    assert page.get_by_text("Headline", exact=True).first.is_visible()
    assert page.input_value("#id_slug") == "orszaggyules-hidja"  # ASCII in the browser too
    _wait_saved(page, saves, 1)  # the headline: the add form's first autosave creates the draft

    _add_block(page, "Paragraph")  # an empty paragraph (the byline still has no author)
    _wait_saved(page, saves, 2)
    _add_block(page, "Image")  # an empty image block too
    page.fill("#id_standfirst", "The bridge closes for a year.")
    page.press("#id_standfirst", "Tab")
    _wait_saved(page, saves, 3)
    assert not page.locator("#w-autosave-indicator[data-w-autosave-state-value=paused]").count()
    article = ArticlePage.objects.get()
    assert not article.live and article.slug == "orszaggyules-hidja"
    assert article.get_latest_revision_as_object().standfirst == "The bridge closes for a year."

    # The editor leaves; the same headline in a new add form still autosaves, with a free slug.
    second, problems2, saves2 = _editor_page(browser, base)
    _start_article(second, base, newsroom["section"], "Országgyűlés hídja")
    _wait_saved(second, saves2, 1)
    second.wait_for_function("() => document.querySelector('#id_slug').value.endsWith('-2')")
    assert second.input_value("#id_slug") == "orszaggyules-hidja-2"
    assert ArticlePage.objects.filter(slug="orszaggyules-hidja-2").exists()

    # An editor may type their own slug: it is transliterated too, not stripped of its accents.
    second.get_by_role("tab", name="Promote").click()
    second.fill("#id_slug", "Új híd")
    second.press("#id_slug", "Tab")
    assert second.input_value("#id_slug") == "uj-hid"
    assert problems == [] and problems2 == []


def test_the_account_page_has_no_script_error(live_server, browser, newsroom):
    base = live_server.url
    page, problems, _saves = _editor_page(browser, base)
    page.goto(f"{base}/admin/account/")
    page.wait_for_load_state("networkidle")
    select = page.locator("select[name=locale-current_time_zone]")
    values = select.locator("option").evaluate_all("options => options.map(o => o.value)")
    assert "Europe/Budapest" in values and "localtime" not in values
    assert problems == []
