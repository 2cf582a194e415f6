"""`manage.py load_demo_content`: both home pages, the sections, authors, topics and the demo articles.

The sections, authors, topics and stories are data files in home/demo/data, read by home.demo.reader.

Idempotent: every object gets a stable translation key (uuid5 of its demo key), and each step looks
for that key before creating anything, so running it twice changes nothing.
"""

import unicodedata
import uuid
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import TranslationSource

from home.demo.images import demo_collection, get_or_create_picture
from home.demo.localize import translation_import
from home.demo.reader import LANGUAGES, DemoContent, read_content
from home.models import HomePage, ReportFormField, ReportPage, SiteBranding
from news.ai_labels import AiUse
from news.models import (
    ArticleAuthor,
    ArticleCorrection,
    ArticlePage,
    ArticleTopic,
    Author,
    SectionPage,
    Topic,
)
from news.renditions.tasks import renditions_generate_task
from search.tasks import search_sync_task

NAMESPACE = uuid.UUID("5c0f8a52-3c1e-4b8e-9a56-1f0a2b3c4d5e")
ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "budapest"  # noqa: S105  (dev-only login printed by `make run`; never created unless DEBUG)
# One development login per newsroom role (README "Roles"), made with the superuser, same password.
ROLE_LOGINS = {
    "reporter": "Reporters",
    "editor": "Editors",
    "chief": "Editors-in-chief",
    "moderator": "Moderators",
    "translator": "Translators",
}
# Full names: Wagtail's account page requires both, so a login without them could not save its language
# or time zone there.
ROLE_NAMES = {
    "admin": ("Ádám", "Kiss"),
    "reporter": ("Réka", "Kovács"),
    "editor": ("Eszter", "Varga"),
    "chief": ("Gábor", "Nagy"),
    "moderator": ("Anna", "Tóth"),
    "translator": ("Dávid", "Szabó"),
}

BRANDING = {
    "en": {
        "tagline": "Budapest, Europe and world news",
        "footer_text": "<p>Budapest Post is an independent bilingual newsroom. Write to us at "
        '<a href="mailto:newsroom@budapestpost.example">newsroom@budapestpost.example</a>.</p>',
        "ai_written_disclaimer": "<p>This article was written by artificial intelligence from public data "
        "and checked by a Budapest Post editor before publication.</p>",
        "ai_assisted_disclaimer": "<p>Artificial intelligence helped our journalists with research, "
        "translation or summaries for this article. A Budapest Post editor checked it, "
        "and we stand by it.</p>",
        "newsletter_pitch": "The day's most important stories from Budapest, Europe and the world, "
        "every morning.",
    },
    "hu": {
        "tagline": "Budapesti, európai és világhírek",
        "footer_text": "<p>A Budapest Post független, kétnyelvű szerkesztőség. Írjon nekünk: "
        '<a href="mailto:newsroom@budapestpost.example">newsroom@budapestpost.example</a>.</p>',
        "ai_written_disclaimer": "<p>Ezt a cikket mesterséges intelligencia írta nyilvános adatokból, "
        "megjelenés előtt a Budapest Post szerkesztője ellenőrizte.</p>",
        "ai_assisted_disclaimer": "<p>A cikk elkészítésében mesterséges intelligencia segítette "
        "újságíróinkat (háttérkutatás, fordítás vagy összefoglalás). A Budapest Post szerkesztője "
        "ellenőrizte, és vállaljuk érte a felelősséget.</p>",
        "newsletter_pitch": "A nap legfontosabb hírei Budapestről, Európából és a világból, minden reggel.",
    },
}
HOMES = {
    "en": {"title": "Budapest Post", "slug": "home-en", "intro": "Budapest, Europe and world news"},
    "hu": {"title": "Budapest Post", "slug": "home-hu", "intro": "Budapesti, európai és világhírek"},
}

REPORT_ADDRESS = "corrections@budapestpost.example"
REPORT_PAGE = {
    "en": {
        "title": "Report an error or contact us",
        "slug": "contact",
        "intro": "<p>Spotted a mistake? Tell us what is wrong and, if you can, what is right. Corrections "
        "are published under the article.</p>",
        "thank_you_text": "<p>Thank you. An editor reads every report.</p>",
        "subject": "Reader report",
    },
    "hu": {
        "title": "Hibát talált? Írjon nekünk",
        "slug": "kapcsolat",
        "intro": "<p>Hibát vett észre? Írja meg, mi a hiba, és ha tudja, mi a helyes. A helyesbítéseket a "
        "cikk alatt tesszük közzé.</p>",
        "thank_you_text": "<p>Köszönjük. Minden jelzést elolvas egy szerkesztő.</p>",
        "subject": "Olvasói jelzés",
    },
}
REPORT_FIELDS = [  # (clean name, type, required, English label, Hungarian label)
    ("article", "hidden", False, "Article", "Cikk"),
    ("message", "multiline", True, "What is wrong?", "Mi a hiba?"),
    ("name", "singleline", False, "Your name", "Az Ön neve"),
    ("email", "email", False, "Your e-mail (if you would like a reply)", "Az e-mail-címe (ha választ kér)"),
]


def stable_key(*parts) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, ":".join(str(p) for p in parts))


def _other(language: str) -> str:
    return "hu" if language == "en" else "en"


class DemoLoader:
    def __init__(self, *, create_admin: bool, log=print, data: DemoContent | None = None):
        """`data`: what to load (home/demo/data by default), as home.demo.reader.read_content returns it."""
        self.create_admin = create_admin
        self.data = data
        self.log = log
        self.created = 0

    # -- entry point -------------------------------------------------------------------------
    def run(self) -> int:
        if self.data is None:
            self.data = read_content()  # before anything is written: a broken file stops the load here
        self.locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "hu")}
        self.user = self._admin()
        # One transaction per step: wagtail-localize publishes translations when the transaction commits,
        # from the page as it was when translated. A parent published that way after children were
        # added in the same transaction would be saved with a stale child count (a broken tree).
        with transaction.atomic():
            self.homes = self._homes()
        with transaction.atomic():
            self._branding()
        with transaction.atomic():
            self._report_page()
        self.sections = self._sections()
        self.topics = self._snippets(Topic, self.data.topics, self._topic_fields)
        self.authors = self._snippets(Author, self.data.authors, self._author_fields)
        for article in self.data.articles:
            with transaction.atomic():
                self._article(article)
        self._renditions()
        return self.created

    def _renditions(self) -> None:
        """Readers' pages only show renditions that exist (news.renditions): each picture's are queued
        (made at once by `make run`'s eager Celery; a no-op for those made before)."""
        pictures = get_image_model().objects.filter(collection=demo_collection()).values_list("pk", flat=True)
        for image_id in pictures:
            renditions_generate_task.enqueue(image_id)

    # -- users, homes, branding, sections ------------------------------------------------------
    def _admin(self):
        User = get_user_model()
        user = User.objects.filter(username=ADMIN_USERNAME).first()
        if user is None and self.create_admin:
            first_name, last_name = ROLE_NAMES[ADMIN_USERNAME]
            user = User.objects.create_superuser(
                ADMIN_USERNAME,
                "admin@budapestpost.example",
                ADMIN_PASSWORD,
                first_name=first_name,
                last_name=last_name,
            )
            self.log(f"Created the development superuser {ADMIN_USERNAME!r}.")
        if self.create_admin:
            self._role_logins()
        return user

    def _role_logins(self):
        User = get_user_model()
        for username, group_name in ROLE_LOGINS.items():
            group = Group.objects.filter(name=group_name).first()
            if group is None or User.objects.filter(username=username).exists():
                continue
            first_name, last_name = ROLE_NAMES[username]
            login = User.objects.create_user(
                username,
                f"{username}@budapestpost.example",
                ADMIN_PASSWORD,
                first_name=first_name,
                last_name=last_name,
            )
            login.groups.add(group)
            self.log(f"Created the development login {username!r} ({group_name}).")

    def _homes(self) -> dict[str, HomePage]:
        root = Page.get_first_root_node()
        key = stable_key("home")
        en = HomePage.objects.filter(translation_key=key, locale=self.locales["en"]).first()
        if en is None:
            # Wagtail's first migration leaves a placeholder "Welcome" page; the portal replaces it.
            for placeholder in root.get_children().filter(content_type__model="page", numchild=0):
                Site.objects.filter(root_page=placeholder).delete()
                placeholder.delete()
            en = root.add_child(
                instance=HomePage(translation_key=key, locale=self.locales["en"], **HOMES["en"])
            )
            en.save_revision(user=self.user).publish()
            self.created += 1
        site = Site.objects.filter(is_default_site=True).first() or Site()
        base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site.hostname, site.port = (
            base.hostname or "localhost",
            base.port or (443 if base.scheme == "https" else 80),
        )
        site.root_page, site.site_name, site.is_default_site = en, "Budapest Post", True
        site.save()
        hu = en.get_translation_or_none(self.locales["hu"])
        if hu is None:
            hu = translation_import(
                source_instance=en,
                translated_instance=HomePage(**HOMES["hu"]),
                locale=self.locales["hu"],
                user=self.user,
            )
            self.created += 1
        return {"en": en, "hu": hu.specific}

    def _branding(self):
        key = stable_key("branding")
        en = SiteBranding.objects.filter(translation_key=key, locale=self.locales["en"]).first()
        if en is None:
            en = SiteBranding.objects.create(translation_key=key, locale=self.locales["en"], **BRANDING["en"])
            self.created += 1
        if en.get_translation_or_none(self.locales["hu"]) is None:
            translation_import(
                source_instance=en,
                translated_instance=SiteBranding(**BRANDING["hu"]),
                locale=self.locales["hu"],
                user=self.user,
            )
            self.created += 1

    def _report_fields(self, language: str) -> list[ReportFormField]:
        return [
            ReportFormField(
                translation_key=stable_key("report-field", name),
                locale=self.locales[language],
                clean_name=name,
                field_type=field_type,
                required=required,
                label=en if language == "en" else hu,
                sort_order=order,
            )
            for order, (name, field_type, required, en, hu) in enumerate(REPORT_FIELDS)
        ]

    def _report_page(self):
        key = stable_key("report-page")
        addresses = {"to_address": REPORT_ADDRESS, "from_address": REPORT_ADDRESS}
        en = ReportPage.objects.filter(translation_key=key, locale=self.locales["en"]).first()
        if en is None:
            fields = {**REPORT_PAGE["en"], **addresses}
            page = ReportPage(translation_key=key, locale=self.locales["en"], **fields)
            page.form_fields = self._report_fields("en")
            en = HomePage.objects.get(pk=self.homes["en"].pk).add_child(instance=page)
            en.save_revision(user=self.user).publish()
            self.created += 1
        if en.get_translation_or_none(self.locales["hu"]) is None:
            translated = ReportPage(**REPORT_PAGE["hu"], **addresses)
            translated.form_fields = self._report_fields("hu")
            translation_import(
                source_instance=en, translated_instance=translated, locale=self.locales["hu"], user=self.user
            )
            self.created += 1

    def _sections(self) -> dict[tuple[str, str], SectionPage]:
        sections = {}
        for item in self.data.sections:
            with transaction.atomic():
                sections.update(self._section(item))
        return sections

    def _section(self, item) -> dict[tuple[str, str], SectionPage]:
        sections = {}
        key = stable_key("section", item["key"])
        en = SectionPage.objects.filter(translation_key=key, locale=self.locales["en"]).first()
        if en is None:
            en = HomePage.objects.get(pk=self.homes["en"].pk).add_child(
                instance=SectionPage(
                    translation_key=key, locale=self.locales["en"], show_in_menus=True, **item["en"]
                )
            )
            en.save_revision(user=self.user).publish()
            self.created += 1
        hu = en.get_translation_or_none(self.locales["hu"])
        if hu is None:
            hu = translation_import(
                source_instance=en,
                translated_instance=SectionPage(**item["hu"]),
                locale=self.locales["hu"],
                user=self.user,
            )
            self.created += 1
        sections[(item["key"], "en")] = en
        sections[(item["key"], "hu")] = hu.specific
        return sections

    # -- snippets ----------------------------------------------------------------------------------
    @staticmethod
    def _topic_fields(item, language):
        return {"name": item[language], "slug": item["key"] if language == "en" else _slug(item["hu"])}

    @staticmethod
    def _author_fields(item, language):
        return {"name": item["name"], "role": item[language]["role"], "bio": item[language]["bio"]}

    def _snippets(self, model, items, fields) -> dict[tuple[str, str], object]:
        found = {}
        for item in items:
            with transaction.atomic():
                found.update(self._snippet(model, item, fields))
        return found

    def _snippet(self, model, item, fields) -> dict:
        found = {}
        key = stable_key(model.__name__, item["key"])
        en = model.objects.filter(translation_key=key, locale=self.locales["en"]).first()
        if en is None:
            en = model.objects.create(translation_key=key, locale=self.locales["en"], **fields(item, "en"))
            self.created += 1
        hu = en.get_translation_or_none(self.locales["hu"])
        if hu is None:
            hu = translation_import(
                source_instance=en,
                translated_instance=model(**fields(item, "hu")),
                locale=self.locales["hu"],
                user=self.user,
            )
            self.created += 1
        found[(item["key"], "en")], found[(item["key"], "hu")] = en, hu
        return found

    # -- articles ----------------------------------------------------------------------------------
    def _article(self, item):
        key = stable_key("article", item["key"])
        source_language = item["original"]
        source = ArticlePage.objects.filter(translation_key=key, locale=self.locales[source_language]).first()
        if source is None:
            source = self._create_article(item, source_language, key)
        target_language = _other(source_language)
        if (
            item.get(target_language)
            and source.get_translation_or_none(self.locales[target_language]) is None
        ):
            target = translation_import(
                source_instance=source,
                translated_instance=self._article_instance(item, target_language, key),
                locale=self.locales[target_language],
                user=self.user,
            )
            # A translation appears some hours after its original, never before it. wagtail-localize
            # publishes on commit, so the dates are set by a callback queued after its own.
            published = source.first_published_at + timedelta(hours=2)

            def backdate(target=target, published=published, source=source):
                ArticlePage.objects.filter(pk=target.pk).update(
                    first_published_at=published, last_published_at=published
                )
                # The search index took the translation when it was published, under today's date.
                search_sync_task.delay_on_commit([target.pk])
                # Translated from the original as it then was: the desk's status (news.desk.status) and
                # the readers' "original updated" notice compare with when the source was last synced.
                TranslationSource.objects.filter(
                    object_id=source.translation_key, locale=source.locale
                ).update(last_updated_at=published)

            transaction.on_commit(backdate)
            self.created += 1

    def _create_article(self, item, language, key) -> ArticlePage:
        article = self._article_instance(item, language, key)
        published = timezone.now() - timedelta(days=item["days_ago"])
        article.first_published_at = published
        # Re-read the parent: the cached instance's child count is stale once translations were added.
        section = SectionPage.objects.get(pk=self.sections[(item["section"], language)].pk)
        section.add_child(instance=article)
        revision = article.save_revision(user=self.user)
        revision.publish(user=self.user)
        ArticlePage.objects.filter(pk=article.pk).update(
            first_published_at=published, last_published_at=published
        )
        article.refresh_from_db()
        self.created += 1
        return article

    def _article_instance(self, item, language, key) -> ArticlePage:
        text = item[language]
        locale = self.locales[language]
        hero = item["hero"]
        hero_image = get_or_create_picture(
            key=f"{item['key']}-hero",
            colour=hero["colour"],
            label=hero["label_en"],
            credit=hero["credit"],
            texts={
                code: {"alt": hero[f"label_{code}"], "caption": hero[f"label_{code}"]} for code in LANGUAGES
            },
        )
        published = timezone.now() - timedelta(days=item["days_ago"])
        article = ArticlePage(
            translation_key=key,
            locale=locale,
            title=text["title"],
            slug=text["slug"],
            standfirst=text["standfirst"],
            hero_image=hero_image,
            hero_caption=hero[f"label_{language}"],
            hero_alt=hero[f"label_{language}"],
            ai_use=item.get("ai_use", AiUse.HUMAN),
            body=_body(item["key"], text["body"], language),
        )
        article.article_authors = [
            ArticleAuthor(
                translation_key=stable_key(item["key"], "author", i),
                locale=locale,
                author=self.authors[(author_key, language)],
                sort_order=i,
            )
            for i, author_key in enumerate(item["authors"])
        ]
        article.article_topics = [
            ArticleTopic(
                translation_key=stable_key(item["key"], "topic", i),
                locale=locale,
                topic=self.topics[(topic_key, language)],
                sort_order=i,
            )
            for i, topic_key in enumerate(item["topics"])
        ]
        corrections = [
            ArticleCorrection(
                translation_key=stable_key(item["key"], "correction", i),
                locale=locale,
                published_at=published + (timedelta(days=item["days_ago"] - c["days_ago"])),
                text=f"<p>{c[language]}</p>",
                sort_order=i,
            )
            for i, c in enumerate(item.get("corrections", []))
        ]
        article.corrections = corrections
        if corrections:
            article.updated_at = max(c.published_at for c in corrections)
        return article


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return slugify(ascii_text)


def _item(article_key, *path):
    return str(stable_key(article_key, *path))


def _body(article_key: str, blocks, language: str) -> list[dict]:
    """Raw StreamField data with ids derived from the demo key, identical across both languages."""
    raw = []
    for index, (block_type, value) in enumerate(blocks):
        if block_type == "fact_box":
            value = {
                "title": value["title"],
                "items": [
                    {"type": "item", "value": fact, "id": _item(article_key, index, "fact", n)}
                    for n, fact in enumerate(value["items"])
                ],
            }
        elif block_type == "table":
            value = {
                "caption": value.get("caption", ""),
                "columns": [
                    {"type": "item", "value": col, "id": _item(article_key, index, "col", n)}
                    for n, col in enumerate(value["columns"])
                ],
                "rows": [
                    {
                        "type": "item",
                        "id": _item(article_key, index, "row", r),
                        "value": [
                            {"type": "item", "value": cell, "id": _item(article_key, index, "cell", r, c)}
                            for c, cell in enumerate(row)
                        ],
                    }
                    for r, row in enumerate(value["rows"])
                ],
            }
        elif block_type == "image":
            picture = get_or_create_picture(
                key=f"{article_key}-{index}",
                colour=value["colour"],
                label=value["label_en"],
                credit=value["credit"],
                texts={code: {"alt": value[f"label_{code}"]} for code in LANGUAGES},
            )
            value = {
                "image": picture.pk,
                "caption": value.get("caption", ""),
                "alt": value[f"label_{language}"],
            }
        raw.append({"type": block_type, "value": value, "id": _item(article_key, "block", index)})
    return raw
