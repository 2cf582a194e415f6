"""Readers' pages on phones, in Chromium emulating a phone (320 to 414 CSS px, touch, 2x pixels), and on a
desktop: nothing scrolls sideways (WCAG 1.4.10), the language switcher and search stay on screen, every
target is at least 24x24 CSS px (WCAG 2.5.8), the section menu shows that it scrolls, the
front's lead picture loads first, and secondary stories are compact cards."""

import pytest
from django.template.loader import render_to_string

from home.demo.loader import DemoLoader
from home.models import HomePage, ReportPage
from news.models import ArticlePage
from tests import factories
from tests.news import demo_sample
from tests.waiting import wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONES = (320, 360, 390, 414)
DESKTOP = 1280

# Enough sections for a menu wider than any phone (the demo has eight); Hungarian titles run longer.
MORE_SECTIONS = [
    ("World", "Világ"),
    ("Europe", "Európa"),
    ("Culture", "Kultúra"),
    ("Science and technology", "Tudomány és technológia"),
    ("Opinion", "Vélemény"),
    ("Sport", "Sport"),
]

# WCAG 2.5.8, the strict way: every visible target (links, buttons, form fields, summaries, custom focusables)
# is at least 24x24, unless it is a link inside a sentence. (The spacing exception is not relied on: a
# 150x18 field passes it, and that is what the newsletter box had.)
TARGETS_JS = """
() => {
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, '
    + '[tabindex]:not([tabindex="-1"])';
  const shown = (el) => {
    if (el.closest('.visually-hidden, [hidden]')) return false;
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom + scrollY > 0;  // the skip link waits above the page
  };
  const inSentence = (el) => getComputedStyle(el).display === 'inline'
    && el.parentElement.textContent.trim().length > el.textContent.trim().length;
  return [...document.querySelectorAll(selector)].filter(shown).filter((el) => !inSentence(el)).map((el) => {
    const r = el.getBoundingClientRect();
    const text = (el.textContent || el.getAttribute('aria-label') || el.name || '').trim().slice(0, 30);
    const size = `${r.width.toFixed(1)}x${r.height.toFixed(1)}`;
    return r.width < 23.5 || r.height < 23.5
      ? `<${el.tagName.toLowerCase()} class="${el.className}"> "${text}" ${size}` : null;
  }).filter(Boolean);
}
"""

LAYOUT_JS = """
() => {
  const inView = (el) => {
    if (!el || !el.checkVisibility()) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.left >= 0 && r.right <= innerWidth + 0.5;
  };
  const switcher = document.querySelector('.language-switcher');
  return {
    scrollWidth: document.scrollingElement.scrollWidth,
    innerWidth: innerWidth,
    switcher: switcher
      ? [...switcher.querySelectorAll('a, [aria-current]')].map((el) => [el.textContent.trim(), inView(el)])
      : null,
    search: inView(document.querySelector('.search-box__input'))
      && inView(document.querySelector('.search-box__button')),
    searchWidth: document.querySelector('.search-box__input')?.getBoundingClientRect().width || 0,
  };
}
"""


@pytest.fixture
def demo():
    DemoLoader(create_admin=False, log=lambda *_: None, data=demo_sample).run()
    homes = {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}
    for en_title, hu_title in MORE_SECTIONS:
        section = factories.make_section(homes["en"], en_title, slug=en_title.lower().replace(" ", "-"))
        factories.translate(section, homes["hu"].locale, title=hu_title)
    # More pictured stories in Budapest, so each front has a lead and secondary cards in both languages.
    articles = {lang: ArticlePage.objects.get(slug=slug) for lang, slug in _ARTICLE_SLUGS.items()}
    budapest = {lang: article.get_parent() for lang, article in articles.items()}
    for n in range(2):
        for lang in ("en", "hu"):
            title = f"Bridge works, part {n + 1} ({lang})"
            factories.make_article(budapest[lang], title, hero=factories.make_image())
    return {
        "article": {lang: ArticlePage.objects.get(slug=slug) for lang, slug in _ARTICLE_SLUGS.items()},
        "report": {p.locale.language_code: p.url for p in ReportPage.objects.select_related("locale")},
    }


_ARTICLE_SLUGS = {"en": "new-tram-line-opens", "hu": "atadtak-az-uj-villamosvonalat"}


def _reader_paths(demo) -> dict[str, list[str]]:
    article = demo["article"]
    return {
        "en": [
            "/en/",
            "/en/budapest/",
            article["en"].url,
            "/en/search/?q=tram",
            "/en/search/?q=xylophonequartz",
            "/en/newsletter/",
            demo["report"]["en"] + f"?article={article['en'].pk}",
            "/en/no-such-page/",
        ],
        "hu": [
            "/hu/",
            "/hu/budapest/",
            article["hu"].url,
            "/hu/kereses/?q=villamos",
            "/hu/kereses/?q=xilofonkvarc",
            "/hu/hirlevel/",
            demo["report"]["hu"] + f"?article={article['hu'].pk}",
            "/hu/nincs-ilyen-oldal/",
        ],
    }


def _phone(browser, width):
    return browser.new_context(
        viewport={"width": width, "height": 780}, is_mobile=True, has_touch=True, device_scale_factor=2
    )


def test_no_page_scrolls_sideways_and_everything_stays_reachable(live_server, browser, demo):
    problems = []
    for width in (*PHONES, DESKTOP):
        if width == DESKTOP:
            context = browser.new_context(viewport={"width": width, "height": 900})
        else:
            context = _phone(browser, width)
        page = context.new_page()
        for paths in _reader_paths(demo).values():
            for path in paths:
                response = page.goto(live_server.url + path)
                assert response.status in (200, 404), (path, response.status)
                where = f"{width}px {path}"
                layout = page.evaluate(LAYOUT_JS)
                if layout["innerWidth"] != width:
                    problems.append(f"{where}: laid out {layout['innerWidth']} px wide (no viewport meta?)")
                if layout["scrollWidth"] > layout["innerWidth"]:
                    problems.append(f"{where}: scrolls sideways ({layout['scrollWidth']} px wide)")
                names = dict(layout["switcher"] or [])
                if not names.get("Magyar") or not names.get("English"):
                    problems.append(f"{where}: language switcher off screen {layout['switcher']}")
                if not layout["search"] or layout["searchWidth"] < 100:
                    problems.append(f"{where}: search box off screen or {layout['searchWidth']:.0f} px wide")
                problems += [f"{where}: small target {target}" for target in page.evaluate(TARGETS_JS)]
        context.close()
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


@pytest.mark.parametrize("template", ["500.html", "503.html"])
def test_error_pages_fit_a_phone(live_server, browser, template):
    """The pages served when the site itself fails (no database, no cache) fit a phone too."""
    body = render_to_string(template)
    for width in PHONES:
        context = _phone(browser, width)
        page = context.new_page()
        page.route("**/broken/", lambda route: route.fulfill(status=500, body=body, content_type="text/html"))
        page.goto(live_server.url + "/broken/")
        layout = page.evaluate("[innerWidth, document.scrollingElement.scrollWidth]")
        assert layout == [width, width], (template, width, layout)
        context.close()


def test_the_section_menu_shows_that_it_scrolls(live_server, browser, demo):
    for width in PHONES:
        for home in ("/en/", "/hu/"):
            context = _phone(browser, width)
            page = context.new_page()
            page.goto(live_server.url + home)
            menu = page.locator(".section-nav")
            items = page.locator(".section-nav__list")
            assert items.evaluate("el => el.scrollWidth > el.clientWidth"), "the menu fits: nothing to show"
            # A fade at the end says there is more; none at the start yet.
            assert menu.get_attribute("data-more") == "end", (width, home)
            assert _fade(menu, "after") and not _fade(menu, "before")
            # Scrolled to its end: the fade moves to the start.
            items.evaluate("el => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' })")
            # Polled from here: Playwright's wait_for_function evaluates its string with eval, which the
            # readers' Content-Security-Policy (script-src 'self') refuses whenever it has to poll.
            wait_for(lambda m=menu: m.get_attribute("data-more") == "start", timeout=10, message="start fade")
            assert _fade(menu, "before") and not _fade(menu, "after")
            # From the keyboard: tabbing onto the last section brings it fully into view, under no fade.
            items.evaluate("el => el.scrollTo({ left: 0, behavior: 'instant' })")
            last = page.locator(".section-nav a").last
            page.locator(".section-nav a").first.focus()
            while not last.evaluate("el => el === document.activeElement"):
                page.keyboard.press("Tab")
            page.wait_for_timeout(100)
            assert last.evaluate(
                """el => {
                    const r = el.getBoundingClientRect(), list = el.closest('ul').getBoundingClientRect();
                    return r.left >= list.left - 0.5 && r.right <= list.right + 0.5
                        && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
                }"""
            ), (width, home)
            context.close()


def _fade(menu, which: str) -> bool:
    """Is the menu's ::before / ::after fade edge showing?"""
    return menu.evaluate(
        f"""el => {{ const s = getComputedStyle(el, '::{which}');
                  return s.content !== 'none' && s.display !== 'none' && parseFloat(s.opacity) > 0.5
                      && parseFloat(s.width) >= 16; }}"""
    )


def test_the_front_loads_its_lead_picture_first_and_the_rest_lazily(live_server, browser, demo):
    page = _phone(browser, 390).new_page()
    for path in ("/en/", "/hu/", "/en/budapest/", "/hu/budapest/"):
        page.goto(live_server.url + path)
        pictures = page.locator("main img").evaluate_all(
            "imgs => imgs.map(i => [!!i.closest('.card--lead'), i.loading, i.getAttribute('fetchpriority')])"
        )
        assert len(pictures) >= 2, (path, pictures)
        lead, *rest = pictures
        assert lead == [True, "eager", "high"], (path, pictures)
        assert all(loading == "lazy" and priority is None for _, loading, priority in rest), (path, pictures)


def test_secondary_stories_are_compact_cards_on_a_phone(live_server, browser, demo):
    """Below the lead, a card on a phone is a thumbnail beside its headline; on a desktop, a picture above
    it."""
    for width, compact in ((390, True), (DESKTOP, False)):
        page = browser.new_page(viewport={"width": width, "height": 900})
        for path in ("/en/", "/hu/budapest/"):
            page.goto(live_server.url + path)
            secondary = ".rail .card:has(img), .section-list .card:not(.card--lead):has(img)"
            cards = page.locator(secondary).evaluate_all(
                """cards => cards.map(c => {
                    const img = c.querySelector('img').getBoundingClientRect();
                    const title = c.querySelector('.card__title').getBoundingClientRect();
                    return [img.width, img.right <= title.left || img.left >= title.right];
                })"""
            )
            assert cards, path
            for image_width, beside in cards:
                if compact:
                    assert beside and image_width <= 130, (width, path, cards)
                else:
                    assert not beside and image_width > 200, (width, path, cards)
        page.close()


def test_the_home_page_is_much_shorter_on_a_phone(live_server, browser):
    """The full demo (28 stories in eight sections): 11,551 px tall in English and 12,081 in Hungarian at
    390 px with a full-width picture on every card; about 6,600 and 7,100 with compact cards."""
    DemoLoader(create_admin=False, log=lambda *_: None).run()
    heights = {}
    for home in ("/en/", "/hu/"):
        page = _phone(browser, 390).new_page()
        page.goto(live_server.url + home)
        heights[home] = page.evaluate("document.scrollingElement.scrollHeight")
        page.context.close()
    print(f"home page height at 390 px: {heights}")  # noqa: T201 (the figure the issue quotes)
    assert all(height < 7500 for height in heights.values()), heights


def test_no_serious_accessibility_violations_on_a_phone(live_server, browser, demo):
    """axe-core at 360 px: the phone layout (fades, compact cards, the wrapped utility row) adds none."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    problems = []
    page = _phone(browser, 360).new_page()
    for path in ("/en/", "/hu/", "/hu/budapest/", demo["article"]["hu"].url, "/en/search/?q=tram"):
        page.goto(live_server.url + path)
        for violation in axe.run(page).response["violations"]:
            if violation["impact"] in ("serious", "critical"):
                problems.append(f"{path}: {violation['id']} {[n['target'] for n in violation['nodes']][:3]}")
    assert not problems, "\n".join(problems)
