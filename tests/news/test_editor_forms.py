"""Forms say what they are, and embeds work offline (issue 17), through the admin views."""

import http.server
import threading

import pytest
from django.urls import reverse
from wagtail.embeds.finders import get_finders
from wagtail.users.models import UserProfile

from news.models import ArticlePage
from tests import factories
from tests.news.test_admin import article_form


@pytest.fixture
def editor(users):
    return users["editor"]


@pytest.fixture
def furniture(site):
    en = site["locales"]["en"]
    return {
        "author": factories.make_author(en, "Eszter Varga"),
        "topic": factories.make_topic(en, "Transport"),
        "image": factories.make_image("Tram"),
    }


def _add_url(section, model="articlepage"):
    return reverse("wagtailadmin_pages:add", args=("news", model, section.pk))


def _speaks(user, language):
    UserProfile.objects.filter(pk=UserProfile.get_for_user(user).pk).update(preferred_language=language)


def test_the_article_editor_says_headline_and_byline(client, editor, sections):
    client.force_login(editor)
    page = client.get(_add_url(sections["en"])).content.decode()
    assert ">Headline" in page and 'placeholder="Headline*"' in page
    assert "Page title" not in page
    # The byline's own heading ("Byline 1" once the JS numbers it) and its add button.
    assert "Byline<span data-inline-panel-child-count>" in page
    assert "Add byline" in page and "Add Bylines" not in page
    assert "Add topic" in page and "Add correction" in page


def test_the_section_editor_says_section_name(client, editor, site):
    client.force_login(editor)
    page = client.get(reverse("wagtailadmin_pages:add", args=("news", "sectionpage", site["en"].pk)))
    assert ">Section name" in page.content.decode()
    assert "Page title" not in page.content.decode()


def test_the_article_editor_says_it_in_hungarian(client, editor, sections):
    _speaks(editor, "hu")
    client.force_login(editor)
    page = client.get(_add_url(sections["hu"])).content.decode()
    assert ">Főcím" in page and 'placeholder="Főcím*"' in page
    assert "Szerző<span data-inline-panel-child-count>" in page
    assert "szerző hozzáadása" in page.lower()


def test_the_account_page_offers_a_curated_list_of_time_zones(client, editor):
    client.force_login(editor)
    page = client.get(reverse("wagtailadmin_account")).content.decode()
    options = page[page.index('name="locale-current_time_zone"') :]
    options = options[: options.index("</select>")]
    assert 'value="Europe/Budapest"' in options and 'value="UTC"' in options
    # The system tz database's aliases the browser refuses (a script error on the page before).
    assert 'value="localtime"' not in options and 'value="posixrules"' not in options
    assert options.count("<option") < 60

    # The account form as the page sends it: every panel's current values, one time zone changed.
    data = _account_form(client)
    data.update({"name_email-first_name": "Eszter", "name_email-last_name": "Varga"})
    data["locale-current_time_zone"] = "Europe/London"
    response = client.post(reverse("wagtailadmin_account"), data)
    assert response.status_code == 302
    assert UserProfile.get_for_user(editor).current_time_zone == "Europe/London"
    data["locale-current_time_zone"] = "localtime"
    refused = client.post(reverse("wagtailadmin_account"), data)
    assert refused.status_code == 200  # the form again, with its error; not saved, not a 500
    assert UserProfile.get_for_user(editor).current_time_zone == "Europe/London"


def _account_form(client):
    forms = [
        panel.get_form()
        for panels in client.get(reverse("wagtailadmin_account")).context["panels_by_tab"].values()
        for panel in panels
    ]
    data = {}
    for form in forms:
        if form.prefix == "password":
            continue
        for name in form.fields:
            value = form[name].value()
            if value not in (None, "") and not hasattr(value, "read"):
                data[form.add_prefix(name)] = value
    return data


class _Provider(http.server.BaseHTTPRequestHandler):
    """An oEmbed provider that is down: every request answers 503, and is counted."""

    hits = 0

    def do_GET(self):
        type(self).hits += 1
        self.send_response(503)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def provider_down(settings):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Provider)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Provider.hits = 0
    settings.WAGTAILEMBEDS_FINDERS = [
        {
            "class": "wagtail.embeds.finders.oembed",
            "providers": [
                {
                    "endpoint": f"http://127.0.0.1:{server.server_port}/oembed",
                    "urls": [r"^https://video\.example/.+$"],
                }
            ],
        }
    ]
    get_finders.cache_clear()
    yield _Provider
    server.shutdown()
    get_finders.cache_clear()


def test_an_embed_whose_provider_is_down_is_published_as_a_link_card(
    client, editor, sections, furniture, provider_down
):
    client.force_login(editor)
    data = article_form(title="Night trams", **furniture, **{"action-publish": "action-publish"})
    data["body-5-value"] = "https://video.example/watch/night-trams"  # the form's embed block
    response = client.post(_add_url(sections["en"]), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    article = ArticlePage.objects.get(slug="night-trams")
    assert article.live
    assert article.body[5].block_type == "embed"
    assert article.body[5].value.url == "https://video.example/watch/night-trams"
    assert provider_down.hits == 1  # asked once, when the editor published

    page = client.get(article.url).content.decode()
    assert 'class="block-embed__card" href="https://video.example/watch/night-trams"' in page
    assert "video.example" in page and "External content" in page
    assert provider_down.hits == 1  # a reader's page never asks the provider

    # The Hungarian translation's card speaks Hungarian.
    hu = factories.translate(article, sections["hu"].locale, title="Éjszakai villamosok", slug="ejszakai")
    page = client.get(hu.url).content.decode()
    assert "Külső tartalom" in page and "https://video.example/watch/night-trams" in page
    assert provider_down.hits == 1


def test_a_url_that_is_not_a_url_is_still_refused(client, editor, sections, furniture, provider_down):
    client.force_login(editor)
    data = article_form(title="Night trams", **furniture, **{"action-publish": "action-publish"})
    data["body-5-value"] = "not a link"
    response = client.post(_add_url(sections["en"]), data)
    assert response.status_code == 200
    assert not ArticlePage.objects.exists()
    assert "Enter a valid URL" in response.content.decode()


def test_autosave_does_not_wait_on_the_provider(client, editor, sections, furniture, provider_down):
    client.force_login(editor)
    data = article_form(title="Night trams", **furniture)
    data["body-5-value"] = "https://video.example/watch/night-trams"
    response = client.post(_add_url(sections["en"]), data, HTTP_ACCEPT="application/json")
    assert response.json()["success"]
    assert provider_down.hits == 0
