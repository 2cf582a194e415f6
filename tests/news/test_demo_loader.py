"""`load_demo_content` builds real wagtail-localize translations and is idempotent."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from home.demo.loader import DemoLoader
from home.models import HomePage, SiteBranding
from news.models import ArticlePage, Author, SectionPage, Topic
from tests.news import demo_sample


def _counts():
    return {
        model.__name__: model.objects.count()
        for model in (Page, HomePage, SectionPage, ArticlePage, Author, Topic, SiteBranding, Translation)
    }


@pytest.fixture
def loaded(db, django_capture_on_commit_callbacks):
    # wagtail-localize publishes translations on commit; run those callbacks as a real commit would.
    with django_capture_on_commit_callbacks(execute=True):
        DemoLoader(create_admin=True, log=lambda *_: None, data=demo_sample).run()


def test_builds_both_languages_as_translations(loaded):
    en_home = HomePage.objects.get(locale__language_code="en")
    hu_home = HomePage.objects.get(locale__language_code="hu")
    assert en_home.translation_key == hu_home.translation_key
    assert Site.objects.get(is_default_site=True).root_page_id == en_home.pk
    assert SectionPage.objects.filter(locale__language_code="hu").count() == 2

    tram_en = ArticlePage.objects.get(slug="new-tram-line-opens")
    tram_hu = tram_en.get_translation(hu_home.locale)
    assert tram_hu.live
    assert tram_hu.title == "Átadták az új villamosvonalat"
    assert tram_hu.slug == "atadtak-az-uj-villamosvonalat"
    assert tram_hu.get_parent().specific.get_parent().pk == hu_home.pk
    # Every block translated, links kept, numbers untouched.
    body = {block.block_type: block.value for block in tram_hu.body}
    assert 'href="https://example.org/tram"' in body["paragraph"].source
    assert "indul" in body["paragraph"].source
    assert body["quote"]["quote"] == "Jó nap ez."
    assert list(body["fact_box"]["items"]) == ["12 megálló", "4,2 km"]
    assert list(body["table"]["columns"]) == ["Útvonal", "Perc"]
    assert body["image"]["caption"] == "Az első villamos."
    # Bylines and topics point at the Hungarian translations of the snippets.
    assert [a.author.role for a in tram_hu.article_authors.all()] == ["Városi riporter"]
    assert [t.topic.name for t in tram_hu.article_topics.all()] == ["Tömegközlekedés"]
    assert "Rosszul adtuk meg" in tram_hu.corrections.get().text
    # A real wagtail-localize translation: the segment editor and sync know about it.
    assert Translation.objects.filter(
        source__object_id=tram_en.translation_key, target_locale=hu_home.locale
    ).exists()


def test_hungarian_originals_translate_into_english(loaded):
    rents_hu = ArticlePage.objects.get(slug="ismet-nottek-a-lakberek")
    assert rents_hu.locale.language_code == "hu"
    rents_en = rents_hu.get_translation(HomePage.objects.get(locale__language_code="en").locale)
    assert rents_en.title == "Rents rise again"
    assert rents_en.ai_use == "ai_written"  # the original's, synchronised
    assert rents_en.first_published_at > rents_hu.first_published_at


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_page_tree_is_sound_after_real_commits():
    # Real commits, as in `make run`: wagtail-localize publishes each translation when its step commits.
    DemoLoader(create_admin=False, log=lambda *_: None, data=demo_sample).run()
    assert Page.find_problems() == ([], [], [], [], [])


def test_single_language_articles_stay_single(loaded):
    only = ArticlePage.objects.get(slug="csak-magyarul")
    assert only.get_translations().count() == 0


def test_second_run_changes_nothing(loaded, django_capture_on_commit_callbacks):
    before = _counts()
    with django_capture_on_commit_callbacks(execute=True):
        assert DemoLoader(create_admin=True, log=lambda *_: None, data=demo_sample).run() == 0
    assert _counts() == before


def test_command_prints_login_only_when_admin_created(db, capsys, monkeypatch):
    monkeypatch.setattr("home.demo.loader.read_content", lambda: demo_sample)
    call_command("load_demo_content", "--no-admin")
    assert "Admin login" not in capsys.readouterr().out
    call_command("load_demo_content", "--admin")
    out = capsys.readouterr().out
    assert "admin / budapest" in out and "reporter (Reporters)" in out and "chief (Editors-in-chief)" in out
    reporter = get_user_model().objects.get(username="reporter")
    assert list(reporter.groups.values_list("name", flat=True)) == ["Reporters"]
    assert reporter.check_password("budapest") and not reporter.is_superuser
    assert get_user_model().objects.get(username="chief").groups.get().name == "Editors-in-chief"
    # Wagtail's account page requires a full name: without one no login could save its language there
    # (outside trial of issue 17).
    for login in get_user_model().objects.all():
        assert login.first_name and login.last_name, login.username


def test_each_language_describes_its_pictures_in_its_own_words(loaded, client):
    """The demo's pictures carry text in both languages, and each page shows its own (news.pictures)."""
    tram_en = ArticlePage.objects.get(slug="new-tram-line-opens")
    tram_hu = tram_en.get_translation(HomePage.objects.get(locale__language_code="hu").locale)
    assert tram_en.hero_image.alt_for("hu") == "Sínek" and tram_en.hero_image.alt_for("en") == "Rails"
    english = client.get(tram_en.url).content.decode()
    hungarian = client.get(tram_hu.url).content.decode()
    assert 'alt="Rails"' in english and 'alt="A tram on the bridge"' in english
    assert 'alt="Sínek"' in hungarian and 'alt="Villamos a hídon"' in hungarian
    assert "Rails" not in hungarian and "A tram on the bridge" not in hungarian


def test_demo_translations_are_current(loaded, client):
    """An outside trial found every demo translation "behind its original" right after loading: readers were
    told the original had changed and every translator's queue held every story."""
    from news.desk.status import LIVE, targets_and_states

    articles = ArticlePage.objects.values("translation_key")
    translations = list(Translation.objects.select_related("source").filter(source__object_id__in=articles))
    assert translations
    assert {fact.state for fact in targets_and_states(translations).values()} == {LIVE}
    first = translations[0]
    target = ArticlePage.objects.get(translation_key=first.source.object_id, locale=first.target_locale)
    assert "data-translation-outdated" not in client.get(target.url).content.decode()
