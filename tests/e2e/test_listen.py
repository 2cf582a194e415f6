"""The listen player in a real browser: opens, plays from the generated reading, closes; axe-clean."""

import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe

from news.models import ArticleAudio
from tests import factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_reader_opens_and_closes_the_player(live_server, browser, settings):
    if shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng is missing: .ci/run installs it")
    settings.AUDIO_ON_PUBLISH = True
    site = factories.build_site()
    section = factories.make_section(site["hu"], "Budapest", slug="budapest")
    article = factories.make_article(
        section, "Új villamos", body=[factories.paragraph("Ma indul az új villamos.")]
    )
    assert ArticleAudio.objects.filter(article=article).exists()  # real commits: the task ran on publish

    page = browser.new_page()
    page.goto(live_server.url + article.url)
    opener = page.get_by_role("button", name="Hallgassa meg a cikket")
    assert opener.get_attribute("aria-expanded") == "false"
    assert not page.locator("audio").is_visible()
    opener.click()
    assert opener.get_attribute("aria-expanded") == "true"
    assert page.locator("audio").is_visible()
    duration = page.locator("audio").evaluate(
        "a => new Promise(r => a.readyState >= 1 ? r(a.duration)"
        " : a.addEventListener('loadedmetadata', () => r(a.duration)))"
    )
    assert duration > 0.5
    violations = [v for v in Axe().run(page).response["violations"] if v["impact"] in ("serious", "critical")]
    assert not violations, violations
    page.get_by_role("button", name="A lejátszó bezárása").click()
    assert not page.locator("audio").is_visible()
    assert page.evaluate("document.activeElement.dataset.listenOpen") == ""
