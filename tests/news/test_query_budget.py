"""Query budgets: reader pages cost the same number of queries however big the article or archive is.

Each page is requested once to warm what a live site keeps warm (the navigation and branding caches,
remembered routes), then measured. Pictures come with their renditions, made when they were uploaded
(news.renditions; tests.factories.make_image), and the pages show them. Articles are measured rendered
(their rendered copy in Redis dropped first) and from that copy.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import ArticlePage, RelatedArticle
from news.related import service as related_service
from portal.caching import generations as fragments
from tests import factories

ARTICLE_BUDGET = 12
FRONT_BUDGET = 15


def _queries(client, url, *, rendered=True) -> int:
    assert client.get(url).status_code == 200  # warm
    if rendered:
        fragments.bump(fragments.SITE)  # every rendered copy is unreachable: the template runs
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def _article(section, *, blocks, authors, topics, images):
    en = section.locale
    pictures = [factories.make_image(f"Picture {i}") for i in range(images)]
    body = []
    for i in range(blocks):
        if pictures and i % 4 == 1:
            body.append(
                ("image", {"image": pictures[i % len(pictures)].pk, "caption": f"Caption {i}", "alt": ""})
            )
        elif i % 4 == 2:
            body.append(("fact_box", {"title": f"Facts {i}", "items": ["one", "two"]}))
        elif i % 4 == 3:
            body.append(("heading", {"text": f"Heading {i}", "level": "h2"}))
        else:
            body.append(factories.paragraph(f"Paragraph {i}."))
    return factories.make_article(
        section,
        body=body,
        hero=factories.make_image("Hero"),
        authors=[factories.make_author(en, f"Author {i}") for i in range(authors)],
        topics=[factories.make_topic(en, f"Topic {i}") for i in range(topics)],
    )


@pytest.mark.parametrize("language", ["en", "hu"])
def test_article_queries_do_not_grow_with_blocks_authors_or_topics(client, site, sections, language):
    small = _article(sections[language], blocks=1, authors=1, topics=1, images=0)
    large = _article(sections[language], blocks=40, authors=5, topics=10, images=10)
    for n in range(10):  # neighbours for a full related block (8 cards with pictures)
        factories.make_article(sections[language], f"Neighbour {n}", hero=factories.make_image())
    related_service.related_index(article_ids=list(ArticlePage.objects.values_list("pk", flat=True)))
    related_service.related_refresh(article_id=large.pk)
    assert RelatedArticle.objects.filter(article=large).count() == 8
    assert not RelatedArticle.objects.filter(article=small).exists()
    small_count = _queries(client, small.url)
    large_count = _queries(client, large.url)
    # Hero, ten body pictures and eight related cards, each with its srcset: all in the count above.
    assert client.get(large.url).content.decode().count('srcset="/media/images/') == 1 + 10 + 8
    assert small_count == large_count, (small_count, large_count)
    assert large_count <= ARTICLE_BUDGET
    # From the rendered copy: the article row only, whatever the article.
    assert _queries(client, small.url, rendered=False) == _queries(client, large.url, rendered=False) == 1


def test_section_and_home_queries_do_not_grow_with_the_archive(client, site, sections):
    business = factories.make_section(site["en"], "Business", slug="business")
    en = site["locales"]["en"]
    author = factories.make_author(en, "Eszter Varga")
    factories.make_article(sections["en"], hero=factories.make_image(), authors=[author])
    counts_small = (_queries(client, "/en/"), _queries(client, sections["en"].url))

    for n in range(30):
        section = business if n % 2 else sections["en"]
        factories.make_article(
            section, hero=factories.make_image(), authors=[author, factories.make_author(en)]
        )
    counts_large = (_queries(client, "/en/"), _queries(client, sections["en"].url))
    assert 'srcset="/media/images/' in client.get(sections["en"].url).content.decode()

    assert counts_small == counts_large, (counts_small, counts_large)
    assert max(counts_large) <= FRONT_BUDGET
