"""Search on SQLite (what `make run` uses): FTS5 with diacritics folding, Porter stemming for English,
and for Hungarian query words stemmed in Python with their accents (search.stemming).

On PostgreSQL the `sqlite_only` tests are deselected (tests/conftest.py) and run instead in a subprocess
against a throwaway SQLite database, so CI covers the newcomer's database too.
"""

import json
import os
import subprocess
import sys

import pytest
from django.db import connection

from search import stemming
from search.backends import sqlite
from tests import factories
from tests.search.hungarian_forms import FORMS


def test_sqlite_search_in_a_subprocess(tmp_path):
    if connection.vendor == "sqlite":
        pytest.skip("already running on SQLite: the tests below run directly")  # make test without CI env
    env = {  # a laptop's `make test`: no services, and none required (tests/conftest.py)
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "CELERY_BROKER_URL", "REDIS_CACHE_URL", "REQUIRE_SERVICES")
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/search/test_search_sqlite.py",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "6 passed" in result.stdout, result.stdout[-2000:]


@pytest.fixture
def corpus(site, sections, indexed):
    return indexed(
        lambda: {
            "en": factories.make_article(
                sections["en"], "Languages of the city", standfirst="A <b>survey</b> of speakers."
            ),
            "hu": factories.make_article(
                sections["hu"], "A világ nyelvei Budapesten", standfirst="Felmérés a beszélőkről."
            ),
        }
    )


@pytest.mark.sqlite_only
@pytest.mark.django_db
def test_stemming_accents_and_locale(client, corpus):
    en = client.get("/en/search/", {"q": "language"}).content.decode()
    assert "<mark>Languages</mark> of the city" in en and "világ" not in en
    hu = client.get("/hu/kereses/", {"q": "vilag"}).content.decode()
    assert "A <mark>világ</mark> nyelvei Budapesten" in hu and "Languages" not in hu
    assert (
        "&lt;b&gt;<mark>survey</mark>&lt;/b&gt;"
        in client.get("/en/search/", {"q": "survey"}).content.decode()
    )


@pytest.mark.sqlite_only
@pytest.mark.django_db
def test_suggestions_and_filters(client, corpus, sections):
    data = json.loads(client.get("/hu/kereses/javaslatok/", {"q": "vil"}).content)
    assert [r["title"] for r in data["results"]] == ["A világ nyelvei Budapesten"]
    response = client.get("/en/search/", {"q": "city", "section": sections["en"].pk, "sort": "newest"})
    assert "Languages of the <mark>city</mark>" in response.content.decode()


@pytest.mark.sqlite_only
@pytest.mark.django_db
def test_hostile_input(client, corpus):
    for text in ("", "\x00", '"', "NEAR(a b)", "a OR", "title:x", "*", "😀", "x" * 10_000, "^", "-"):
        assert client.get("/en/search/", {"q": text}).status_code == 200, text
        assert client.get("/en/search/suggest/", {"q": text}).status_code == 200, text


@pytest.mark.sqlite_only
@pytest.mark.django_db
def test_the_admin_search_finds_stories_without_accents(client, site, sections, indexed, django_user_model):
    """`make run`: Wagtail's own SQLite FTS5 index (search.admin_index) folds accents and covers the
    standfirst, body and bylines, without stemming."""
    author = factories.make_author(site["locales"]["hu"], "Kovács Zsófia")
    indexed(
        lambda: factories.make_article(
            sections["hu"],
            "Ülésezik az Országgyűlés",
            standfirst="A képviselők a költségvetésről vitatkoznak.",
            body=[factories.paragraph("Egy teherautó lerobbant a hídon.")],
            authors=[author],
            live=False,
        )
    )
    client.force_login(django_user_model.objects.create_superuser("chief", "chief@example.org", "pw"))

    def found(q):
        response = client.get("/admin/pages/search/", {"q": q})
        assert response.status_code == 200, q
        return {page.title for page in response.context["object_list"]}

    for q in ("orszaggyules", "Országgyűlés", "koltsegvetesrol", "hidon", "teherau", "kovacs"):
        assert found(q) == {"Ülésezik az Országgyűlés"}, q
    for q in ("", "\x00", '"', "NEAR(a b)", "*", "x" * 2000):
        found(q)


PLAIN = str.maketrans("áéíóöőúüűÁÉÍÓÖŐÚÜŰ", "aeiooouuuAEIOOOUUU")


@pytest.mark.sqlite_only
@pytest.mark.django_db
def test_hungarian_forms_are_found_from_their_base_word():
    """Each inflected form in the Hungarian FTS5 table, found by its base word typed with and without
    accents through the backend's own match expression. ("kormánnyá" does not begin with "kormany":
    its stem, "kormany", does.)"""
    rows = [(form, base) for base, forms in FORMS.items() for form in forms]
    with connection.cursor() as cursor:
        for rowid, (form, _base) in enumerate(rows, start=1):
            cursor.execute(
                "INSERT INTO search_fts_hu (rowid, title, standfirst, keywords, body, stems) "
                "VALUES (%s, %s, '', '', '', %s)",
                [rowid, form, stemming.hungarian_stems(form)],  # as search.backends.sqlite writes it
            )
        missed = []
        for base in FORMS:
            expected = {rowid for rowid, (_form, b) in enumerate(rows, start=1) if b == base}
            for typed in (base, base.translate(PLAIN)):
                cursor.execute(
                    "SELECT rowid FROM search_fts_hu WHERE search_fts_hu MATCH %s",
                    [sqlite._match([typed], "hu")],
                )
                found = {row[0] for row in cursor.fetchall()}
                missed += [(typed, rows[rowid - 1][0]) for rowid in sorted(expected - found)]
    assert len(rows) >= 200
    assert missed == []


@pytest.mark.sqlite_only
@pytest.mark.django_db
def test_hungarian_case_endings_on_the_search_page(client, site, sections, indexed):
    indexed(
        lambda: factories.make_article(
            sections["hu"], "Új számok", standfirst="A hivatal adataiból kiderül, hogy lassult az infláció."
        )
    )
    for q in ("adat", "adatok", "adatairól", "adataibol"):
        html = client.get("/hu/kereses/", {"q": q}).content.decode()
        assert "<mark>adataiból</mark>" in html, q
    assert "Új számok" in client.get("/hu/kereses/", {"q": "hivatalról"}).content.decode()  # by its stem
