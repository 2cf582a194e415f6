"""AI labels that say what happened (issue 17): human, AI-assisted, written by AI and checked by an editor.

Each kind has its own words for readers in both languages, on the article (in its header, above the
fold), on cards (fronts, sections, related blocks), in feeds and in search results; its own IPTC
digital source type (none for people's work); it follows a story into its translations, and a
machine-translated translation is at least AI-assisted. Old content (`ai_generated`) keeps its label
through the migration and in revisions saved before it.
"""

import json
import re

import feedparser
import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.models import Revision
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation, TranslationContext, TranslationSource
from wagtail_localize.operations import translate_object
from wagtail_localize.views.edit_translation import apply_machine_translation

from home.models import SiteBranding
from news.desk.status import confirm_machine_drafts
from news.models import ArticlePage, RelatedArticle
from search.indexing import search_sync
from tests import factories
from tests.news.test_admin import article_form

pytestmark = pytest.mark.django_db

IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"
KINDS = ("human", "ai_assisted", "ai_written")
SOURCE_TYPES = {
    "ai_written": "trainedAlgorithmicMedia",
    "ai_assisted": "compositeWithTrainedAlgorithmicMedia",
}
TITLES = {
    "en": {
        "human": "Danube bridge by people",
        "ai_assisted": "Danube bridge with help",
        "ai_written": "Danube bridge by AI",
    },
    "hu": {
        "human": "Dunai híd emberektől",
        "ai_assisted": "Dunai híd segítséggel",
        "ai_written": "Dunai híd géptől",
    },
}
LABELS = {
    "en": {"human": "", "ai_assisted": "AI-assisted", "ai_written": "Written by AI, checked by an editor"},
    "hu": {
        "human": "",
        "ai_assisted": "MI-támogatással készült",
        "ai_written": "MI írta, szerkesztő ellenőrizte",
    },
}
# The assisted text is the built-in wording (the test branding leaves it empty); the written one is
# the test branding's own (tests/factories.build_site).
DISCLAIMERS = {
    "en": {
        "ai_assisted": "Artificial intelligence helped with this article, for research, translation or "
        "summaries.",
        "ai_written": "Written by a machine.",
    },
    "hu": {
        "ai_assisted": "A cikk elkészítésében mesterséges intelligencia segített",
        "ai_written": "Gép írta.",
    },
}


@pytest.fixture
def stories(site, sections):
    """One story of each kind in English with its Hungarian translation."""
    hu = site["locales"]["hu"]
    found = {"en": {}, "hu": {}}
    for kind in KINDS:
        original = factories.make_article(
            sections["en"], TITLES["en"][kind], ai_use=kind, standfirst=f"Standfirst of {kind}."
        )
        found["en"][kind] = original
        found["hu"][kind] = factories.translate(
            original, hu, title=TITLES["hu"][kind], slug=f"dunai-hid-{kind.replace('_', '-')}"
        )
    return found


def card_labels(html: str) -> dict[str, str]:
    """{headline: the AI label on its card, "" for none} of every card on a page."""
    labels = {}
    for card in re.findall(r'<article class="card.*?</article>', html, re.S):
        title = re.search(r'class="card__title"><a href="[^"]*">(.*?)</a>', card).group(1)
        label = re.search(r'class="card__label card__label--ai"[^>]*>(.*?)</p>', card)
        labels[title] = label.group(1) if label else ""
    return labels


def header_of(html: str) -> str:
    return html.split('<header class="article__header">', 1)[1].split("</header>", 1)[0]


def json_ld(html: str) -> dict:
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(block)


@pytest.mark.parametrize("language", ["en", "hu"])
def test_each_kind_has_its_words_above_the_fold_and_its_source_type(client, stories, language):
    for kind, article in stories[language].items():
        html = client.get(article.url).content.decode()
        header = header_of(html)
        if kind == "human":
            assert "notice--ai" not in html
            assert all(label not in html for label in LABELS[language].values() if label)
            assert "digitalSourceType" not in json_ld(html)
            continue
        assert f'data-ai-use="{kind}"' in header
        assert LABELS[language][kind] in header, (kind, language)
        assert DISCLAIMERS[language][kind] in header, (kind, language)
        other = "ai_written" if kind == "ai_assisted" else "ai_assisted"
        assert LABELS[language][other] not in html and DISCLAIMERS[language][other] not in html
        assert json_ld(html)["digitalSourceType"] == IPTC + SOURCE_TYPES[kind]


def test_branding_gives_each_kind_its_own_disclaimer(client, stories):
    SiteBranding.objects.filter(locale__language_code="en").update(
        ai_assisted_disclaimer="<p>Our own assisted wording.</p>"
    )
    html = client.get(stories["en"]["ai_assisted"].url).content.decode()
    assert "Our own assisted wording." in header_of(html)
    assert DISCLAIMERS["en"]["ai_assisted"] not in html
    written = client.get(stories["en"]["ai_written"].url).content.decode()
    assert "Written by a machine." in header_of(written) and "Our own assisted wording." not in written


@pytest.mark.parametrize("language", ["en", "hu"])
def test_cards_on_fronts_sections_and_related_blocks_carry_the_label(
    client, site, sections, stories, language
):
    host = factories.make_article(sections[language], "Host")
    for rank, article in enumerate(stories[language].values(), start=1):
        RelatedArticle.objects.create(article=host, related=article, rank=rank, score=1.0)
    expected = {TITLES[language][kind]: LABELS[language][kind] for kind in KINDS}
    for url in (site[language].url, sections[language].url, host.url):
        labels = card_labels(client.get(url).content.decode())
        assert {title: labels.get(title) for title in expected} == expected, url


@pytest.mark.parametrize("language", ["en", "hu"])
def test_feed_items_say_it_in_the_feed_language(client, stories, language):
    parsed = feedparser.parse(client.get(f"/{language}/rss/").content)
    assert not parsed.bozo, parsed.bozo_exception
    entries = {entry.title: entry for entry in parsed.entries}
    for kind in KINDS:
        entry, label = entries[TITLES[language][kind]], LABELS[language][kind]
        terms = [tag.term for tag in entry.get("tags", [])]
        if not label:
            assert entry.summary == f"Standfirst of {kind}."
            assert not set(terms) & set(LABELS[language].values())
            continue
        assert entry.summary == f"{label}. Standfirst of {kind}."
        assert label in terms


@pytest.mark.parametrize("language", ["en", "hu"])
def test_search_results_carry_the_label(client, stories, language):
    search_sync(page_ids=[a.pk for kinds in stories.values() for a in kinds.values()])
    with translation.override(language):
        url = reverse("search")
    html = client.get(url, {"q": "bridge" if language == "en" else "híd"}).content.decode()
    results = re.findall(r'<li class="search-result">(.*?)</li>', html, re.S)
    found = {}
    for result in results:
        title = strip_tags(re.search(r'class="search-result__title">(.*?)</h2>', result, re.S).group(1))
        label = re.search(r'class="card__label card__label--ai"[^>]*>(.*?)</p>', result)
        found[title] = label.group(1) if label else ""
    assert found == {TITLES[language][kind]: LABELS[language][kind] for kind in KINDS}


def test_a_new_label_reaches_the_cards_other_pages_keep(
    client, site, sections, django_capture_on_commit_callbacks
):
    story = factories.make_article(sections["en"], "Label me")
    host = factories.make_article(sections["en"], "Host story")
    RelatedArticle.objects.create(article=host, related=story, rank=1, score=1.0)
    pages = [site["en"].url, sections["en"].url, host.url]
    for url in pages:
        assert card_labels(client.get(url).content.decode())["Label me"] == ""
    # Behind the pipeline's back the pages stay as rendered: they are kept, so the publish must reach them.
    ArticlePage.objects.filter(pk=story.pk).update(ai_use="ai_written")
    assert card_labels(client.get(host.url).content.decode())["Label me"] == ""

    story.refresh_from_db()
    story.ai_use = "ai_assisted"
    with django_capture_on_commit_callbacks(execute=True):
        factories.publish(story)
    for url in pages:
        assert card_labels(client.get(url).content.decode())["Label me"] == "AI-assisted", url


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_editors_choose_the_kind_in_the_admin(client, editor, sections, embed):
    article = factories.make_article(sections["en"], "Chosen")
    en = sections["en"].locale
    furniture = {
        "author": factories.make_author(en, "Eszter Varga"),
        "topic": factories.make_topic(en, "Transport"),
        "image": factories.make_image("Tram"),
    }
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=(article.pk,))
    page = client.get(edit_url).content.decode()
    for value, words in [
        ("human", "Written by people, no AI label"),
        ("ai_assisted", "AI-assisted: research, machine translation or summaries"),
        ("ai_written", "Written by AI and checked by an editor"),
    ]:
        assert f'value="{value}"' in page and words in page

    data = article_form(title="Chosen", **furniture)
    data["ai_use"] = "robot"
    data["slug"] = article.slug
    response = client.post(edit_url, data)
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()

    data["ai_use"] = "ai_assisted"
    assert client.post(edit_url, data).status_code == 302
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().ai_use == "ai_assisted"


def test_the_hungarian_admin_explains_the_choice(client, sections, django_user_model):
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_superuser("szerkeszto", "sz@example.org", "pw")
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="hu")
    client.force_login(user)
    article = factories.make_article(sections["hu"], "Magyar cikk")
    page = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    for words in (
        "MI használata",
        "Újságírók írták, nincs MI-címke",
        "MI-támogatással: háttérkutatás, gépi fordítás vagy összefoglalás",
        "MI írta, szerkesztő ellenőrizte",
        "gépi fordítással készült fordítás",
    ):
        assert words in page, words


def test_a_draft_saved_as_ai_generated_keeps_its_label(client, editor, sections):
    article = factories.make_article(sections["en"], "Old draft")
    revision = article.save_revision()
    content = {key: value for key, value in revision.content.items() if key != "ai_use"}
    Revision.objects.filter(pk=revision.pk).update(content={**content, "ai_generated": True})
    revision.refresh_from_db()
    assert revision.as_object().ai_use == "ai_written"

    client.force_login(editor)
    page = client.get(reverse("wagtailadmin_pages:edit", args=(article.pk,))).content.decode()
    assert re.search(r'name="ai_use" value="ai_written"[^>]*checked', page)

    revision.publish()
    article.refresh_from_db()
    assert article.ai_use == "ai_written"


def test_translations_follow_the_original_and_machine_translation_is_ai_assisted(
    site, sections, django_user_model, django_capture_on_commit_callbacks
):
    hu = site["locales"]["hu"]
    admin = django_user_model.objects.create_superuser("desk", "desk@example.org", "pw")
    written = factories.make_article(sections["en"], "Written story", ai_use="ai_written")
    by_hand = factories.make_article(sections["en"], "Hand story")
    by_machine = factories.make_article(sections["en"], "Machine story")
    with django_capture_on_commit_callbacks(execute=True):
        written_hu = factories.synced_translation(written, hu)
        hand_hu = factories.synced_translation(by_hand, hu)
    assert written_hu.specific.ai_use == "ai_written"
    assert hand_hu.specific.ai_use == "human"

    with django_capture_on_commit_callbacks(execute=True):
        translate_object(by_machine, [hu])
    machine = Translation.objects.get(source__object_id=by_machine.translation_key, target_locale=hu)
    assert apply_machine_translation(machine.pk, admin, get_machine_translator())
    with django_capture_on_commit_callbacks(execute=True):
        machine.save_target(user=admin)
    machine_hu = ArticlePage.objects.get(translation_key=by_machine.translation_key, locale=hu)
    assert machine_hu.live and machine_hu.ai_use == "ai_assisted"
    assert ArticlePage.objects.get(pk=by_machine.pk).ai_use == "human"  # the original says what it is

    # A person vouching for the machine's draft does not make it a person's translation.
    assert confirm_machine_drafts(machine, admin) > 0
    with django_capture_on_commit_callbacks(execute=True):
        machine.save_target(user=admin)
    assert ArticlePage.objects.get(pk=machine_hu.pk).ai_use == "ai_assisted"


@pytest.fixture
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("migrations inside the test's transaction need PostgreSQL's transactional DDL")


def _migrate(app: str, name: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending trigger events before ALTER TABLE
    executor = MigrationExecutor(connection)
    executor.migrate([(app, name)])


def _column(name: str) -> dict[int, object]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT page_ptr_id, {name} FROM news_articlepage")  # noqa: S608 (a column name of ours)
        return dict(cursor.fetchall())


def test_the_migration_maps_ai_generated_both_ways(postgres_only, sections):
    pages = {kind: factories.make_article(sections["en"], ai_use=kind).pk for kind in KINDS}
    _migrate("news", "0009_assignment_labels")
    generated = _column("ai_generated")
    # Backward: any disclosure stays a disclosure.
    assert {kind: generated[pk] for kind, pk in pages.items()} == {
        "human": False,
        "ai_assisted": True,
        "ai_written": True,
    }
    with connection.cursor() as cursor:
        cursor.execute("UPDATE news_articlepage SET ai_generated = (page_ptr_id = %s)", [pages["ai_written"]])
    _migrate("news", "0010_article_ai_use")
    used = _column("ai_use")
    assert {kind: used[pk] for kind, pk in pages.items()} == {
        "human": "human",
        "ai_assisted": "human",  # was not AI-generated before the way back
        "ai_written": "ai_written",
    }


def test_the_branding_migration_keeps_the_translated_disclaimer(postgres_only, site):
    branding = SiteBranding.objects.get(locale__language_code="en")
    source, _created = TranslationSource.get_or_create_from_instance(branding)
    contexts = TranslationContext.objects.filter(object_id=branding.translation_key)
    assert contexts.filter(path="ai_written_disclaimer").exists()

    _migrate("home", "0010_subscriber_labels")
    assert not contexts.filter(path="ai_written_disclaimer").exists()
    old = contexts.get(path="ai_disclaimer")
    assert old.path_id == TranslationContext._get_path_id("ai_disclaimer")
    source.refresh_from_db()
    assert "ai_disclaimer" in json.loads(source.content_json)
    with connection.cursor() as cursor:
        cursor.execute("SELECT ai_disclaimer FROM home_sitebranding WHERE id = %s", [branding.pk])
        assert cursor.fetchone()[0] == "<p>Written by a machine.</p>"

    _migrate("home", "0011_branding_ai_disclaimers")
    new = contexts.get(path="ai_written_disclaimer")
    assert new.pk == old.pk and new.path_id == TranslationContext._get_path_id("ai_written_disclaimer")
    source.refresh_from_db()
    content = json.loads(source.content_json)
    assert "ai_disclaimer" not in content
    assert content["ai_written_disclaimer"] == "<p>Written by a machine.</p>"
    branding.refresh_from_db()
    assert branding.ai_written_disclaimer == "<p>Written by a machine.</p>"
    assert branding.ai_assisted_disclaimer == ""


@pytest.mark.parametrize("language", ["en", "hu"])
def test_the_listen_reading_says_the_label_after_the_headline(stories, language):
    from news.audio.service import reading_text

    for kind, article in stories[language].items():
        parts = reading_text(ArticlePage.objects.select_related("locale").get(pk=article.pk)).split("\n\n")
        assert parts[0] == TITLES[language][kind]
        assert parts[1] == (LABELS[language][kind] or f"Standfirst of {kind}.")


def test_a_label_changed_on_the_original_reaches_every_language_with_the_publish(
    client, site, sections, django_capture_on_commit_callbacks
):
    """Outside trial of issue 17: an editor changed the original's label and published; the live
    Hungarian translation kept "no label" (page, cards, feed, JSON-LD) until someone synced it."""
    hu = site["locales"]["hu"]
    original = factories.make_article(sections["en"], "Label the story")
    with django_capture_on_commit_callbacks(execute=True):
        translation = factories.synced_translation(original, hu)
    translation = ArticlePage.objects.get(pk=translation.pk)  # published on commit
    assert translation.live and translation.ai_use == "human"
    hu_pages = [translation.url, sections["hu"].url]
    for url in hu_pages:
        assert "MI írta" not in client.get(url).content.decode()  # rendered (and kept) without a label

    original.refresh_from_db()
    original.ai_use = "ai_written"
    with django_capture_on_commit_callbacks(execute=True):
        factories.publish(original)

    translation.refresh_from_db()
    assert translation.ai_use == "ai_written"
    page = client.get(translation.url).content.decode()
    header = header_of(page)
    # The short label comes before the headline (above the fold on a phone), the disclaimer after it.
    assert header.index("MI írta, szerkesztő ellenőrizte") < header.index('id="article-title"')
    assert json_ld(page)["digitalSourceType"].endswith("/trainedAlgorithmicMedia")
    assert card_labels(client.get(sections["hu"].url).content.decode())[translation.title] == (
        "MI írta, szerkesztő ellenőrizte"
    )
    # A translation's own draft saved later keeps the story's value, whatever its old revision said.
    translation.ai_use = "human"
    translation.full_clean()
    assert translation.ai_use == "ai_written"
