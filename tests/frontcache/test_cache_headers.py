"""Cache-Control per page type, and nothing per-request in the HTML a shared cache keeps."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests import factories
from tests.home.test_report_page import report_page

pytestmark = pytest.mark.django_db


def _directives(response) -> dict:
    out = {}
    for part in response.headers.get("Cache-Control", "").split(","):
        name, _, value = part.strip().partition("=")
        if name:
            out[name] = value or True
    return out


def assert_shared(response):
    assert response.status_code == 200, response.status_code
    cc = _directives(response)
    assert cc.get("public") is True and int(cc["s-maxage"]) > 0, response.headers.get("Cache-Control")
    assert "private" not in cc and "no-store" not in cc
    assert "cookie" not in response.headers.get("Vary", "").lower()
    assert not response.cookies, "a shared page must not set cookies"
    html = response.content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert not re.search(r"nonce=", html)


def assert_private(response):
    cc = _directives(response)
    assert cc.get("private") is True and "public" not in cc and "s-maxage" not in cc, cc


def test_reader_pages_are_shared_with_fitting_lifetimes(client, site, sections):
    article = factories.make_article(sections["en"], "Bridge reopens")
    pages = {
        article.url: ("article", 86400),
        "/en/": ("front", 3600),
        sections["hu"].url: ("front", 3600),
        "/en/rss/": ("feed", 3600),
        "/sitemap.xml": ("feed", 3600),
        "/sitemap-news-hu.xml": ("feed", 3600),
        "/en/search/?q=bridge": ("search", 60),
    }
    for url, (_kind, longest) in pages.items():
        response = client.get(url)
        assert_shared(response)
        cc = _directives(response)
        # Shared caches keep pages at most until midnight: the masthead shows today's date.
        assert 0 < int(cc["s-maxage"]) <= longest
        assert int(cc["max-age"]) <= 300


def test_cached_html_carries_no_csrf_token_or_session_even_after_a_form_was_used(client, site, sections):
    article = factories.make_article(sections["en"], "Tram strike")
    report = report_page(site["en"], "en")
    client.get("/en/newsletter/")  # a form page: the reader now holds a CSRF cookie
    response = client.get(article.url)
    assert_shared(response)
    # The newsletter box on every page is a GET form to the sign-up page, which carries the token.
    assert 'action="/en/newsletter/"' in response.content.decode()
    response = client.get(report.url)
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert_private(response)


def test_forms_and_newsletter_steps_are_private(client, site):
    response = client.get("/en/newsletter/")
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert_private(response)


def test_bad_search_input_is_not_shared(client, site):
    response = client.get("/en/search/", {"q": "x", "page": "0"})
    assert response.status_code == 400
    assert_private(response)


def test_unknown_urls_are_cached_briefly(client, site):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    cc = _directives(response)
    assert cc.get("public") is True and int(cc["s-maxage"]) <= 60


def test_signed_in_editors_get_private_pages(client, site, sections, django_user_model):
    article = factories.make_article(sections["en"])
    editor = django_user_model.objects.create_user("editor", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert_private(client.get(article.url))
    assert_private(client.get("/en/"))


def test_restricted_pages_are_never_shared(
    client, site, sections, django_user_model, django_capture_on_commit_callbacks
):
    article = factories.make_article(sections["en"], "Members only")
    with django_capture_on_commit_callbacks(execute=True):  # the pipeline drops the cached paths after commit
        PageViewRestriction.objects.create(page=sections["en"], restriction_type=PageViewRestriction.LOGIN)
    response = client.get(article.url)
    assert response.status_code == 302  # to the login page
    assert_private(response)
    client.force_login(django_user_model.objects.create_user("reader", password="pw"))
    response = client.get(article.url)
    assert response.status_code == 200
    assert_private(response)


def test_admin_and_preview_are_never_cached(admin_client, site, sections):
    article = factories.make_article(sections["en"], "Draft headline")
    for url in [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        reverse("wagtailadmin_pages:history", args=[article.pk]),
        reverse("wagtailadmin_pages:revisions_view", args=[article.pk, article.latest_revision_id]),
    ]:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        cc = _directives(response)
        assert cc.get("no-store") is True and cc.get("private") is True, (url, cc)

    # The editor's live preview: the form is posted, then the preview rendered from the session.
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[article.pk])
    form = {
        "title": "Preview headline",
        "slug": article.slug,
        "standfirst": "Not yet published.",
        "ai_use": "human",
        "body-count": "0",
        "article_authors-TOTAL_FORMS": "0",
        "article_authors-INITIAL_FORMS": "0",
        "article_topics-TOTAL_FORMS": "0",
        "article_topics-INITIAL_FORMS": "0",
        "corrections-TOTAL_FORMS": "0",
        "corrections-INITIAL_FORMS": "0",
        "related_pins-TOTAL_FORMS": "0",
        "related_pins-INITIAL_FORMS": "0",
        "related_excludes-TOTAL_FORMS": "0",
        "related_excludes-INITIAL_FORMS": "0",
    }
    assert admin_client.post(preview_url, form).json()["is_valid"] is True
    response = admin_client.get(preview_url)
    assert response.status_code == 200
    assert "Preview headline" in response.content.decode()
    cc = _directives(response)
    assert cc.get("no-store") is True and cc.get("private") is True, cc


def test_login_page_is_never_cached(client, site):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    assert _directives(response).get("no-store") is True
