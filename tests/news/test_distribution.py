"""What leaves the site for feed readers and search engines: RSS feeds, sitemaps with hreflang
alternates, Google News sitemaps, robots.txt, NewsArticle JSON-LD, OpenGraph and canonical links."""

import json
import re
from datetime import datetime, timedelta
from pathlib import Path

import feedparser
import pytest
from defusedxml import ElementTree as ET
from django.conf import settings
from django.utils import timezone

from home.demo.loader import DemoLoader
from news import sitemaps
from news.models import ArticlePage
from tests import factories
from tests.news import demo_sample

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


@pytest.fixture
def demo(db, django_capture_on_commit_callbacks):
    # Real wagtail-localize translations, published on commit as in production.
    with django_capture_on_commit_callbacks(execute=True):
        DemoLoader(create_admin=False, log=lambda *_: None, data=demo_sample).run()
    slugs = {
        "tram_en": "new-tram-line-opens",
        "tram_hu": "atadtak-az-uj-villamosvonalat",
        "rents_hu": "ismet-nottek-a-lakberek",
        "rents_en": "rents-rise-again",
        "only_hu": "csak-magyarul",
    }
    return {key: ArticlePage.objects.get(slug=slug) for key, slug in slugs.items()}


def test_rss_feeds_parse_and_carry_every_field(client, demo):
    for url, language in [("/en/rss/", "en"), ("/hu/rss/", "hu"), ("/hu/budapest/rss/", "hu")]:
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/rss+xml")
        parsed = feedparser.parse(response.content)
        assert not parsed.bozo, parsed.bozo_exception
        assert parsed.version == "rss20"
        assert parsed.feed.language == language

    hu = feedparser.parse(client.get("/hu/rss/").content)
    titles = [entry.title for entry in hu.entries]
    assert "Átadták az új villamosvonalat" in titles and "New tram line opens" not in titles
    entry = hu.entries[titles.index("Átadták az új villamosvonalat")]
    tram = demo["tram_hu"]
    assert entry.link == tram.get_full_url() and entry.id == tram.get_full_url()
    assert entry.summary == "Tizenkét megálló."
    assert entry.author == "Eszter Varga"
    assert [tag.term for tag in entry.tags] == ["Tömegközlekedés"]
    assert entry.published_parsed is not None
    (enclosure,) = entry.enclosures
    assert enclosure.type == "image/jpeg" and int(enclosure.length) > 0
    stored = Path(settings.MEDIA_ROOT) / enclosure.href.split("/media/", 1)[1]
    assert stored.stat().st_size == int(enclosure.length)
    assert enclosure.href.startswith(tram.get_full_url().split("/hu/")[0] + "/media/images/")

    section = feedparser.parse(client.get("/hu/gazdasag/rss/").content)
    assert [e.title for e in section.entries] == ["Ismét nőttek a lakbérek"]
    assert client.get("/hu/nincs-ilyen/rss/").status_code == 404


def test_pages_link_their_feeds(client, demo):
    html = client.get(demo["tram_hu"].url).content.decode()
    assert '<link rel="alternate" type="application/rss+xml" title="Budapest Post" href="/hu/rss/">' in html
    assert 'title="Budapest Post – Budapest" href="/hu/budapest/rss/"' in html


def _sitemap_entries(client) -> dict[str, dict]:
    index = ET.fromstring(client.get("/sitemap.xml").content)
    locations = [element.text for element in index.iter(f"{SM}loc")]
    assert "http://testserver/sitemap-news-hu.xml" in locations
    assert "http://testserver/sitemap-news-en.xml" in locations
    entries = {}
    for location in locations:
        if "sitemap-pages.xml" not in location:
            continue
        urlset = ET.fromstring(client.get(location.replace("http://testserver", "")).content)
        for url in urlset.iter(f"{SM}url"):
            alternates = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
            entries[url.find(f"{SM}loc").text] = {
                "alternates": alternates,
                "lastmod": url.find(f"{SM}lastmod"),
            }
    return entries


def test_sitemap_alternates_are_reciprocal_and_live(client, demo):
    entries = _sitemap_entries(client)
    tram_en, tram_hu = demo["tram_en"].get_full_url(), demo["tram_hu"].get_full_url()
    assert entries[tram_en]["alternates"] == {"en": tram_en, "hu": tram_hu, "x-default": tram_en}
    assert entries[tram_hu]["alternates"] == entries[tram_en]["alternates"]
    assert entries[demo["only_hu"].get_full_url()]["alternates"] == {}
    for location, entry in entries.items():
        assert entry["lastmod"] is not None
        for language, href in entry["alternates"].items():
            assert href in entries, f"{location} names {href}, which is not a live page in the sitemap"
            assert entries[href]["alternates"] == entry["alternates"]  # reciprocal
            if language != "x-default":
                assert f"/{language}/" in href


def test_sitemap_drops_unpublished_pages_and_dates_the_last_publish(client, demo):
    demo["rents_en"].unpublish()
    entries = _sitemap_entries(client)
    assert demo["rents_en"].get_full_url() not in entries
    assert entries[demo["rents_hu"].get_full_url()]["alternates"] == {}
    tram = demo["tram_hu"]
    assert (
        entries[tram.get_full_url()]["lastmod"].text
        == timezone.localtime(tram.last_published_at).date().isoformat()
    )


def test_news_sitemap_keeps_the_last_48_hours(client, demo, monkeypatch):
    ArticlePage.objects.filter(pk=demo["rents_hu"].pk).update(
        first_published_at=timezone.now() - timedelta(hours=49)
    )
    response = client.get("/sitemap-news-hu.xml")
    assert response.status_code == 200 and response["Content-Type"] == "application/xml"
    urlset = ET.fromstring(response.content)
    urls = {url.find(f"{SM}loc").text: url for url in urlset.iter(f"{SM}url")}
    assert demo["tram_hu"].get_full_url() in urls
    assert demo["rents_hu"].get_full_url() not in urls
    assert demo["tram_en"].get_full_url() not in urls  # its own language's sitemap
    news = urls[demo["tram_hu"].get_full_url()].find(f"{NEWS}news")
    assert news.find(f"{NEWS}publication/{NEWS}name").text == "Budapest Post"
    assert news.find(f"{NEWS}publication/{NEWS}language").text == "hu"
    assert news.find(f"{NEWS}title").text == "Átadták az új villamosvonalat"
    published = datetime.fromisoformat(news.find(f"{NEWS}publication_date").text)
    assert published.tzinfo is not None and published == demo["tram_hu"].first_published_at

    monkeypatch.setattr(sitemaps, "NEWS_LIMIT", 1)
    capped = ET.fromstring(client.get("/sitemap-news-hu.xml").content)
    assert len(list(capped.iter(f"{SM}url"))) == 1
    assert client.get("/sitemap-news-xx.xml").status_code == 404


def test_robots_points_at_every_sitemap(client, demo):
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Sitemap: http://testserver/sitemap-news-hu.xml" in lines
    assert "Sitemap: http://testserver/sitemap-news-en.xml" in lines


def json_ld(html: str) -> dict:
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(block)


def test_json_ld_of_a_translated_corrected_ai_article(client, demo):
    tram_hu, tram_en = demo["tram_hu"], demo["tram_en"]
    ArticlePage.objects.filter(pk=tram_hu.pk).update(ai_use="ai_written")
    html = client.get(tram_hu.url).content.decode()
    data = json_ld(html)
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == "Átadták az új villamosvonalat"
    assert data["inLanguage"] == "hu"
    assert data["url"] == tram_hu.get_full_url()
    origin = data["url"].split("/hu/", 1)[0]  # the Site's root URL, shared by every absolute URL
    assert data["image"] and all(url.startswith(f"{origin}/media/images/") for url in data["image"])
    published, modified = (datetime.fromisoformat(data[key]) for key in ("datePublished", "dateModified"))
    assert published.tzinfo is not None and modified.tzinfo is not None and modified >= published
    assert (
        data["author"] == [{"@type": "Person", "name": "Eszter Varga", "url": data["author"][0]["url"]}]
        and "/hu/kereses/?author=" in data["author"][0]["url"]
    )
    publisher = data["publisher"]
    assert publisher["@type"] == "Organization" and publisher["name"] == "Budapest Post"
    assert publisher["logo"]["@type"] == "ImageObject" and publisher["logo"]["url"].endswith(
        "logo-600x60.png"
    )
    assert data["translationOfWork"] == {
        "@type": "NewsArticle",
        "@id": tram_en.get_full_url(),
        "url": tram_en.get_full_url(),
        "inLanguage": "en",
    }
    assert "workTranslation" not in data
    (correction,) = data["correction"]
    assert correction["@type"] == "CorrectionComment" and correction["text"] == "Rosszul adtuk meg a hosszt."
    assert datetime.fromisoformat(correction["datePublished"]).tzinfo is not None
    assert (
        data["digitalSourceType"] == "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
    )

    original = json_ld(client.get(tram_en.url).content.decode())
    assert [work["url"] for work in original["workTranslation"]] == [tram_hu.get_full_url()]
    assert "translationOfWork" not in original and "digitalSourceType" not in original


def test_open_graph_twitter_and_canonical(client, demo):
    tram_hu = demo["tram_hu"]
    html = client.get(tram_hu.url).content.decode()
    meta = dict(re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)">', html))
    assert meta["og:type"] == "article" and meta["og:title"] == "Átadták az új villamosvonalat"
    assert meta["og:locale"] == "hu_HU" and meta["og:locale:alternate"] == "en_GB"
    assert meta["og:url"] == tram_hu.get_full_url() and meta["og:image"].endswith(".jpg")
    assert meta["twitter:card"] == "summary_large_image" and meta["article:section"] == "Budapest"
    assert f'<link rel="canonical" href="{tram_hu.get_full_url()}">' in html
    section = tram_hu.get_parent()
    first = client.get(section.url + "?page=1").content.decode()
    assert f'<link rel="canonical" href="{section.get_full_url()}">' in first


def test_json_ld_cannot_be_closed_by_a_headline(client, site, sections):
    article = factories.make_article(sections["en"], "Breaking </script><script>alert(1)</script> news")
    html = client.get(article.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert json_ld(html)["headline"] == "Breaking </script><script>alert(1)</script> news"
