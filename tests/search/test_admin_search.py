"""The admin's search (Wagtail's index, search.admin_index) as an editor uses it: the "Pages" search,
the explorer's search, the page chooser, the image chooser and the author chooser.

Stories are found by headline, standfirst, body and byline, whatever the accents, with the readers'
Hungarian and English stemming; drafts and private pages are found in the admin and never by readers.
The index is filled the way production fills it: a save queues Wagtail's index task (django-tasks,
portal.django_tasks_backend) after commit, eager here.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from search.models import SearchDocument
from tests import factories

pytestmark = [pytest.mark.django_db]


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def desk(site, sections, indexed, postgres_only):
    """A few stories in both languages, a draft and a private one, saved as the admin saves them."""

    def build():
        en, hu = sections["en"], sections["hu"]
        loc = site["locales"]
        kovacs = factories.make_author(loc["hu"], "Kovács Zsófia")
        smith = factories.make_author(loc["en"], "Jane Whitfield")
        private_section = factories.make_section(site["en"], "Staff", slug="staff")
        stories = {
            "bridge_hu": factories.make_article(
                hu,
                "Reggeli dugó a belvárosban",
                standfirst="Lassan haladt a forgalom.",
                body=[factories.paragraph("Egy teherautó lerobbant a hídon, a villamosok is álltak.")],
                authors=[kovacs],
            ),
            "bridges_hu": factories.make_article(
                hu,
                "Felújítás kezdődik",
                standfirst="A főváros két év alatt felújítja a hidakat.",
                body=[factories.paragraph("A munkák tavasszal kezdődnek.")],
            ),
            "parliament": factories.make_article(
                hu,
                "Ülésezik az Országgyűlés",
                standfirst="A képviselők a költségvetésről vitatkoznak.",
                body=[factories.paragraph("A vita késő estig tart.")],
            ),
            "bridges_en": factories.make_article(
                en,
                "City repairs its crossings",
                standfirst="Work starts in spring.",
                body=[factories.paragraph("The bridge over the Danube closes for a year.")],
                authors=[smith],
            ),
            "draft": factories.make_article(
                en,
                "Embargoed budget leak",
                standfirst="Not for readers yet.",
                body=[factories.paragraph("The zeppelin hangar deal was signed.")],
                live=False,
            ),
            "private": factories.make_article(
                private_section,
                "Staff canteen rota",
                standfirst="Internal.",
                body=[factories.paragraph("The zeppelin rota changes on Monday.")],
            ),
        }
        PageViewRestriction.objects.create(page=private_section, restriction_type=PageViewRestriction.LOGIN)
        return {**stories, "kovacs": kovacs, "smith": smith}

    return indexed(build)


def pages_search(client, q) -> set[str]:
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": q})
    assert response.status_code == 200
    return {page.title for page in response.context["object_list"]}


def explorer_search(client, parent, q) -> set[str]:
    response = client.get(reverse("wagtailadmin_explore", args=[parent.pk]), {"q": q})
    assert response.status_code == 200
    return {page.title for page in response.context["object_list"]}


def chooser_search(client, q) -> set[str]:
    response = client.get(reverse("wagtailadmin_choose_page_search"), {"q": q})
    assert response.status_code == 200
    return {page.title for page in response.context["pages"]}


def test_a_body_word_finds_the_story_through_hungarian_stemming(client, editor, desk):
    client.force_login(editor)
    # "híd" is in no headline: "hídon" (on the bridge) is in one body, "hidakat" (the bridges) in the
    # other's standfirst. The readers' Hungarian configuration stems "híd" and "hídon" alike, "hidakat"
    # and "hidakon" alike; the last word also matches as a prefix ("hid" of "hidakat").
    assert pages_search(client, "híd") == {"Reggeli dugó a belvárosban", "Felújítás kezdődik"}
    assert pages_search(client, "hídon") == {"Reggeli dugó a belvárosban"}
    assert pages_search(client, "hidakon") == {"Felújítás kezdődik"}  # stemmed, not a prefix
    assert pages_search(client, "teherautók") == {"Reggeli dugó a belvárosban"}  # body: "teherautó"
    assert pages_search(client, "lerobbant hídon") == {"Reggeli dugó a belvárosban"}


def test_accents_do_not_matter(client, editor, desk):
    client.force_login(editor)
    assert pages_search(client, "orszaggyules") == {"Ülésezik az Országgyűlés"}
    assert pages_search(client, "ORSZÁGGYŰLÉS") == {"Ülésezik az Országgyűlés"}
    assert pages_search(client, "koltsegvetes") == {"Ülésezik az Országgyűlés"}  # the standfirst


def test_english_stemming(client, editor, desk):
    client.force_login(editor)
    assert pages_search(client, "bridges") == {"City repairs its crossings"}  # body: "bridge"
    assert pages_search(client, "closing Danube") == {"City repairs its crossings"}  # "closes"
    assert pages_search(client, "repair") == {"City repairs its crossings"}  # the headline


def test_a_byline_surname_finds_the_story(client, editor, desk):
    client.force_login(editor)
    assert pages_search(client, "Kovács") == {"Reggeli dugó a belvárosban"}
    assert pages_search(client, "kovacs") == {"Reggeli dugó a belvárosban"}
    assert pages_search(client, "Whitfield") == {"City repairs its crossings"}


def test_drafts_and_private_pages_are_found_by_editors_never_by_readers(client, editor, desk):
    client.force_login(editor)
    assert pages_search(client, "zeppelin") == {"Embargoed budget leak", "Staff canteen rota"}
    client.logout()
    reader = client.get("/en/search/?q=zeppelin").content.decode()
    assert "Embargoed" not in reader and "canteen" not in reader
    assert not SearchDocument.objects.filter(page_id__in=[desk["draft"].pk, desk["private"].pk]).exists()


def test_the_explorer_search_of_a_section(client, editor, desk, sections):
    client.force_login(editor)
    both = {"Reggeli dugó a belvárosban", "Felújítás kezdődik"}
    assert explorer_search(client, sections["hu"], "híd") == both
    assert explorer_search(client, sections["hu"], "orszaggyules") == {"Ülésezik az Országgyűlés"}
    assert explorer_search(client, sections["en"], "bridges") == {"City repairs its crossings"}
    assert explorer_search(client, sections["en"], "zeppelin") == {"Embargoed budget leak"}


def test_the_page_chooser_search(client, editor, desk):
    client.force_login(editor)
    assert chooser_search(client, "orszaggyules") == {"Ülésezik az Országgyűlés"}
    assert chooser_search(client, "Whitfield") == {"City repairs its crossings"}
    assert chooser_search(client, "hídon") == {"Reggeli dugó a belvárosban"}


def test_the_last_word_is_a_prefix_while_typing(client, editor, desk):
    client.force_login(editor)
    assert pages_search(client, "orszagg") == {"Ülésezik az Országgyűlés"}
    assert pages_search(client, "Whitf") == {"City repairs its crossings"}


def test_a_query_of_only_punctuation_answers_nothing_not_a_500(client, editor, desk):
    client.force_login(editor)
    for q in ("!!!", "'", "\\", "&|:*", "ű" * 300):
        response = client.get(reverse("wagtailadmin_pages:search"), {"q": q})
        assert response.status_code == 200


# --- pictures and bylines in the choosers ---


@pytest.fixture
def pictures(site, indexed, postgres_only):
    def build():
        chain = factories.make_image(
            "IMG_0412", credit="MTI / Szigetváry Zsolt", caption="Tüntetők a Kossuth téren"
        )
        chain.localized_text = {"en": {"caption": "Protesters on Kossuth Square", "alt": "Flags"}}
        chain.save()
        factories.make_image("IMG_0413", credit="Reuters / Bernadett Szabo", caption="Árvíz Szentendrén")
        return chain

    return indexed(build)


def image_chooser(client, q) -> set[str]:
    response = client.get(reverse("wagtailimages_chooser:choose_results"), {"q": q})
    assert response.status_code == 200
    return {image.title for image in response.context["results"]}


def test_the_image_chooser_finds_pictures_by_credit_and_caption(client, editor, pictures):
    client.force_login(editor)
    assert image_chooser(client, "Szigetvary") == {"IMG_0412"}  # the credit, without its accent
    assert image_chooser(client, "tüntetők") == {"IMG_0412"}  # the Hungarian caption
    assert image_chooser(client, "tuntetok") == {"IMG_0412"}
    assert image_chooser(client, "Kossuth téren") == {"IMG_0412"}
    assert image_chooser(client, "protesters") == {"IMG_0412"}  # the English caption
    assert image_chooser(client, "arviz") == {"IMG_0413"}
    assert image_chooser(client, "Reuters") == {"IMG_0413"}


@pytest.fixture
def authors(site, indexed, postgres_only):
    loc = site["locales"]
    return indexed(
        lambda: {
            "anna": factories.make_author(loc["hu"], "Kovács Anna", role="gazdasági újságíró"),
            "peter": factories.make_author(loc["hu"], "Nagy Péter"),
            "jane": factories.make_author(loc["en"], "Jane Whitfield", role="Europe correspondent"),
        }
    )


def test_the_author_chooser_has_a_search_box_that_finds_names(client, editor, authors, site):
    client.force_login(editor)
    url = reverse("wagtailsnippetchoosers_news_author:choose")
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="q"' in page.json()["html"]
    results_url = reverse("wagtailsnippetchoosers_news_author:choose_results")

    def found(q, **params):
        response = client.get(results_url, {"q": q, **params})
        assert response.status_code == 200
        return {str(author) for author in response.context["results"]}

    assert found("kovacs") == {"Kovács Anna"}
    assert found("Péter") == {"Nagy Péter"}
    assert found("peter") == {"Nagy Péter"}
    assert found("Whitf") == {"Jane Whitfield"}
    assert found("correspondent") == {"Jane Whitfield"}
    assert found("kovacs", locale="en") == set()  # the chooser's language filter still applies
    assert found("kovacs", locale="hu") == {"Kovács Anna"}


def test_a_renamed_author_is_found_under_the_new_name(client, editor, desk, indexed):
    client.force_login(editor)
    kovacs = desk["kovacs"]
    kovacs.name = "Szőke Zsófia"  # she married; the bylines of her stories follow
    indexed(kovacs.save)
    assert pages_search(client, "szoke") == {"Reggeli dugó a belvárosban"}
    assert pages_search(client, "Kovács") == set()


# --- which configurations a search is parsed with ---


def test_a_search_in_one_language_is_parsed_with_that_language_only(site, postgres_only):
    from news.models import ArticlePage, Author
    from search.admin_index.configs import EVERY_LANGUAGE, query_configs, searched_locale_ids

    hu, en = site["locales"]["hu"], site["locales"]["en"]
    assert searched_locale_ids(Author.objects.filter(locale=hu)) == {hu.pk}
    assert searched_locale_ids(Author.objects.filter(locale_id__in=[hu.pk, en.pk])) == {hu.pk, en.pk}
    assert query_configs(Author.objects.filter(locale=hu)) == ("bp_hungarian",)
    assert query_configs(ArticlePage.objects.filter(locale=en).live()) == ("bp_english",)
    assert set(query_configs(Author.objects.filter(locale__in=[hu, en]))) == {"bp_hungarian", "bp_english"}
    # Not known (or not only a locale filter): every language.
    assert query_configs(ArticlePage.objects.all()) == EVERY_LANGUAGE
    assert query_configs(ArticlePage.objects.exclude(locale=hu)) == EVERY_LANGUAGE
    assert query_configs(Author.objects.filter(locale__language_code="hu")) == EVERY_LANGUAGE
    # Pictures have no language: the stemmers' stems and the plain words.
    from wagtail.images import get_image_model

    assert query_configs(get_image_model().objects.all()) == EVERY_LANGUAGE


def test_the_index_keeps_each_language_in_its_own_configuration(desk):
    """A Hungarian story is stemmed as Hungarian, with its accents, and kept with the word itself, both
    unaccented ("hidakat" -> "hid" and "hidakat" at one position; "felújítja" -> "felujit"), an English
    one as English ("closes" -> "close"); the rows of Wagtail's index show it."""
    from django.db import connection

    def lexemes(page):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT autocomplete::text FROM wagtailsearch_indexentry e "
                "JOIN django_content_type ct ON ct.id = e.content_type_id "
                "WHERE e.object_id = %s AND ct.app_label IN ('wagtailcore', 'news')",
                [str(page.pk)],
            )
            return cursor.fetchone()[0]

    hungarian = lexemes(desk["bridges_hu"]).split()
    assert {"'hid':10", "'hidakat':10", "'felujit':8", "'felujitja':8"} <= set(hungarian)
    assert "'close'" in lexemes(desk["bridges_en"]) and "'closes'" not in lexemes(desk["bridges_en"])


def test_update_index_rebuilds_in_each_language(client, editor, desk):
    """`manage.py update_index`, run once after upgrading, writes every row through the same backend."""
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    client.force_login(editor)
    assert pages_search(client, "orszaggyules") == {"Ülésezik az Országgyűlés"}
    assert pages_search(client, "Whitfield") == {"City repairs its crossings"}
    assert pages_search(client, "zeppelin") == {"Embargoed budget leak", "Staff canteen rota"}
