"""Reader pages: page-type rules, rendering of every block, locale isolation, pagination edges."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, ReportPage
from news.models import ArticlePage, SectionPage
from tests import factories


class TestPageTypeRules(WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {SectionPage, ReportPage})
        self.assertAllowedParentPageTypes(SectionPage, {HomePage})
        self.assertAllowedSubpageTypes(SectionPage, {ArticlePage})
        self.assertAllowedParentPageTypes(ArticlePage, {SectionPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanNotCreateAt(ArticlePage, SectionPage)


def every_block(image):
    return [
        ("paragraph", '<p>Plain <b>bold</b> <a href="https://example.org/x">link</a>.</p>'),
        ("heading", {"text": "A subheading", "level": "h2"}),
        ("heading", {"text": "A smaller one", "level": "h3"}),
        ("quote", {"quote": "We will build it.", "attribution": "The mayor"}),
        ("pull_quote", {"text": "Trams every four minutes."}),
        ("image", {"image": image.pk, "caption": "Block caption", "alt": "Block alt"}),
        ("embed", "https://www.youtube.com/watch?v=test-video"),
        ("fact_box", {"title": "Key facts", "items": ["First fact", "Second fact"]}),
        ("table", {"caption": "Times", "columns": ["Route", "Minutes"], "rows": [["A-B", "12"]]}),
        ("callout", {"tone": "warning", "title": "Heads up", "text": "<p>Service suspended.</p>"}),
    ]


def test_article_renders_every_block_and_its_furniture(client, site, sections, embed):
    en = site["locales"]["en"]
    image = factories.make_image(caption="Image caption", credit="Anna Photo")
    article = factories.make_article(
        sections["en"],
        "Tram line opens",
        body=every_block(image),
        hero=image,
        authors=[
            factories.make_author(en, "Eszter Varga", role="City reporter"),
            factories.make_author(en, "Bence Tóth"),
        ],
        topics=[factories.make_topic(en, "Transport")],
        corrections=[(timezone.now(), "We misstated the length.")],
        ai_use="ai_written",
        standfirst="Twelve new stops.",
        hero_caption="The first tram",
    )
    site["en"].add_child(instance=ReportPage(title="Contact", slug="contact", locale=en))
    html = client.get(article.url).content.decode()
    assert f'href="/en/contact/?article={article.pk}"' in html
    for expected in [
        '<h1 class="article__title" id="article-title">Tram line opens</h1>',
        "Twelve new stops.",
        "Eszter Varga",
        "(City reporter)",
        " and ",
        "Bence Tóth",
        '<h2 class="block-heading">A subheading</h2>',
        '<h3 class="block-heading">A smaller one</h3>',
        "We will build it.",
        "— The mayor",
        "Trams every four minutes.",
        'alt="Block alt"',
        "Block caption",
        "Photo: Anna Photo",
        '<iframe title="Test video"',
        "First fact",
        '<th scope="col">Route</th>',
        '<th scope="row">A-B</th>',
        "<td>12</td>",
        "block-callout--warning",
        "Service suspended.",
        "Written by a machine.",
        "We misstated the length.",
        "Transport",
        "The first tram",
        "min read",
        "Report an error in this article",
        "The Budapest Post newsletter",
    ]:
        assert expected in html, expected


def test_hungarian_article_dates_are_hungarian(client, site, sections):
    when = timezone.make_aware(timezone.datetime(2026, 11, 27, 9, 30))
    article = factories.make_article(sections["hu"], "Villamos", published=when)
    html = client.get(article.url).content.decode()
    assert "2026. november 27." in html
    assert '<html lang="hu"' in html
    assert "Megjelent:" in html


def test_article_without_ai_flag_has_no_disclaimer(client, site, sections):
    article = factories.make_article(sections["en"], "Plain story")
    html = client.get(article.url).content.decode()
    assert "Written by a machine." not in html
    assert "notice--ai" not in html and "card__label--ai" not in html


def test_listings_never_mix_languages(client, site, sections):
    factories.make_article(sections["en"], "English only story")
    factories.make_article(sections["hu"], "Csak magyar hír")
    for path, present, absent in [
        ("/en/", "English only story", "Csak magyar hír"),
        ("/hu/", "Csak magyar hír", "English only story"),
        (sections["en"].url, "English only story", "Csak magyar hír"),
        (sections["hu"].url, "Csak magyar hír", "English only story"),
    ]:
        html = client.get(path).content.decode()
        assert present in html, path
        assert absent not in html, path


def test_drafts_and_private_articles_are_not_listed(
    client, site, sections, django_capture_on_commit_callbacks
):
    factories.make_article(sections["en"], "Draft story", live=False)
    private = factories.make_article(sections["en"], "Private story")
    with django_capture_on_commit_callbacks(execute=True):  # privacy is re-read after the commit
        private.view_restrictions.create(restriction_type="password", password="secret")
    for path in ("/en/", sections["en"].url):
        html = client.get(path).content.decode()
        assert "Draft story" not in html
        assert "Private story" not in html


def test_section_is_newest_first_and_paginates(client, site, sections):
    now = timezone.now()
    for n in range(SectionPage.page_size + 3):
        factories.make_article(sections["en"], f"Story number {n:02d}", published=now - timedelta(hours=n))
    first = client.get(sections["en"].url)
    html = first.content.decode()
    assert html.index("Story number 00") < html.index("Story number 01")
    assert "Story number 22" not in html
    second = client.get(sections["en"].url + "?page=2").content.decode()
    assert "Story number 22" in second
    assert 'rel="prev"' in second


@pytest.mark.parametrize("page", ["2", "3", "99999999999999999999", "0", "-1", "abc", "1.5", "%00"])
def test_section_page_out_of_range_or_malformed_is_404(client, site, sections, page):
    factories.make_article(sections["en"], "Only one")
    assert client.get(sections["en"].url + f"?page={page}").status_code == 404


def test_section_empty_page_parameter_means_first_page(client, site, sections):
    factories.make_article(sections["en"], "Only one")
    response = client.get(sections["en"].url + "?page=")
    assert response.status_code == 200
    assert "Only one" in response.content.decode()


def test_empty_section_first_page_is_fine(client, site, sections):
    response = client.get(sections["en"].url)
    assert response.status_code == 200
    assert "No articles in this section yet." in response.content.decode()


def test_section_lead_article_comes_first(client, site, sections):
    old = factories.make_article(
        sections["en"], "Old but important", published=timezone.now() - timedelta(days=3)
    )
    factories.make_article(sections["en"], "Brand new")
    section = sections["en"]
    section.lead_article = old
    factories.publish(section)
    html = client.get(section.url).content.decode()
    assert html.index("Old but important") < html.index("Brand new")


def test_home_shows_lead_rails_and_latest(client, site, sections):
    business = factories.make_section(site["en"], "Business", slug="business")
    for n in range(6):
        factories.make_article(sections["en"], f"City story {n}")
        factories.make_article(business, f"Money story {n}")
    html = client.get("/en/").content.decode()
    # Lead: the newest article; then top stories; then a rail per section; then the rest.
    assert html.index("Money story 5") < html.index('id="rail-')
    assert f'id="rail-{business.pk}"' in html
    assert f'id="rail-{sections["en"].pk}"' in html
    rail = html[html.index(f'id="rail-{business.pk}"') :]
    rail = rail[: rail.index("</section>")]
    assert rail.count('class="card ') == 4  # RAIL_SIZE newest of that section
    assert "Money story 5" in rail and "Money story 1" not in rail
    assert "Latest" in html


def test_an_article_whose_picture_file_is_gone_still_renders(client, site, sections):
    picture = factories.make_image("Lost")
    article = factories.make_article(
        sections["en"],
        "Picture lost",
        hero=picture,
        body=[("image", {"image": picture.pk, "caption": "", "alt": ""})],
    )
    picture.file.storage.delete(
        picture.file.name
    )  # the original is gone from storage; no rendition exists yet
    response = client.get(article.url)
    assert response.status_code == 200
    assert "Picture lost" in response.content.decode()
    assert client.get("/en/").status_code == 200
