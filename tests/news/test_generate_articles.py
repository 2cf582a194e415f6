"""tests.support.archive.generate_articles: bulk-written articles form a sound tree, render and open in the
admin."""

import io
import re
import statistics
from collections import Counter, defaultdict

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from news.models import ArticleAuthor, ArticlePage, ArticleTopic, Topic
from news.text import reading_time_minutes
from tests import factories
from tests.support.archive import NoSectionsError, generate_articles

COUNT = 60  # 12 pairs (40%) and 36 single-language articles, 18 per language


@pytest.fixture
def section_pairs(site):
    """Two EN sections with their HU translations, plus a HU section with no English counterpart."""
    hu = site["locales"]["hu"]
    pairs = []
    for title, hu_title in [("Budapest", "Budapest"), ("Europe", "Európa")]:
        en = factories.make_section(site["en"], title)
        pairs.append((en, factories.translate(en, hu, title=hu_title, slug=title.lower())))
    factories.make_section(site["hu"], "Vélemény", slug="velemeny")
    return pairs


@pytest.fixture
def generated(section_pairs):
    # A batch size that does not divide the count: several batches, the last one short.
    assert generate_articles(count=COUNT, seed=7, batch_size=25) == COUNT
    return ArticlePage.objects.select_related("locale")


def pairs_of(articles) -> list[tuple[ArticlePage, ArticlePage]]:
    by_key = defaultdict(dict)
    for article in articles:
        by_key[article.translation_key][article.locale.language_code] = article
    return [(pages["en"], pages["hu"]) for pages in by_key.values() if len(pages) == 2]


def test_counts_pairs_and_translated_child_rows(generated):
    languages = Counter(a.locale.language_code for a in generated)
    assert languages == {"en": 30, "hu": 30}
    pairs = pairs_of(generated)
    assert len(pairs) == 12
    originals = Counter("en" if en.first_published_at < hu.first_published_at else "hu" for en, hu in pairs)
    assert originals == {"en": 6, "hu": 6}
    for en, hu in pairs:
        assert en.get_parent().translation_key == hu.get_parent().translation_key
        assert en.body.raw_data[0]["id"] == hu.body.raw_data[0]["id"]  # same blocks, so segments line up
        for model in (ArticleAuthor, ArticleTopic):
            en_rows, hu_rows = model.objects.filter(page=en), model.objects.filter(page=hu)
            assert {r.locale_id for r in en_rows} == {en.locale_id}
            assert {r.locale_id for r in hu_rows} == {hu.locale_id}
            assert {r.translation_key for r in hu_rows} <= {r.translation_key for r in en_rows}
        en_topics = {link.topic.translation_key for link in ArticleTopic.objects.filter(page=en)}
        hu_topics = {link.topic.translation_key for link in ArticleTopic.objects.filter(page=hu)}
        assert en_topics == hu_topics


def test_tree_is_sound(generated):
    assert Page.find_problems() == ([], [], [], [], [])
    out = io.StringIO()
    call_command("fixtree", "--noinput", stdout=out)
    assert out.getvalue().count("No problems found.") == 2, out.getvalue()
    sections = {a.get_parent().specific for a in generated}
    assert len(sections) == 5
    for section in sections:
        children = section.get_children()
        assert section.numchild == children.count()
        assert len({c.slug for c in children}) == children.count()
        for child in children:
            assert child.url_path == f"{section.url_path}{child.slug}/"
            assert child.depth == section.depth + 1


def test_articles_render_and_open_in_the_admin(generated, client, django_user_model):
    en, hu = pairs_of(generated)[0]
    for article in (en, hu):
        response = client.get(article.url)
        assert response.status_code == 200
        assert article.title in response.content.decode()
    client.force_login(django_user_model.objects.create_superuser("editor", "e@example.org", "pw"))
    for article in (en, hu):
        response = client.get(f"/admin/pages/{article.pk}/edit/")
        assert response.status_code == 200
        assert article.title in response.content.decode()
        assert article.latest_revision_id == article.live_revision_id


def test_content_looks_like_news(generated):
    words = {"en": [], "hu": []}
    for article in generated:
        language = article.locale.language_code
        kinds = [block.block_type for block in article.body]
        assert kinds.count("paragraph") >= 4
        assert set(kinds) <= {"paragraph", "heading", "quote", "fact_box"}
        assert 1 <= ArticleAuthor.objects.filter(page=article).count() <= 3
        assert 1 <= ArticleTopic.objects.filter(page=article, topic__locale=article.locale).count() <= 4
        assert abs(article.reading_time - reading_time_minutes(article.standfirst, article.body)) <= 1
        for block in article.body.raw_data:
            if block["type"] == "fact_box":
                assert all(set(item) == {"type", "value", "id"} for item in block["value"]["items"])
        words[language] += re.findall(r"\w+", f"{article.title} {article.standfirst}")
    assert any(set(w) & set("áéíóöőúüű") for w in words["hu"])
    for language, found in words.items():
        lengths = [len(w) for w in found]
        assert 3.5 < statistics.mean(lengths) < 9, language
        assert min(lengths) <= 2 and max(lengths) >= 10, language
    newest_first = list(generated.filter(locale__language_code="en").order_by("pk"))
    assert newest_first[0].first_published_at > newest_first[-1].first_published_at


def test_topics_are_generated_as_translations_and_used_skewed(generated):
    en_keys = set(Topic.objects.filter(locale__language_code="en").values_list("translation_key", flat=True))
    hu_keys = set(Topic.objects.filter(locale__language_code="hu").values_list("translation_key", flat=True))
    assert len(en_keys) == len(hu_keys) == 200
    assert en_keys == hu_keys
    uses = Counter(ArticleTopic.objects.values_list("topic__translation_key", flat=True))
    top = uses.most_common(1)[0][1]
    assert top >= 3 * statistics.median(uses.values())


def test_same_seed_same_titles(section_pairs):
    def titles(seed):
        before = ArticlePage.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        generate_articles(count=20, seed=seed)
        return list(ArticlePage.objects.filter(pk__gt=before).order_by("pk").values_list("title", flat=True))

    first = titles(3)
    assert titles(3) == first
    assert titles(4) != first
    assert Page.find_problems() == ([], [], [], [], [])


def test_without_sections_it_asks_for_the_demo_content(site):
    with pytest.raises(NoSectionsError, match="load_demo_content"):
        generate_articles(count=5)


def test_queries_do_not_grow_with_the_batch(section_pairs):
    """The bulk path stays bulk: one batch of 10 or of 40 articles costs the same number of queries."""
    generate_articles(count=2)  # creates the topics and authors first

    def queries(count):
        with CaptureQueriesContext(connection) as captured:
            generate_articles(count=count, batch_size=count)
        return len(captured)

    assert queries(10) == queries(40)


@pytest.mark.parametrize(
    "options", [{"count": 0}, {"count": 5, "batch_size": 0}, {"count": 5, "translated_share": 1.5}]
)
def test_nonsense_arguments_are_refused_before_anything_is_written(options):
    with pytest.raises(ValueError, match="must be positive"):
        generate_articles(**options)
