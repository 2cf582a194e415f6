"""Hostile text in every field a page shows is rendered inert: titles, every StreamField block, bylines,
topics, corrections, search queries and form input, in the HTML, the JSON-LD, the feed and search."""

import json

import pytest
from bs4 import BeautifulSoup
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from news.blocks import RICH_TEXT_FEATURES
from tests import factories

pytestmark = pytest.mark.django_db

PAYLOAD = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
SCRIPTS_ALLOWED = {"/static/js/site.js"}


def assert_inert(html: str, where: str = ""):
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        if script.get("type") == "application/ld+json":
            data = json.loads(script.string)  # valid JSON: the payload could not close the element
            assert data
            continue
        assert script.get("src") in SCRIPTS_ALLOWED, (where, str(script)[:200])
        assert not (script.string or "").strip(), (where, "inline script")
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            assert not name.lower().startswith("on"), (where, str(element)[:200])
            if name in ("href", "src", "action", "formaction"):
                assert not str(value).strip().lower().startswith("javascript:"), (where, str(element)[:200])
    # No element the payload tried to open: it is text (escaped) wherever it is shown.
    assert not soup.find("img", src="x"), where
    assert "<script>alert(1)</script>" not in html, where


def rich(text: str) -> str:
    """Rich text exactly as the admin stores what an editor typed (Draftail contentstate -> HTML)."""
    converter = ContentstateConverter(RICH_TEXT_FEATURES)
    contentstate = {
        "blocks": [
            {
                "key": "a",
                "type": "unstyled",
                "text": text,
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 4, "key": 0}],
            },
        ],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:alert(3)"}}},
    }
    return converter.to_database_format(json.dumps(contentstate))


def test_hostile_text_everywhere_on_an_article_is_inert(client, site, sections, embed):
    en = site["locales"]["en"]
    image = factories.make_image(PAYLOAD, credit=PAYLOAD)
    body = [
        ("paragraph", rich(PAYLOAD)),
        ("heading", {"text": PAYLOAD, "level": "h2"}),
        ("quote", {"quote": PAYLOAD, "attribution": PAYLOAD}),
        ("pull_quote", {"text": PAYLOAD}),
        ("image", {"image": image.pk, "caption": PAYLOAD, "alt": PAYLOAD}),
        ("embed", embed.url),
        ("fact_box", {"title": PAYLOAD, "items": [PAYLOAD, PAYLOAD]}),
        ("table", {"caption": PAYLOAD, "columns": [PAYLOAD], "rows": [[PAYLOAD]]}),
        ("callout", {"tone": "warning", "title": PAYLOAD, "text": rich(PAYLOAD)}),
    ]
    article = factories.make_article(
        sections["en"],
        PAYLOAD,
        body=body,
        hero=image,
        hero_caption=PAYLOAD,
        hero_alt=PAYLOAD,
        standfirst=PAYLOAD,
        seo_title=PAYLOAD,
        search_description=PAYLOAD,
        authors=[factories.make_author(en, PAYLOAD, role=PAYLOAD)],
        topics=[factories.make_topic(en, PAYLOAD)],
    )
    for url in (article.url, "/en/", sections["en"].url, "/en/search/?q=script"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content.decode(), url)
    feed = client.get("/en/rss/").content.decode()
    assert "<script>alert(1)</script>" not in feed  # escaped inside the XML


def test_rich_text_from_the_editor_drops_javascript_links_and_escapes_tags():
    html = rich(PAYLOAD)
    assert "javascript:" not in html
    assert "<script" not in html and "<img" not in html and "&lt;img" in html


@pytest.mark.parametrize(
    "query",
    [PAYLOAD, "</title><script>alert(1)</script>", "javascript:alert(1)", '" autofocus onfocus="alert(1)'],
)
def test_search_queries_are_inert(client, site, sections, query):
    factories.make_article(sections["en"], "Script kiddies in Budapest")
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert_inert(response.content.decode(), query)
    suggestions = client.get("/en/search/suggest/", {"q": query})
    assert suggestions.status_code == 200
    json.loads(suggestions.content)


def test_form_input_echoed_back_is_inert(client, site):
    response = client.post("/en/newsletter/", {"email": PAYLOAD, "language": "en"})
    assert response.status_code in (200, 400)
    assert_inert(response.content.decode(), "newsletter")
    response = client.get("/en/newsletter/", {"email": PAYLOAD})
    assert_inert(response.content.decode(), "newsletter prefill")
