"""Pictures in both languages: captions and alt text are segments of the article's translation job, and a
page never describes its pictures in another language (news.pictures, home.models.images)."""

import re

import pytest
from django.urls import reverse
from wagtail_localize.models import StringSegment

from home.models.images import PortalImage
from tests import factories
from tests.news.test_translation_workflow import submit_for_translation, translate_segment

TRAM = {"alt": "A yellow tram on the bridge", "caption": "The first tram of the morning"}
TRAM_HU = {"alt": "Sárga villamos a hídon", "caption": "A reggel első villamosa"}
MAP = {"alt": "A map of the new line", "caption": "The route, with its twelve stops"}


def _pictures():
    """A hero with text in both languages; a map whose text is English only (the default language)."""
    hero = factories.make_image(
        "Tram", description=TRAM["alt"], caption=TRAM["caption"], localized_text={"hu": TRAM_HU}
    )
    map_ = factories.make_image("Map", description=MAP["alt"], caption=MAP["caption"])
    return hero, map_


def _english_article(sections):
    hero, map_ = _pictures()
    return factories.make_article(
        sections["en"],
        "Tram line opens",
        hero=hero,
        body=[factories.paragraph("Trams run."), ("image", {"image": map_.pk, "caption": "", "alt": ""})],
    )


def _block_id(article):
    [block] = [b for b in article.body if b.block_type == "image"]
    return block.id


@pytest.fixture
def publish(client, django_capture_on_commit_callbacks):
    def publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"})
        assert response.status_code == 302
        page.refresh_from_db()
        return page.specific

    return publish


def _alts(html: str) -> list[str]:
    return re.findall(r'<img [^>]*alt="([^"]*)"', html)


def test_empty_texts_are_filled_in_the_articles_language(sections):
    article = _english_article(sections)
    assert (article.hero_caption, article.hero_alt) == (TRAM["caption"], TRAM["alt"])
    [block] = [b for b in article.body if b.block_type == "image"]
    assert (block.value["caption"], block.value["alt"]) == (MAP["caption"], MAP["alt"])
    # A Hungarian original takes the picture's Hungarian text, and none where the picture has none.
    hero, map_ = _pictures()
    hungarian = factories.make_article(
        sections["hu"], hero=hero, body=[("image", {"image": map_.pk, "caption": "", "alt": ""})]
    )
    assert (hungarian.hero_caption, hungarian.hero_alt) == (TRAM_HU["caption"], TRAM_HU["alt"])
    [block] = [b for b in hungarian.body if b.block_type == "image"]
    assert (block.value["caption"], block.value["alt"]) == ("", "")


def test_translation_job_has_the_picture_texts_and_the_hungarian_page_shows_them(
    client, sections, users, publish
):
    article = _english_article(sections)
    client.force_login(users["editor"])
    translation = submit_for_translation(client, article, sections["hu"].locale)
    block = _block_id(article)
    paths = set(
        StringSegment.objects.filter(source=translation.source).values_list("context__path", flat=True)
    )
    assert {"hero_caption", "hero_alt", f"body.{block}.caption", f"body.{block}.alt"} <= paths

    for english, hungarian in [
        ("Tram line opens", "Átadták a villamosvonalat"),
        (TRAM["caption"], "A reggel első járata"),
        (TRAM["alt"], "Sárga villamos a Margit hídon"),
        (MAP["caption"], "Az útvonal tizenkét megállóval"),
        (MAP["alt"], "Az új vonal térképe"),
    ]:
        translate_segment(client, translation, english, hungarian)
    target = publish(article.get_translation(sections["hu"].locale))

    html = client.get(target.url).content.decode()
    for text in ["A reggel első járata", "Az útvonal tizenkét megállóval"]:
        assert text in html
    assert "Sárga villamos a Margit hídon" in _alts(html)
    assert "Az új vonal térképe" in _alts(html)
    assert '<meta property="og:image:alt" content="Sárga villamos a Margit hídon">' in html
    for english in [*TRAM.values(), *MAP.values()]:
        assert english not in html


def test_untranslated_picture_texts_never_show_english_on_the_hungarian_page(
    client, sections, users, publish
):
    """Published with only the headline translated: wagtail-localize would fill the rest with English."""
    article = _english_article(sections)
    client.force_login(users["editor"])
    translation = submit_for_translation(client, article, sections["hu"].locale)
    translate_segment(client, translation, "Tram line opens", "Átadták a villamosvonalat")
    target = publish(article.get_translation(sections["hu"].locale))

    # The hero's texts come from the picture's Hungarian text; the map has none: no alt at all.
    assert (target.hero_caption, target.hero_alt) == (TRAM_HU["caption"], TRAM_HU["alt"])
    html = client.get(target.url).content.decode()
    assert TRAM_HU["alt"] in _alts(html) and TRAM_HU["caption"] in html
    assert MAP["alt"] not in html and TRAM["alt"] not in html and TRAM["caption"] not in html
    assert "" in _alts(html)
    # The map's English caption is all there is: shown, but said to be English.
    assert html.count(MAP["caption"]) == 1
    assert f'<span lang="en">{MAP["caption"]}</span>' in html


def test_a_hungarian_page_without_hungarian_picture_text_has_an_empty_alt(client, sections):
    _hero, map_ = _pictures()
    article = factories.make_article(
        sections["hu"],
        "Térkép",
        hero=map_,
        body=[("image", {"image": map_.pk, "caption": "", "alt": ""})],
    )
    html = client.get(article.url).content.decode()
    assert MAP["alt"] not in html
    assert 'property="og:image:alt"' not in html
    assert html.count(f'<span lang="en">{MAP["caption"]}</span>') == 2  # hero and block


def test_a_picture_hands_out_text_only_in_the_language_it_is_in(db, settings):
    settings.LANGUAGE_CODE = "en"
    picture = PortalImage(title="t", description="A tram", caption="Morning", localized_text={"hu": TRAM_HU})
    assert (picture.alt_for("en"), picture.caption_for("en")) == ("A tram", "Morning")
    assert (picture.alt_for("hu"), picture.caption_for("hu")) == (TRAM_HU["alt"], TRAM_HU["caption"])
    english_only = PortalImage(title="t", description="A tram", caption="Morning")
    assert (english_only.alt_for("hu"), english_only.caption_for("hu")) == ("", "")
    assert english_only.any_caption("hu") == ("Morning", "en")
    settings.LANGUAGE_CODE = "hu"  # a Hungarian newsroom types its pictures' own text in Hungarian
    assert english_only.alt_for("hu") == "A tram" and english_only.alt_for("en") == ""


def test_the_image_form_names_the_language_of_the_pictures_own_text(admin_client, db):
    html = admin_client.get(reverse("wagtailimages:add")).content.decode()
    assert "Alt text (English)" in html and "Caption (English)" in html
    assert "Alt text (Magyar)" in html
