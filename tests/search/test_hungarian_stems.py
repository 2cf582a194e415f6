"""Hungarian is stemmed with its accents, then made accent-insensitive (search.languages, migration 0004),
the same for documents and queries, in the readers' index and in the admin's.

The old configuration put `unaccent` in front of the stemmer, which needs the accents to find case
endings: "adataiból" was indexed as "adataibol", and a reader's "adat" missed it.
"""

import re

import pytest
from django.db import connection
from django.utils.html import strip_tags

from home.demo.loader import _body
from home.demo.reader import read_content
from search.coverage import hungarian_stem_coverage
from search.models import SearchDocument
from search.text import body_text
from tests import factories
from tests.search.hungarian_forms import FORMS
from tests.search.test_admin_search import pages_search

pytestmark = [pytest.mark.django_db]

PLAIN = str.maketrans("áéíóöőúüűÁÉÍÓÖŐÚÜŰ", "aeiooouuuAEIOOOUUU")


def unaccented(word: str) -> str:
    return word.translate(PLAIN)


def test_at_least_two_hundred_forms_across_the_case_endings():
    forms = [form for group in FORMS.values() for form in group]
    assert len(forms) >= 200
    for ending in ("ból", "ből", "ról", "ről", "tól", "től", "nál", "nél", "ért", "ként"):
        assert sum(form.endswith(ending) for form in forms) >= 8, ending
    translative = [f for f in forms if re.search("(vá|vé|([^aeiouáéíóöőúüű])\\2[áé])$", f)]
    plurals = [f for f in forms if re.search("[oeöa]k$", f)]
    possessives = [f for f in forms if re.search("(a|e|ja|je|unk|ünk|aink|eink|ai|ei|aiból|airól)$", f)]
    assert min(len(translative), len(plurals), len(possessives)) >= 20


def test_each_form_is_found_from_its_base_word_with_and_without_accents(postgres_only):
    """The functions the index and the query go through (search.backends.postgres, admin_index)."""
    cases = [
        (base, typed, form)
        for base, forms in FORMS.items()
        for form in forms
        for typed in (base, unaccented(base))
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.typed, c.form FROM unnest(%s::text[], %s::text[]) c(typed, form) "
            "WHERE NOT bp_to_tsvector('bp_hungarian', c.form) @@ bp_to_tsquery('bp_hungarian', c.typed)",
            [[typed for _, typed, _ in cases], [form for _, _, form in cases]],
        )
        missed = cursor.fetchall()
    assert len(cases) >= 400
    assert missed == []


def test_an_inflected_query_finds_the_other_forms(postgres_only):
    """ "adatokról" typed with or without accents finds "adataiból": both stem to "adat"."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT bp_to_tsvector('bp_hungarian', 'adataiból') @@ bp_to_tsquery('bp_hungarian', %s)",
            ["adatokról"],
        )
        assert cursor.fetchone() == (True,)


def test_the_index_holds_the_accented_stem_unaccented(postgres_only):
    with connection.cursor() as cursor:
        cursor.execute("SELECT bp_to_tsvector('bp_hungarian', 'Az adataiból és az alapkamatról')::text")
        vector = cursor.fetchone()[0]
    assert vector == "'adat':2 'adataibol':2 'alapkamat':5 'alapkamatrol':5"


def test_english_keeps_its_stemmer_and_folds_accents(postgres_only):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT v::text, v @@ bp_to_tsquery('bp_english', 'language cafe') "
            "FROM bp_to_tsvector('bp_english', 'Languages of the café') v"
        )
        assert cursor.fetchone() == ("'cafe':4 'languag':1", True)


def test_no_demo_word_is_indexed_otherwise_than_its_accented_stem(postgres_only):
    """What bench/search.py prints: 592 of 3,287 distinct words before, none now."""
    texts = []
    for item in read_content().articles:
        if story := item.get("hu"):
            texts += [story["title"], story["standfirst"], body_text(_body(item["key"], story["body"], "hu"))]
    coverage = hungarian_stem_coverage(texts)
    assert coverage.words > 3000
    assert (coverage.missed, coverage.examples) == (0, [])


@pytest.fixture
def rates(sections, indexed, postgres_only):
    return indexed(
        lambda: {
            "data": factories.make_article(
                sections["hu"],
                "Új számok a KSH-tól",
                standfirst="A hivatal adataiból kiderül, hogy lassult az infláció.",
            ),
            "rate": factories.make_article(
                sections["hu"],
                "Döntött a jegybank",
                standfirst="Az alapkamatról kedden szavazott a monetáris tanács.",
            ),
        }
    )


def results(client, q) -> list[str]:
    html = client.get("/hu/kereses/", {"q": q}).content.decode()
    return [
        strip_tags(title).strip()
        for title in re.findall(r'<h2 class="search-result__title">(.*?)</h2>', html, re.S)
    ]


def test_readers_find_the_issue_examples_from_the_base_word(client, rates):
    for q in ("adat", "adatok", "adataibol", "adatairól"):
        assert "Új számok a KSH-tól" in results(client, q), q
    for q in ("alapkamat", "alapkamatrol", "alapkamatot"):
        assert "Döntött a jegybank" in results(client, q), q
    html = client.get("/hu/kereses/", {"q": "adat"}).content.decode()
    assert "<mark>adataiból</mark>" in html  # highlighted as a form of the word searched


def test_the_admin_finds_them_too(client, django_user_model, rates):
    """Wagtail's index (search.admin_index) goes through the same functions."""
    client.force_login(django_user_model.objects.create_superuser("chief", "chief@example.org", "pw"))
    # Words before the last: the last one also matches as a prefix, which hid the fault there.
    assert pages_search(client, "adat hivatal") == {"Új számok a KSH-tól"}
    assert pages_search(client, "adatok infláció") == {"Új számok a KSH-tól"}
    assert pages_search(client, "alapkamat tanács") == {"Döntött a jegybank"}
    assert pages_search(client, "alapkamatrol kedden") == {"Döntött a jegybank"}


def test_rows_built_before_the_change_are_rewritten_by_the_reconcile(rates):
    from search.indexing import stale_page_ids
    from search.tasks import search_reconcile_task

    rate = rates["rate"]
    with connection.cursor() as cursor:  # a row as the old configuration wrote it
        cursor.execute(
            "UPDATE search_searchdocument SET analysis = 1, "
            "search_vector = to_tsvector('bp_hungarian', standfirst) WHERE page_id = %s",
            [rate.pk],
        )
    assert rate.pk in stale_page_ids(limit=100)
    search_reconcile_task.delay().get()
    assert SearchDocument.objects.get(page_id=rate.pk).analysis == 2
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_vector::text FROM search_searchdocument WHERE page_id = %s", [rate.pk])
        assert "'alapkamat':" in cursor.fetchone()[0]
    assert stale_page_ids(limit=100) == []
