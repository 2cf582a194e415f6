"""Issue 16, finding 16: a Permissions-Policy on every response, and absolute URLs (feeds, sitemaps,
robots.txt) built from the configured site, never from the Host a request claims."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_every_response_carries_a_permissions_policy(client, admin_client, site, sections):
    article = factories.make_article(sections["en"], "Headline")
    for response in (client.get(article.url), client.get("/en/"), admin_client.get("/admin/")):
        policy = response.headers["Permissions-Policy"]
        assert "camera=()" in policy and "microphone=()" in policy and "geolocation=()" in policy


@pytest.mark.parametrize("path", ["/robots.txt", "/sitemap.xml", "/en/rss/", "/sitemap-news-en.xml"])
def test_absolute_urls_ignore_the_requests_host(client, site, sections, settings, path):
    factories.make_article(sections["en"], "Headline")
    settings.ALLOWED_HOSTS = ["*"]
    response = client.get(path, HTTP_HOST="attacker.example")
    assert response.status_code == 200, (path, response.status_code)
    body = response.content.decode()
    assert "attacker.example" not in body
    assert "http" in body, "the document does carry absolute URLs"
