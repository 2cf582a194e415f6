"""Private pages as a reader meets them: a password-protected article asks for its password, refuses a
wrong one and opens with the right one; a login-only section sends the reader to log in and back. In
both languages, through the real URLconf and CSRF checks, and nothing private reaches a shared cache
(the rendered copies in Redis, or Varnish through Cache-Control)."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache
from django.test import Client
from wagtail.models import PageViewRestriction

from tests import factories

LANGUAGES = ["en", "hu"]
SECRET = "The minister's letter, in full."


@pytest.fixture
def reader():
    """A browser: cookies kept, CSRF enforced as for anybody on the site."""
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def restrict(django_capture_on_commit_callbacks):
    def make(page, kind, **fields):
        # The pipeline drops the cached restricted paths after commit, as after an editor's change.
        with django_capture_on_commit_callbacks(execute=True):
            return PageViewRestriction.objects.create(page=page, restriction_type=kind, **fields)

    return make


def csrf_token(response) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode()).group(1)


def assert_private(response):
    directives = {part.strip().split("=")[0] for part in response["Cache-Control"].split(",")}
    assert "private" in directives and "public" not in directives and "s-maxage" not in directives, response[
        "Cache-Control"
    ]


def assert_in_no_shared_cache(text: str):
    values = cache.get_many(cache.keys("*"))
    assert values, "the pages around it were cached: the check looks at something"
    assert not [key for key, value in values.items() if text in str(value)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_password_protected_article_asks_refuses_and_opens(reader, sections, restrict, language):
    article = factories.make_article(
        sections[language], "Leaked budget letter", body=[factories.paragraph(SECRET)]
    )
    restriction = restrict(article, PageViewRestriction.PASSWORD, password="kifli-42")
    reader.get(f"/{language}/")  # the public front: cached as usual

    asked = reader.get(article.url)
    html = asked.content.decode()
    action = f"/{language}/_util/authenticate_with_password/{restriction.pk}/{article.pk}/"
    assert asked.status_code == 200 and f'action="{action}"' in html
    assert SECRET not in html and "Leaked budget letter" not in html  # not even the headline
    assert_private(asked)

    form = {"csrfmiddlewaretoken": csrf_token(asked), "return_url": article.url}
    wrong = reader.post(action, {**form, "password": "zsemle"})
    assert wrong.status_code == 200 and 'class="form-errors"' in wrong.content.decode()
    assert SECRET not in wrong.content.decode()
    if language == "en":
        assert "The password you have entered is not correct" in wrong.content.decode()
    assert_private(wrong)

    right = reader.post(action, {**form, "password": "kifli-42"})
    assert right.status_code == 302 and right["Location"] == article.url
    opened = reader.get(article.url)
    assert opened.status_code == 200 and SECRET in opened.content.decode()
    assert_private(opened)

    # Another reader is still asked, and no shared copy holds the article.
    assert SECRET not in Client().get(article.url).content.decode()
    assert_in_no_shared_cache(SECRET)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_login_only_section_sends_the_reader_to_log_in_and_back(
    reader, sections, restrict, django_user_model, language
):
    section = sections[language]
    article = factories.make_article(section, "Members briefing", body=[factories.paragraph(SECRET)])
    restrict(section, PageViewRestriction.LOGIN)
    django_user_model.objects.create_user("olvaso", "olvaso@example.org", "kalacs-2024")
    reader.get(f"/{language}/")

    sent = reader.get(section.url)
    assert sent.status_code == 302
    login = urlsplit(sent["Location"])
    assert login.path == f"/{language}/_util/login/" and parse_qs(login.query)["next"] == [section.url]
    assert_private(sent)

    page = reader.get(sent["Location"])
    assert page.status_code == 200 and 'name="password"' in page.content.decode()
    assert_private(page)
    form = {"csrfmiddlewaretoken": csrf_token(page), "username": "olvaso", "next": section.url}
    refused = reader.post(login.path, {**form, "password": "not-it"})
    assert refused.status_code == 200 and 'class="form-errors"' in refused.content.decode()

    logged_in = reader.post(login.path, {**form, "password": "kalacs-2024"})
    assert logged_in.status_code == 302 and logged_in["Location"] == section.url
    opened = reader.get(section.url)
    assert opened.status_code == 200 and article.title in opened.content.decode()
    assert_private(opened)
    story = reader.get(article.url)
    assert story.status_code == 200 and SECRET in story.content.decode()
    assert_private(story)

    assert Client().get(article.url).status_code == 302  # anybody else: to the login
    assert_in_no_shared_cache(SECRET)
    assert_in_no_shared_cache("Members briefing")
