"""Reader search on PostgreSQL: stemming per language, accents, locale isolation, filters, highlighting,
pagination, promotions, suggestions and hostile input. The index is filled the way production fills
it: publishing enqueues the sync task after commit (eager here; tests/search/test_search_worker.py
runs it through a real worker)."""

import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query as PromotedQuery
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import PageViewRestriction

from search.indexing import search_sync, stale_page_ids
from search.models import SearchDocument
from search.tasks import search_reconcile_task
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsroom(site, sections, indexed):
    def build():
        en, hu = sections["en"], sections["hu"]
        loc = site["locales"]
        europe = factories.make_section(site["en"], "Europe", slug="europe")
        trams = factories.make_topic(loc["en"], "Trams")
        anna = factories.make_author(loc["en"], "Anna Kovács")
        peter = factories.make_author(loc["en"], "Péter Nagy")
        now = timezone.now()
        articles = {
            "language": factories.make_article(
                en,
                "City hall adds a service for newcomers",
                standfirst="Forms are now printed in one more language.",
                body=[factories.paragraph("Officials said the language offer will grow next year.")],
                authors=[anna],
                published=now - timedelta(days=3),
            ),
            "tram": factories.make_article(
                en,
                "New tram line opens on the Danube bank",
                standfirst="The route links two bridges.",
                topics=[trams],
                authors=[peter],
                published=now - timedelta(days=1),
            ),
            "brussels": factories.make_article(
                europe,
                "Brussels agrees on tram funding for cities",
                standfirst="Budapest applies for a share.",
                authors=[anna],
                published=now - timedelta(days=40),
            ),
            "valasztas": factories.make_article(
                hu,
                "Választás előtt a főváros",
                standfirst="A jelöltek a közlekedésről vitatkoztak.",
                body=[factories.paragraph("A választás eredménye a világ figyelmét is felkeltette.")],
                published=now - timedelta(days=2),
            ),
            "budapest_hu": factories.make_article(
                hu,
                "Budapest villamosai",
                standfirst="Új villamosvonal nyílt Budapesten.",
                published=now - timedelta(days=1),
            ),
        }
        return {**articles, "europe": europe, "trams": trams, "anna": anna, "peter": peter}

    return indexed(build)


def results(client, url) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    html = response.content.decode()
    return [re.sub(r"<[^>]+>", "", t) for t in re.findall(r'search-result__title"><a [^>]+>(.*?)</a>', html)]


def test_index_holds_every_live_article_in_its_own_language(newsroom):
    docs = dict(SearchDocument.objects.values_list("page_id", "locale__language_code"))
    assert docs[newsroom["valasztas"].pk] == "hu"
    assert docs[newsroom["tram"].pk] == "en"
    assert len(docs) == 5


def test_hungarian_stemming(client, newsroom, postgres_only):
    assert results(client, "/hu/kereses/?q=választások") == ["Választás előtt a főváros"]
    assert results(client, "/hu/kereses/?q=fővárosban") == ["Választás előtt a főváros"]


def test_english_stemming(client, newsroom, postgres_only):
    assert results(client, "/en/search/?q=languages") == ["City hall adds a service for newcomers"]
    assert results(client, "/en/search/?q=opening+trams") == ["New tram line opens on the Danube bank"]


def test_accents_do_not_matter(client, newsroom, postgres_only):
    assert results(client, "/hu/kereses/?q=vilag") == ["Választás előtt a főváros"]
    assert results(client, "/hu/kereses/?q=VALASZTAS") == ["Választás előtt a főváros"]


def test_results_stay_in_the_readers_language(client, newsroom):
    # factories.paragraph, the default body, mentions Budapest in English.
    assert set(results(client, "/en/search/?q=Budapest")) == {
        "New tram line opens on the Danube bank",
        "Brussels agrees on tram funding for cities",
    }
    assert set(results(client, "/hu/kereses/?q=Budapest")) == {"Budapest villamosai"}
    assert client.get("/hu/search/?q=Budapest").status_code == 404  # paths are translated
    assert client.get("/en/kereses/?q=Budapest").status_code == 404


def test_matches_are_highlighted(client, newsroom, postgres_only):
    html = client.get("/en/search/?q=tram").content.decode()
    assert "New <mark>tram</mark> line opens on the Danube bank" in html
    body_only = client.get("/en/search/?q=officials").content.decode()
    assert "<mark>Officials</mark> said the language offer" in body_only  # an excerpt of the body


def test_a_script_in_a_headline_is_shown_as_text(client, site, sections, indexed, postgres_only):
    indexed(lambda: factories.make_article(sections["en"], "<script>alert('x')</script> Tram fares rise"))
    html = client.get("/en/search/?q=tram").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; <mark>Tram</mark> fares rise" in html
    suggestions = json.loads(client.get("/en/search/suggest/?q=tram").content)
    assert suggestions["results"][0]["title"] == "<script>alert('x')</script> Tram fares rise"  # JSON text


def test_filters(client, newsroom):
    europe, trams, anna = newsroom["europe"], newsroom["trams"], newsroom["anna"]
    assert results(client, f"/en/search/?q=tram&section={europe.pk}") == [
        "Brussels agrees on tram funding for cities"
    ]
    assert results(client, f"/en/search/?q=tram&topic={trams.pk}") == [
        "New tram line opens on the Danube bank"
    ]
    assert set(results(client, f"/en/search/?author={anna.pk}")) == {
        "City hall adds a service for newcomers",
        "Brussels agrees on tram funding for cities",
    }
    since = (timezone.localdate() - timedelta(days=10)).isoformat()
    assert "Brussels agrees on tram funding for cities" not in results(
        client, f"/en/search/?q=tram&date_from={since}"
    )
    until = (timezone.localdate() - timedelta(days=30)).isoformat()
    assert results(client, f"/en/search/?q=tram&date_to={until}") == [
        "Brussels agrees on tram funding for cities"
    ]


def test_a_filter_from_the_other_language_is_refused(client, newsroom, site):
    hu_topic = factories.make_topic(site["locales"]["hu"], "Villamos")
    response = client.get(f"/en/search/?q=tram&topic={hu_topic.pk}")
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_sort_newest_and_relevance(client, site, sections, indexed, postgres_only):
    now = timezone.now()

    def build():
        factories.make_article(
            sections["en"], "Tram tram tram", standfirst="Trams.", published=now - timedelta(days=9)
        )
        factories.make_article(sections["en"], "Council news", standfirst="Also a tram.", published=now)

    indexed(build)
    assert results(client, "/en/search/?q=tram") == ["Tram tram tram", "Council news"]
    assert results(client, "/en/search/?q=tram&sort=newest") == ["Council news", "Tram tram tram"]


def test_pagination_edges(client, site, sections, indexed):
    now = timezone.now()
    indexed(
        lambda: [
            factories.make_article(sections["en"], f"Bridge story {n}", published=now - timedelta(hours=n))
            for n in range(12)
        ]
    )
    first = client.get("/en/search/?q=bridge&sort=newest").content.decode()
    assert first.count('class="search-result"') == 10
    assert "12 results" in first and 'rel="next"' in first and 'rel="prev"' not in first
    second = client.get("/en/search/?q=bridge&sort=newest&page=2").content.decode()
    assert (
        second.count('class="search-result"') == 2 and 'rel="prev"' in second and 'rel="next"' not in second
    )
    assert 'start="11"' in second
    assert client.get("/en/search/?q=bridge&page=3").status_code == 404
    for bad in ("0", "-1", "abc", "1.5", "101", "9" * 30):
        assert client.get(f"/en/search/?q=bridge&page={bad}").status_code == 400


def test_no_results_page_helps(client, newsroom):
    response = client.get("/en/search/?q=zeppelin")
    assert response.status_code == 200
    assert "Nothing matched “zeppelin”" in response.content.decode()
    hu = client.get("/hu/kereses/?q=zeppelin").content.decode()
    assert "Nincs találat erre: „zeppelin”" in hu


def test_private_articles_are_not_found(client, site, sections, indexed):
    secret = factories.make_section(site["en"], "Staff", slug="staff")

    def build():
        factories.make_article(secret, "Tram depot staff rota")
        PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)

    indexed(build)
    assert results(client, "/en/search/?q=rota") == []
    assert not SearchDocument.objects.filter(title="Tram depot staff rota").exists()


def test_publish_and_unpublish_reach_the_index_without_update_index(client, site, sections, indexed):
    article = indexed(lambda: factories.make_article(sections["en"], "Funicular reopens"))
    assert results(client, "/en/search/?q=funicular") == ["Funicular reopens"]
    indexed(lambda: article.unpublish())
    assert results(client, "/en/search/?q=funicular") == []

    def rename():
        article.title = "Castle funicular reopens"
        factories.publish(article)

    indexed(rename)
    assert results(client, "/en/search/?q=castle") == ["Castle funicular reopens"]
    indexed(lambda: article.delete())
    assert not SearchDocument.objects.filter(page_id=article.pk).exists()


def test_reconcile_repairs_what_lost_events_missed(site, sections, indexed):
    kept = indexed(lambda: factories.make_article(sections["en"], "Kept"))
    missing = factories.make_article(sections["en"], "Never indexed")  # its task never ran
    withdrawn = indexed(lambda: factories.make_article(sections["en"], "Withdrawn"))
    type(withdrawn).objects.filter(pk=withdrawn.pk).update(live=False)  # unpublished, event lost
    assert set(stale_page_ids(limit=100)) == {missing.pk, withdrawn.pk}
    result = search_reconcile_task.delay().get()
    assert result == {"checked": 2, "indexed": 1, "removed": 1}
    assert set(SearchDocument.objects.values_list("page_id", flat=True)) == {kept.pk, missing.pk}
    assert stale_page_ids(limit=100) == []


def test_sync_is_idempotent(newsroom):
    before = list(SearchDocument.objects.order_by("pk").values("pk", "title", "keywords", "body_text"))
    ids = [a.pk for a in (newsroom["tram"], newsroom["valasztas"])]
    assert search_sync(page_ids=ids).indexed == 2
    assert search_sync(page_ids=ids).indexed == 2
    assert (
        list(SearchDocument.objects.order_by("pk").values("pk", "title", "keywords", "body_text")) == before
    )


def test_promotions_are_per_language(client, newsroom):
    query = PromotedQuery.get("Tram")
    SearchPromotion.objects.create(
        query=query, page=newsroom["brussels"], description="Our EU explainer", sort_order=0
    )
    SearchPromotion.objects.create(query=query, page=newsroom["budapest_hu"], sort_order=1)
    SearchPromotion.objects.create(
        query=query, external_link_url="https://bkk.hu/", external_link_text="BKK timetable", sort_order=2
    )
    en = client.get("/en/search/?q=tram").content.decode()
    picks = en[en.index("search-picks") : en.index("search-summary")]
    assert "Brussels agrees on tram funding" in picks and "Our EU explainer" in picks
    assert "Budapest villamosai" not in picks and "BKK timetable" in picks
    hu = client.get("/hu/kereses/?q=TRAM ").content.decode()
    hu_picks = hu[hu.index("search-picks") : hu.index("search-summary")]
    assert "Budapest villamosai" in hu_picks and "Brussels" not in hu_picks
    assert "search-picks" not in client.get("/en/search/?q=tram&page=2").content.decode()  # first page only


def test_suggestions(client, newsroom, postgres_only):
    def titles(url):
        response = client.get(url)
        assert response.status_code == 200 and response["Content-Type"] == "application/json"
        return [r["title"] for r in json.loads(response.content)["results"]]

    assert titles("/en/search/suggest/?q=tr") == [
        "New tram line opens on the Danube bank",
        "Brussels agrees on tram funding for cities",
    ]
    assert titles("/en/search/suggest/?q=brussels+tr") == ["Brussels agrees on tram funding for cities"]
    assert titles("/hu/kereses/javaslatok/?q=vala") == ["Választás előtt a főváros"]
    assert titles("/hu/kereses/javaslatok/?q=tr") == []  # English headlines never leak into Hungarian
    assert titles("/en/search/suggest/?q=t") == []  # one letter suggests nothing
    data = json.loads(client.get("/en/search/suggest/?q=tram").content)
    assert data["results"][0]["url"] == newsroom["tram"].url


def test_search_box_on_every_page_points_at_the_readers_language(client, newsroom):
    en = client.get(newsroom["tram"].url).content.decode()
    assert 'action="/en/search/"' in en and 'data-suggest-url="/en/search/suggest/"' in en
    hu = client.get("/hu/").content.decode()
    assert 'action="/hu/kereses/"' in hu and 'data-suggest-url="/hu/kereses/javaslatok/"' in hu


def test_language_switcher_keeps_the_words(client, newsroom):
    html = client.get("/en/search/?q=tram+%26+bus").content.decode()
    assert 'href="/hu/kereses/?q=tram+%26+bus"' in html
    assert '<meta name="robots" content="noindex, follow">' in html


HOSTILE = [
    "",
    " ",
    "x" * 10_000,
    "😀😀😀",
    "'; DROP TABLE search_searchdocument; --",
    '" OR 1=1 --',
    "tram\x00bridge",
    "\x00",
    "a & | ! ( ) : * < > <-> \\",
    "NEAR(tram bridge)",
    'tram AND -bridge OR "',
    "\ue000tram\ue001",
    "the and of",
    "%",
    "_",
    "*",
]


def test_hostile_queries_get_a_page(client, newsroom):
    for text in HOSTILE:
        for url in ("/en/search/", "/hu/kereses/", "/en/search/suggest/", "/hu/kereses/javaslatok/"):
            response = client.get(url, {"q": text})
            assert response.status_code == 200, (url, text)


IMPOSSIBLE = [
    {"section": "abc"},
    {"section": "99999999"},
    {"topic": "-1"},
    {"author": "1e9"},
    {"date_from": "2026-13-45"},
    {"date_from": "0001-01-01"},
    {"date_to": "9999-12-31"},
    {"date_from": "2026-05-01", "date_to": "2026-01-01"},
    {"sort": "DROP"},
    {"page": "999999999999999999999"},
]


def test_impossible_parameters_are_a_400_with_a_message(client, newsroom):
    for params in IMPOSSIBLE:
        response = client.get("/en/search/", {"q": "tram", **params})
        assert response.status_code == 400, params
        assert 'class="form-errors" role="alert"' in response.content.decode()
    hu = client.get("/hu/kereses/", {"q": "tram", "sort": "x"}).content.decode()
    assert "Kérjük, ellenőrizze a keresési beállításokat" in hu


def test_long_queries_are_cut_before_they_reach_the_database(client, newsroom):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/search/", {"q": "tram " * 2000})
    assert response.status_code == 200
    assert "only its first 200 characters were used" in response.content.decode()
    assert all(len(q["sql"]) < 8000 for q in queries.captured_queries)


def test_query_count_does_not_grow_with_results(
    client, site, sections, indexed, django_assert_max_num_queries
):
    client.get("/en/search/?q=bridge")  # warm the caches (site, branding, filter menus)
    indexed(lambda: [factories.make_article(sections["en"], f"Bridge {n}") for n in range(3)])
    with CaptureQueriesContext(connection) as few:
        client.get("/en/search/?q=bridge")
    indexed(lambda: [factories.make_article(sections["en"], f"Bridge more {n}") for n in range(12)])
    with CaptureQueriesContext(connection) as many:
        client.get("/en/search/?q=bridge")
    assert len(few) == len(many)
    with django_assert_max_num_queries(len(many)):
        client.get("/en/search/?q=bridge&page=2")


def test_a_search_the_database_gives_up_on_is_a_clean_503(client, newsroom, postgres_only, monkeypatch):
    from search.backends import postgres

    # A statement that outlives the timeout: the query expression waits 50 ms before answering.
    monkeypatch.setattr(postgres, "TIMEOUT_MS", 10)
    monkeypatch.setattr(
        postgres, "TSQUERY", "(SELECT websearch_to_tsquery(%s::regconfig, %s) FROM pg_sleep(0.05))"
    )
    response = client.get("/en/search/", {"q": "tram"})
    assert response.status_code == 503
    assert "This search took too long to answer" in response.content.decode()
    monkeypatch.undo()
    assert results(client, "/en/search/?q=danube") == [
        "New tram line opens on the Danube bank"
    ]  # still usable
