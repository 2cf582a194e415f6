import re

import pytest
from django.conf import settings


def test_root_redirects_by_cookie_first(client, site):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "hu"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/hu/"


def test_root_redirects_by_accept_language(client, site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="hu-HU,hu;q=0.9")
    assert response["Location"] == "/hu/"
    assert "Accept-Language" in response["Vary"]


def test_root_redirects_to_default_language(client, site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    assert response["Location"] == f"/{settings.LANGUAGE_CODE}/"
    assert client.get("/")["Location"] == "/en/"


def test_unknown_cookie_value_falls_back(client, site):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "xx"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="hu")["Location"] == "/hu/"


@pytest.mark.parametrize("path", ["/de/", "/xx/", "/english/", "/en-gb/", "/nope/anything/"])
def test_unknown_prefixes_are_404(client, site, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(("language", "other"), [("en", "hu"), ("hu", "en")])
def test_home_pages_render_masthead_in_their_language(client, site, language, other):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert "Budapest Post" in html
    assert "Cum Deo pro Patria et Libertate" in html
    tagline = "Budapest, Europe and world news" if language == "en" else "Budapesti, európai és világhírek"
    assert tagline in html
    # The switcher links to the other language's home page (a real, translated page).
    assert re.search(rf'<a href="/{other}/" hreflang="{other}"', html)


def test_hungarian_home_uses_hungarian_ui_strings(client, site):
    html = client.get("/hu/").content.decode()
    assert "Ugrás a tartalomra" in html
    assert "Skip to main content" not in html


def test_admin_and_robots_are_unprefixed(client, site):
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/en/admin/").status_code == 404
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert "Sitemap: http://localhost/sitemap.xml" in robots.content.decode()


def test_sitemap_lists_both_languages(client, site):
    assert "sitemap-pages.xml" in client.get("/sitemap.xml").content.decode()  # the index
    response = client.get("/sitemap-pages.xml")
    assert response.status_code == 200
    body = response.content.decode()
    assert "/en/" in body and "/hu/" in body
