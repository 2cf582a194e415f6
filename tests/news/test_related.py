"""Related articles: scoring properties, the stored block, publishing events, reconcile, rebuild."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from news.models import ArticlePage, ArticleRelatedExclude, ArticleRelatedPin, RelatedArticle, RelatedState
from news.related import service as related_service
from news.related.scoring import Features, rank, score, text_tokens
from news.tasks import related_reconcile_task
from tests import factories

NOW = timezone.now()


def feature(id, *, locale=1, section="A", days=0, topics=(), text=""):
    return Features(
        id=id,
        locale_id=locale,
        section_path=section,
        published=NOW - timedelta(days=days),
        topics=frozenset(topics),
        tokens=text_tokens(text),
    )


# --- scoring, no database ---------------------------------------------------------------------------


def test_never_self_never_other_language_and_count_respected():
    me = feature(1, topics=[1])
    candidates = [feature(1, topics=[1]), feature(2, topics=[1], locale=2)] + [
        feature(i, topics=[1]) for i in range(3, 20)
    ]
    ranked = rank(me, candidates, topic_idf={1: 1.0}, pins=[], excludes=set(), count=8)
    ids = [row[0] for row in ranked]
    assert 1 not in ids and 2 not in ids
    assert len(ids) == 8


def test_pins_first_in_order_and_excludes_honoured():
    me = feature(1, topics=[1])
    candidates = [feature(i, topics=[1], days=i) for i in range(2, 12)]
    ranked = rank(me, candidates, topic_idf={1: 1.0}, pins=[9, 7], excludes={2, 9}, count=5)
    ids = [row[0] for row in ranked]
    assert ids[0] == 7 and ranked[0][2] is True  # 9 is both pinned and excluded: exclusion wins
    assert 2 not in ids and 9 not in ids
    assert len(ids) == 5


def test_rare_shared_topic_beats_common_one():
    me = feature(1, topics=[10, 20])
    common = feature(2, topics=[10])
    rare = feature(3, topics=[20])
    frequencies = {10: 1.1, 20: 4.0}
    assert score(me, rare, topic_idf=frequencies) > score(me, common, topic_idf=frequencies)


def test_recency_and_section_and_text_count():
    me = feature(1, topics=[1], text="Budapest tram line renewal")
    near = feature(2, topics=[1], days=1)
    far = feature(3, topics=[1], days=400)
    assert score(me, near, topic_idf={1: 1}) > score(me, far, topic_idf={1: 1})
    same_section = feature(4, section="A")
    other_section = feature(5, section="B")
    assert score(me, same_section, topic_idf={}) > score(me, other_section, topic_idf={}) == 0
    similar = feature(6, section="B", text="Tram renewal in Budapest")
    assert score(me, similar, topic_idf={}) > 0


def test_text_tokens_fold_accents_and_drop_stop_words():
    assert text_tokens("Választások után") == text_tokens("valasztasok")
    assert "which" not in " ".join(text_tokens("which tram"))


# --- the stored block ----------------------------------------------------------------------------


@pytest.fixture
def newsroom(site, sections):
    en = site["locales"]["en"]
    transport = factories.make_topic(en, "Transport")
    housing = factories.make_topic(en, "Housing")
    return {
        "section": sections["en"],
        "hu_section": sections["hu"],
        "transport": transport,
        "housing": housing,
    }


def refresh(article):
    """Index every article (as the publish tasks would have), then refresh this one's block."""
    related_service.related_index(article_ids=list(ArticlePage.objects.values_list("pk", flat=True)))
    return related_service.related_refresh(article_id=article.pk)


def _block(article):
    return list(
        RelatedArticle.objects.filter(article=article).order_by("rank").values_list("related_id", flat=True)
    )


def test_refresh_stores_block_is_idempotent_and_skips_invisible(newsroom, django_capture_on_commit_callbacks):
    t = newsroom["transport"]
    me = factories.make_article(newsroom["section"], "Tram line renewal", topics=[t])
    visible = [factories.make_article(newsroom["section"], f"Tram story {n}", topics=[t]) for n in range(3)]
    draft = factories.make_article(newsroom["section"], "Draft tram story", topics=[t], live=False)
    private = factories.make_article(newsroom["section"], "Private tram story", topics=[t])
    with django_capture_on_commit_callbacks(execute=True):  # privacy is re-read after the commit
        private.view_restrictions.create(restriction_type="password", password="x")
    hungarian = factories.make_article(newsroom["hu_section"], "Villamos", topics=[])

    first = refresh(me)
    assert first.changed
    block = _block(me)
    assert set(block) == {a.pk for a in visible}
    assert (
        draft.pk not in block and private.pk not in block and hungarian.pk not in block and me.pk not in block
    )
    again = refresh(me)
    assert not again.changed and _block(me) == block


def test_page_renders_the_stored_block(client, newsroom, django_capture_on_commit_callbacks):
    t = newsroom["transport"]
    me = factories.make_article(newsroom["section"], "Tram line renewal", topics=[t])
    other = factories.make_article(newsroom["section"], "Night trams return", topics=[t])
    refresh(me)
    html = client.get(me.url).content.decode()
    assert "Related articles" in html and "Night trams return" in html
    # Unpublished after the block was computed: gone from the page as soon as the unpublish commits
    # (the rendered copy's generation is replaced after commit; the page filters what is no longer live).
    with django_capture_on_commit_callbacks(execute=True):
        other.unpublish()
    assert "Night trams return" not in client.get(me.url).content.decode()


def test_pins_and_excludes_from_the_admin(newsroom):
    t = newsroom["transport"]
    me = factories.make_article(newsroom["section"], "Tram line renewal", topics=[t])
    unrelated = factories.make_article(newsroom["section"], "Opera gala", topics=[newsroom["housing"]])
    close = factories.make_article(newsroom["section"], "Tram depot", topics=[t])
    ArticleRelatedPin.objects.create(page=me, article=unrelated, sort_order=0)
    ArticleRelatedExclude.objects.create(page=me, article=close)
    refresh(me)
    block = _block(me)
    assert block[0] == unrelated.pk and close.pk not in block


def test_pins_follow_the_translation(newsroom):
    hu = newsroom["hu_section"].locale
    pinned_en = factories.make_article(newsroom["section"], "Pinned story")
    pinned_hu = factories.translate(pinned_en, hu, title="Kitűzött", slug="kituzott")
    me_en = factories.make_article(newsroom["section"], "Mine")
    ArticleRelatedPin.objects.create(page=me_en, article=pinned_en, sort_order=0)
    me_hu = factories.translate(me_en, hu, title="Enyém", slug="enyem")
    refresh(me_hu)
    assert _block(me_hu) == [pinned_hu.pk]


@pytest.fixture
def editors_choices(newsroom, site, django_capture_on_commit_callbacks):
    """An English original with a live synced Hungarian translation, and the stories an editor will pin
    (from another section: never chosen automatically) and exclude (same section: always chosen)."""
    hu = newsroom["hu_section"].locale
    business = factories.make_section(site["en"], "Business", slug="business")
    factories.translate(business, hu, title="Gazdaság", slug="gazdasag")
    with django_capture_on_commit_callbacks(execute=True):
        pinned = factories.make_article(business, "Budget passes")
        pinned_hu = factories.translate(pinned, hu, title="Elfogadták a költségvetést", slug="koltsegvetes")
        close = factories.make_article(newsroom["section"], "Bridge works")
        close_hu = factories.translate(close, hu, title="Hídfelújítás", slug="hidfelujitas")
        original = factories.make_article(newsroom["section"], "Tram line opens")
    with django_capture_on_commit_callbacks(execute=True):
        translation = factories.synced_translation(original, hu)
    assert close_hu.pk in _block(translation) and pinned_hu.pk not in _block(translation)
    return {
        "original": original,
        "translation": translation,
        "pinned": pinned,
        "pinned_hu": pinned_hu,
        "close": close,
        "close_hu": close_hu,
    }


def test_pins_set_on_the_original_reach_its_translation_when_the_original_is_published(
    editors_choices, django_capture_on_commit_callbacks
):
    original, translation = editors_choices["original"], editors_choices["translation"]
    original.related_pins = [ArticleRelatedPin(article=editors_choices["pinned"], sort_order=0)]
    original.related_excludes = [ArticleRelatedExclude(article=editors_choices["close"])]
    with django_capture_on_commit_callbacks(execute=True):
        factories.publish(original)  # the translation is neither synced nor republished

    assert not translation.related_pins.exists(), "the translation's own rows are as they were"
    block = _block(translation)
    assert block[0] == editors_choices["pinned_hu"].pk
    assert editors_choices["close_hu"].pk not in block
    assert _block(original)[0] == editors_choices["pinned"].pk

    # The full rebuild reads the same choices.
    RelatedArticle.objects.all().delete()
    call_command("rebuild_related", locale="hu")
    assert _block(translation) == block


def test_reconcile_refreshes_a_translation_whose_original_was_republished(
    editors_choices, django_capture_on_commit_callbacks
):
    """A lost refresh (broker down while the original was published) is repaired by the beat task."""
    original, translation = editors_choices["original"], editors_choices["translation"]
    original.related_pins = [ArticleRelatedPin(article=editors_choices["pinned"], sort_order=0)]
    factories.publish(original)  # no commit callbacks: nothing follows, as with a lost message
    assert editors_choices["pinned_hu"].pk not in _block(translation)
    assert translation.pk in related_service.stale_article_ids(limit=100)
    related_reconcile_task.apply().get()
    assert _block(translation)[0] == editors_choices["pinned_hu"].pk
    assert translation.pk not in related_service.stale_article_ids(limit=100)


def test_publishing_refreshes_neighbours_and_unpublishing_removes_everywhere(
    newsroom, django_capture_on_commit_callbacks
):
    t = newsroom["transport"]
    with django_capture_on_commit_callbacks(execute=True):
        older = [factories.make_article(newsroom["section"], f"Tram story {n}", topics=[t]) for n in range(3)]
    with django_capture_on_commit_callbacks(execute=True):
        fresh = factories.make_article(newsroom["section"], "Brand new tram line", topics=[t])
    for article in older:
        assert fresh.pk in _block(article), "neighbours sharing a topic were refreshed on publish"
    assert set(_block(fresh)) == {a.pk for a in older}

    with django_capture_on_commit_callbacks(execute=True):
        fresh.unpublish()
    assert not RelatedArticle.objects.filter(related=fresh).exists()
    assert not RelatedArticle.objects.filter(article=fresh).exists()
    for article in older:
        assert set(_block(article)) == {a.pk for a in older} - {article.pk}


def test_deleting_and_making_private_take_articles_out(newsroom, django_capture_on_commit_callbacks):
    t = newsroom["transport"]
    with django_capture_on_commit_callbacks(execute=True):
        a, b, c = (factories.make_article(newsroom["section"], f"Tram {n}", topics=[t]) for n in range(3))
    assert b.pk in _block(a)
    with django_capture_on_commit_callbacks(execute=True):
        b.delete()
    assert set(_block(a)) == {c.pk}
    with django_capture_on_commit_callbacks(execute=True):
        c.view_restrictions.create(restriction_type="password", password="x")
    assert _block(a) == []


def test_reconcile_repairs_a_stale_block(newsroom, django_capture_on_commit_callbacks):
    t = newsroom["transport"]
    with django_capture_on_commit_callbacks(execute=True):
        a, b = (factories.make_article(newsroom["section"], f"Tram {n}", topics=[t]) for n in range(2))
    # Simulate a lost message: the block is wrong and looks old.
    RelatedArticle.objects.filter(article=a).delete()
    RelatedState.objects.filter(article=a).update(computed_at=timezone.now() - timedelta(days=3))
    result = related_reconcile_task.apply().get()
    assert result["stale"] >= 1
    assert _block(a) == [b.pk]


def test_rebuild_matches_single_refresh(newsroom):
    t, h = newsroom["transport"], newsroom["housing"]
    articles = [
        factories.make_article(
            newsroom["section"],
            f"Story {n} about trams" if n % 2 else f"Story {n} about rents",
            topics=[t] if n % 3 else [t, h],
            published=NOW - timedelta(days=n * 3),
        )  # fmt: skip
        for n in range(14)
    ]
    for article in articles:
        refresh(article)
    refreshed = {a.pk: _block(a) for a in articles}
    assert all(len(block) == 8 for block in refreshed.values())
    RelatedArticle.objects.all().delete()
    call_command("rebuild_related", locale="en")
    assert {a.pk: _block(a) for a in articles} == refreshed


def test_rebuild_rejects_bad_options(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Unknown locale"):
        call_command("rebuild_related", locale="xx")
    with pytest.raises(CommandError, match="--since"):
        call_command("rebuild_related", since="yesterday-ish")
    with pytest.raises(CommandError, match="--since"):
        call_command("rebuild_related", since="2026-13-45")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_rebuild_of_both_languages():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("forked processes need the test database over the network (PostgreSQL)")
    site = factories.build_site()
    sections = {
        code: factories.make_section(site[code], f"News {code}", slug=f"news-{code}") for code in ("en", "hu")
    }
    articles = [
        factories.make_article(sections[code], f"Story {code} {n}") for code in ("en", "hu") for n in range(4)
    ]
    RelatedArticle.objects.all().delete()
    call_command("rebuild_related", jobs=2)
    for article in articles:
        block = _block(article)
        assert len(block) == 3
        assert {ArticlePage.objects.get(pk=pk).locale_id for pk in block} == {article.locale_id}
