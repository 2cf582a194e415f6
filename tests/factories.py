"""Builders for the page tree the tests need: both home pages, sections and articles in a locale.

Translations are made the way Wagtail makes them (`copy_for_translation`), so every page keeps its
translation key and the language switcher can find it.
"""

import io
import itertools

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation

from home.models import HomePage, SiteBranding
from news.desk.translating import translate_object
from news.models import (
    ArticleAuthor,
    ArticleCorrection,
    ArticlePage,
    ArticleTopic,
    Author,
    SectionPage,
    Topic,
)
from news.renditions.service import renditions_generate

_counter = itertools.count(1)


def locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "hu")}


def publish(page, when=None):
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    if when is not None:
        type(page).objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
        page.refresh_from_db()
    return page


def translate(page, locale, **fields):
    """A live translation of `page` in `locale` with the given fields changed."""
    copy = page.copy_for_translation(locale, copy_parents=False)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return publish(copy)


def synced_translation(page, locale):
    """A live wagtail-localize translation of `page`, made as the desk makes one, published with its
    segments untranslated (the source's texts). wagtail-localize publishes on commit."""
    translate_object(page, [locale])
    Translation.objects.get(source__object_id=page.translation_key, target_locale=locale).save_target()
    return page.get_translation(locale)


def build_site():
    """Both home pages (EN source, HU translation) as the default site's root, plus branding."""
    loc = locales()
    root = Page.get_first_root_node()
    for placeholder in root.get_children().filter(content_type__model="page"):
        Site.objects.filter(root_page=placeholder).delete()
        placeholder.delete()
    en = root.add_child(instance=HomePage(title="Budapest Post", slug="home-en", locale=loc["en"]))
    publish(en)
    hu = translate(en, loc["hu"], slug="home-hu")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": en, "site_name": "BP"},
    )
    branding = SiteBranding.objects.create(
        locale=loc["en"],
        tagline="Budapest, Europe and world news",
        ai_written_disclaimer="<p>Written by a machine.</p>",
    )
    hu_branding = branding.copy_for_translation(loc["hu"])
    hu_branding.tagline = "Budapesti, európai és világhírek"
    hu_branding.ai_written_disclaimer = "<p>Gép írta.</p>"
    hu_branding.save()
    return {"en": en, "hu": hu, "locales": loc}


def make_section(home, title, slug=None, **fields):
    section = home.add_child(
        instance=SectionPage(
            title=title, slug=slug or title.lower(), locale=home.locale, show_in_menus=True, **fields
        )
    )
    return publish(section)


def make_image(title="Picture", credit="BP / Test", *, renditions=True, **fields):
    """A picture; with the renditions readers' pages show, as the task queued by its upload makes them
    (news.renditions: a test's transaction never commits, so that task does not run by itself)."""
    Image = get_image_model()
    buffer = io.BytesIO()
    PILImage.new("RGB", (320, 180), (120, 30, 40)).save(buffer, "JPEG")
    image = Image(title=title, credit=credit, **fields)
    image.file = ImageFile(buffer, name=f"test-{next(_counter)}.jpg")
    image.save()
    if renditions:
        renditions_generate(image_id=image.pk)
    return image


def make_author(locale, name="Anna Kovács", **fields):
    return Author.objects.create(locale=locale, name=name, **fields)


def make_topic(locale, name="Transport", slug=None):
    return Topic.objects.create(locale=locale, name=name, slug=slug or f"{name.lower()}-{next(_counter)}")


def paragraph(text="Budapest is a city of bridges."):
    return ("paragraph", f"<p>{text}</p>")


def make_article(
    section,
    title=None,
    *,
    body=None,
    authors=(),
    topics=(),
    corrections=(),
    hero=None,
    live=True,
    published=None,
    **fields,
):
    n = next(_counter)
    title = title or f"Article {n}"
    article = ArticlePage(
        title=title,
        slug=f"article-{n}",
        locale=section.locale,
        standfirst=fields.pop("standfirst", f"What happened in story {n}."),
        body=[{"type": t, "value": v} for t, v in (body if body is not None else [paragraph()])],
        hero_image=hero,
        **fields,
    )
    article.article_authors = [
        ArticleAuthor(author=a, locale=section.locale, sort_order=i) for i, a in enumerate(authors)
    ]
    article.article_topics = [
        ArticleTopic(topic=t, locale=section.locale, sort_order=i) for i, t in enumerate(topics)
    ]
    article.corrections = [
        ArticleCorrection(text=f"<p>{text}</p>", published_at=when, locale=section.locale, sort_order=i)
        for i, (when, text) in enumerate(corrections)
    ]
    article.live = False
    section.add_child(instance=article)
    if live:
        publish(article, when=published or timezone.now())
    return article
