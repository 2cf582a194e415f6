"""The project's own admin speaks Hungarian (issue 15, "Hungarian admin finish").

Every label the project defines (model and field names, help texts, choices, StreamField blocks, panel
headings, menu items) is a lazy translation with a Hungarian text in locale/hu, and the admin screens an
editor works in, rendered for an editor whose admin language is Hungarian, show none of those labels in
English. Strings of Wagtail, Django and wagtail-localize come from their own catalogues and are not
checked here.
"""

import html
import json
import re

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.functional import Promise
from django.utils.text import capfirst
from wagtail import blocks
from wagtail.admin.panels import InlinePanel
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.users.models import UserProfile

from home.models import ReportPage, SiteBranding, Subscriber
from news.blocks import ArticleBodyBlock
from news.desk.translating import translate_object
from news.models import ArticlePage, SectionPage
from tests import factories
from tests.home.test_report_page import report_page

PROJECT_APPS = ("home", "news", "search")
# English words a Hungarian editor reads as they are.
SAME_IN_HUNGARIAN = {"e-mail"}


def in_language(value, language: str) -> str:
    with translation.override(language):
        return str(value)


def problem(value, what: str) -> str | None:
    """Why `value` is no translated label (None when it is one)."""
    if not isinstance(value, Promise):
        return f"{what}: {value!r} is not marked for translation"
    english = in_language(value, "en")
    if english not in SAME_IN_HUNGARIAN and in_language(value, "hu") == english:
        return f"{what}: {english!r} has no Hungarian translation"
    return None


def library_field_names(model) -> set[str]:
    """Fields a model inherits from Wagtail's or Django's abstract models (Page, TranslatableMixin,
    AbstractImage, Orderable...): the libraries name and translate those."""
    names = set()
    for base in model.__mro__[1:]:
        meta = getattr(base, "_meta", None)
        if meta is not None and base.__module__.split(".")[0] not in PROJECT_APPS:
            names |= {field.name for field in meta.local_fields}
    return names


def project_models():
    for label in PROJECT_APPS:
        yield from apps.get_app_config(label).get_models()


def project_fields(model):
    inherited = library_field_names(model)
    for field in model._meta.get_fields():
        if (
            field.concrete
            and not field.auto_created
            and field.model._meta.app_label in PROJECT_APPS  # not a multi-table parent's (Page)
            and field.name not in inherited
        ):
            yield field


def project_blocks(block, path="body"):
    for name, child in getattr(block, "child_blocks", {}).items():
        yield f"{path}.{name}", child
        yield from project_blocks(child, f"{path}.{name}")
    if isinstance(block, blocks.ListBlock):
        yield f"{path}[]", block.child_block
        yield from project_blocks(block.child_block, f"{path}[]")


def panel_labels(panels):
    """Headings and InlinePanel labels the project gives its panels (a FieldPanel's heading is the
    field's verbose name, checked with the fields)."""
    for panel in panels:
        label = panel.label if isinstance(panel, InlinePanel) else getattr(panel, "heading", "")
        if label:
            yield panel, label
        if getattr(panel, "help_text", None):
            yield panel, panel.help_text
        yield from panel_labels(getattr(panel, "children", ()))


def labelled_values():
    """(where, value) for every label, help text and choice the project defines for the admin."""
    for label in PROJECT_APPS:
        yield f"app {label}", apps.get_app_config(label).verbose_name
    for model in project_models():
        name = model.__name__
        yield f"{name} verbose_name", model._meta.verbose_name
        yield f"{name} verbose_name_plural", model._meta.verbose_name_plural
        for field in project_fields(model):
            yield f"{name}.{field.name} verbose_name", field.verbose_name
            if field.help_text:
                yield f"{name}.{field.name} help_text", field.help_text
            # Subscriber.language: each language by its own name, as the language switcher shows it.
            if field.choices and list(field.choices) != list(settings.LANGUAGES):
                for value, choice in field.flatchoices:
                    yield f"{name}.{field.name} choice {value}", choice
        for attribute in ("content_panels", "panels"):
            for panel, value in panel_labels(model.__dict__.get(attribute, ())):
                yield f"{name}.{attribute} {type(panel).__name__}", value
    for path, block in project_blocks(ArticleBodyBlock()):
        yield f"block {path} label", block.meta.label
        if getattr(block.meta, "help_text", None):
            yield f"block {path} help_text", block.meta.help_text
        if isinstance(block, blocks.ChoiceBlock):
            for value, choice in block.field.choices:
                yield f"block {path} choice {value}", choice


def test_every_label_the_project_defines_is_translated_into_hungarian():
    problems = [p for where, value in labelled_values() if (p := problem(value, where))]
    assert not problems, "\n".join(problems)


def test_every_model_names_its_plural():
    """Without Meta.verbose_name_plural Django appends an "s": "cikks", "rovats" in the Hungarian admin."""
    missing = [m.__name__ for m in project_models() if "verbose_name_plural" not in m._meta.original_attrs]
    assert not missing


def test_the_image_form_names_the_other_language_in_the_editors_language(db, settings):
    settings.LANGUAGE_CODE = "hu"  # a Hungarian-first site: the extra fields are for English
    with translation.override("hu"):
        form = get_image_form(get_image_model())(instance=factories.make_image())
        labels = [str(form.fields[name].label) for name in ("caption_en", "alt_en")]
    assert labels == ["Angol képaláírás", "Angol helyettesítő szöveg"]


# The labels of the issue, checked by name besides the ones derived from the definitions above.
ISSUE_LABELS = ["Hero image", "Author", "Topic", "Newsletter subscribers", "Site branding", "Lead article"]
MENU_LABELS = ["Translation coverage", "Newsroom settings", "Authors", "Topics", "Bylines"]


def english_labels() -> set[str]:
    """Every label of labelled_values() in English, marked for translation or not."""
    labels = set(ISSUE_LABELS + MENU_LABELS)
    for _where, value in labelled_values():
        english = in_language(value, "en") if value else ""
        if english and english not in SAME_IN_HUNGARIAN:
            labels.add(capfirst(english))
    return labels


def shown(label: str, page: str) -> bool:
    """Whether `label`, as the admin shows labels (capitalised), is a whole text, attribute value or JSON
    string of the page (field names such as "body" are lower-case and do not count)."""
    escaped = re.escape(html.escape(label))
    return bool(
        re.search(rf">\s*{escaped}\s*(<|\*)", page)
        or re.search(rf"=\"{escaped}\"", page)
        or json.dumps(label) in page
        or html.escape(json.dumps(label)) in page  # JSON in an attribute (the translation editor's props)
    )


@pytest.fixture
def hungarian_editor(client, django_user_model):
    editor = django_user_model.objects.create_superuser("szerkeszto", "szerkeszto@example.org", "pw")
    UserProfile.get_for_user(editor)
    UserProfile.objects.filter(user=editor).update(preferred_language="hu")
    client.force_login(editor)
    return editor


@pytest.fixture
def screens(site, sections, hungarian_editor):
    """The admin screens an editor works in, with something on each."""
    hu, en = site["locales"]["hu"], site["locales"]["en"]
    image = factories.make_image("Lánchíd")
    author, topic = factories.make_author(hu, "Kovács Anna"), factories.make_topic(hu, "Közlekedés")
    article = factories.make_article(
        sections["hu"], "Új villamos", authors=[author], topics=[topic], hero=image
    )
    original = factories.make_article(
        sections["en"],
        "Bridge reopens",
        authors=[factories.make_author(en, "Anna Kovács")],
        topics=[factories.make_topic(en, "Transport")],
        body=[
            factories.paragraph("A híd újra nyitva."),
            ("table", {"caption": "Menetidők", "columns": ["Vonal"], "rows": [["4-6"]]}),
            ("fact_box", {"title": "Tények", "items": ["12 megálló"]}),
        ],
    )
    translate_object(original, [hu], user=hungarian_editor)
    form = report_page(site["hu"], "hu")
    subscriber = Subscriber.objects.create(email="olvaso@example.org", language="hu")
    branding = SiteBranding.objects.get(locale=hu)
    edit = "wagtailadmin_pages:edit"
    return {
        "home page": reverse(edit, args=[site["hu"].pk]),
        "section": reverse(edit, args=[sections["hu"].pk]),
        "article": reverse(edit, args=[article.pk]),
        "new article": reverse("wagtailadmin_pages:add", args=["news", "articlepage", sections["hu"].pk]),
        "report form": reverse(edit, args=[form.pk]),
        "translation editor": reverse(edit, args=[original.get_translation(hu).pk]),
        "new section": reverse("wagtailadmin_pages:add_subpage", args=[site["hu"].pk]),
        "authors": reverse("wagtailsnippets_news_author:list"),
        "author": reverse("wagtailsnippets_news_author:edit", args=[author.pk]),
        "topics": reverse("wagtailsnippets_news_topic:list"),
        "topic": reverse("wagtailsnippets_news_topic:edit", args=[topic.pk]),
        "branding": reverse("wagtailsnippets_home_sitebranding:edit", args=[branding.pk]),
        "subscribers": reverse("wagtailsnippets_home_subscriber:list"),
        "subscriber": reverse("wagtailsnippets_home_subscriber:edit", args=[subscriber.pk]),
        "newsroom settings": reverse("wagtailsettings:edit", args=["news", "newsroomsettings"]),
        "image": reverse("wagtailimages:edit", args=[image.pk]),
        "coverage report": reverse("translation_coverage"),
        "page types report": reverse("wagtailadmin_reports:page_types_usage"),
    }


def test_the_admin_screens_show_a_hungarian_editor_no_english_label_of_the_project(client, screens):
    labels = english_labels()
    assert {"Standfirst", "Hero caption", "Pull quote", "Related articles"} <= labels, "the labels are found"
    found = {}
    for name, url in screens.items():
        response = client.get(url, follow=True)
        assert response.status_code == 200, (name, response.status_code)
        page = response.content.decode()
        found.update({f"{name}: {label}": url for label in labels if shown(label, page)})
    assert not found, sorted(found)


def test_the_hungarian_admin_names_things_as_the_newsroom_does(client, screens):
    """A few words in place, so a catalogue with wrong or missing entries is caught as well."""
    article = client.get(screens["article"]).content.decode()
    for word in ("Nyitókép", "Szerzők", "Témák", "Lead", "Törzsszöveg", "Kapcsolódó cikkek"):
        assert word in article, word
    assert "Vezető anyag" in client.get(screens["section"]).content.decode()
    assert "Hírlevél-feliratkozók" in client.get(screens["subscribers"]).content.decode()
    with translation.override("hu"):
        assert str(ArticlePage._meta.verbose_name_plural) == "cikkek"
        assert str(SectionPage._meta.verbose_name_plural) == "rovatok"
        assert str(ReportPage._meta.verbose_name_plural) == "hibajelző / kapcsolati űrlapok"
