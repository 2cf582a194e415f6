"""Readers in a real browser: articles in both languages, the switcher between them, and axe-core."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from home.demo.loader import DemoLoader
from news.models import ArticlePage
from tests.news import demo_sample

# Real commits (the live server runs in another thread); migration data (root page, locales,
# groups) is restored after each test's flush.
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def demo():
    DemoLoader(create_admin=False, log=lambda *_: None, data=demo_sample).run()
    tram_en = ArticlePage.objects.get(slug="new-tram-line-opens")
    tram_hu = ArticlePage.objects.get(slug="atadtak-az-uj-villamosvonalat")
    return {"en": tram_en, "hu": tram_hu}


def test_reader_opens_article_in_each_language_and_switches(live_server, browser, demo):
    page = browser.new_page()
    page.goto(live_server.url + demo["en"].url)
    assert page.locator("h1").inner_text() == "New tram line opens"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("figure").first.is_visible()

    page.get_by_role("link", name="Magyar").click()
    page.wait_for_url(live_server.url + demo["hu"].url)
    assert page.locator("h1").inner_text() == "Átadták az új villamosvonalat"
    assert page.get_by_text("Megjelent:").is_visible()
    assert "Rosszul adtuk meg a hosszt." in page.locator(".corrections").inner_text()

    page.get_by_role("link", name="English").click()
    page.wait_for_url(live_server.url + demo["en"].url)


def test_skip_link_and_keyboard_focus(live_server, browser, demo):
    page = browser.new_page()
    page.goto(live_server.url + "/en/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violations(live_server, browser, demo, scheme):
    axe = Axe()
    paths = ["/en/", "/hu/", "/en/budapest/", "/hu/budapest/", demo["en"].url, demo["hu"].url]
    paths += ["/en/search/?q=tram", "/hu/kereses/?q=villamos", "/en/search/?q=tram&page=0"]
    problems = []
    for path in paths:
        page = browser.new_page(color_scheme=scheme)
        page.goto(live_server.url + path)
        results = axe.run(page)
        for violation in results.response["violations"]:
            if violation["impact"] in ("serious", "critical"):
                targets = [", ".join(node["target"]) for node in violation["nodes"]][:3]
                problems.append(f"{path}: {violation['id']} ({violation['impact']}) {targets}")
        page.close()
    assert not problems, "\n".join(problems)
