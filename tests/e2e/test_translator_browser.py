"""A translator translates an article into Hungarian in wagtail-localize's editor; a reader switches."""

import pytest
from django.contrib.auth.models import Group

from news.models import ArticlePage
from tests import factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def newsroom(django_user_model):
    site = factories.build_site()
    en_section = factories.make_section(site["en"], "Budapest", slug="budapest")
    factories.translate(en_section, site["locales"]["hu"], title="Budapest", slug="budapest")
    article = factories.make_article(
        en_section, "Night trams return", standfirst="Lines 6 and 4 run all night again.",
        body=[factories.paragraph("The night service starts on Friday.")],
    )  # fmt: skip
    translator = django_user_model.objects.create_user("anna", "anna@example.org", "translate-me")
    # A senior translator: translates, and may publish translations (a Moderators member).
    translator.groups.add(*Group.objects.filter(name__in=["Translators", "Moderators"]))
    return {"article": article, "hu": site["locales"]["hu"]}


def login(page, base):
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", "anna")
    page.fill("input[name=password]", "translate-me")
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")


def test_translator_translates_in_editor_and_reader_switches(live_server, browser, newsroom):
    base = live_server.url
    article = newsroom["article"]
    page = browser.new_page(locale="en-GB", viewport={"width": 1400, "height": 1000})
    login(page, base)

    page.goto(f"{base}/admin/localize/submit/page/{article.pk}/")
    page.get_by_label("Magyar").check()
    page.get_by_role("button", name="Submit").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("successfully submitted for translation into Magyar").is_visible()

    translations = {
        "Night trams return": "Visszatérnek az éjszakai villamosok",
        "Lines 6 and 4 run all night again.": "A 4-es és a 6-os ismét egész éjjel jár.",
        "The night service starts on Friday.": "Az éjszakai járat pénteken indul.",
    }
    for _ in range(len(translations) + 1):
        buttons = page.get_by_role("button", name="Translate", exact=True)
        if buttons.count() == 0:
            break
        buttons.first.click()
        editor = page.locator("textarea").first
        source = editor.evaluate("el => el.closest('li, div').parentElement.innerText")
        text = next((hu for en, hu in translations.items() if en in source), None)
        editor.fill(text or "ejszakai-villamosok")
        page.get_by_role("button", name="Save", exact=True).first.click()
        page.wait_for_load_state("networkidle")
    assert page.get_by_role("button", name="Translate", exact=True).count() == 0

    page.get_by_role("button", name="Publish in Magyar").click()
    page.wait_for_load_state("networkidle")
    # Every segment is translated: no "unfinished translation" question on the way.
    assert "/admin/desk/publish/" not in page.url, page.locator(
        "[data-desk-untranslated] li"
    ).all_inner_texts()
    assert page.get_by_text("Published").first.is_visible()
    translated = ArticlePage.objects.get(translation_key=article.translation_key, locale=newsroom["hu"])
    assert translated.live and translated.title == "Visszatérnek az éjszakai villamosok"

    reader = browser.new_page(locale="en-GB")
    reader.goto(base + article.url)
    reader.get_by_role("link", name="Magyar").click()
    reader.wait_for_url(base + translated.url)
    assert reader.locator("h1").inner_text() == "Visszatérnek az éjszakai villamosok"
    assert reader.get_by_text("Fordítás angolból").is_visible()
    reader.get_by_role("link", name="English").click()
    reader.wait_for_url(base + article.url)
