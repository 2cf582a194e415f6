"""A synthetic archive in bulk, for benchmarks and tests: `generate_articles(count=...)`.

Not part of the portal: bench/generate_articles.py runs it from the command line (bench/bulk_load.py
times that), and tests/news/test_generate_articles.py calls it directly.

`add_child` costs several queries per page (locking, path lookup, numchild, revision, publish), so pages
are written here with batched inserts instead: treebeard paths, depth and url_path are computed in Python
and each section's numchild is bumped once per batch. Every article still gets one Revision (its latest
and live one), so the admin edit view opens it like any other page.

Left out on purpose, because each would mean per-page work that a benchmark load does not need: the
search index (run `manage.py update_index` to search the articles), Wagtail's reference index
(`manage.py rebuild_references_index`), the audit log, and wagtail-localize's translation sources (pairs
are linked only by translation_key, as `copy_for_translation` links them).

Not for a live site: paths are allocated without treebeard's locking, so an editor adding a page to a
section during a run would make that batch fail on the unique path (and roll back cleanly).
"""

import math
import re
import unicodedata
import uuid
from collections import Counter
from datetime import timedelta
from itertools import accumulate, product
from random import Random

from django.contrib.contenttypes.models import ContentType
from django.db import connection, reset_queries, transaction
from django.db.models import Case, CharField, F, OuterRef, Subquery, When
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.text import slugify
from modelcluster.models import get_all_child_relations
from wagtail.models import Locale, Page, Revision

from news.models import ArticleAuthor, ArticlePage, ArticleTopic, Author, SectionPage, Topic
from news.text import WORDS_PER_MINUTE

NAMESPACE = uuid.UUID("0b9c7d1e-6a43-4f8e-9d2b-3e5f7a9c1b24")  # keys of generated topics and authors
LANGUAGES = ("en", "hu")
SPAN = timedelta(days=3 * 365)
MIN_TOPICS, GENERATED_TOPICS = 50, 200
_WORD = re.compile(r"\w+")


class NoSectionsError(RuntimeError):
    pass


# -- vocabularies ---------------------------------------------------------------------------------------
# Words in rough order of frequency. Drawing them Zipf-style gives prose the length mix of real text:
# short function words most of the time, long content words (longer still in Hungarian) in between.
_EN = {
    "function": """the of and to a in that is for on it with as was by at be from has they said are have
        but not this its will an which were their more than been after also would who had or about over
        into last new could there two when up all some them other most before while against""",
    "content": """government minister city council country percent million billion people week years plan
        report budget election party parliament mayor district company market prices energy housing
        transport tram bridge river railway hospital school teachers students workers union court police
        law proposal decision European Hungarian national local public economic political financial
        official former recent major significant increase rise fall growth inflation interest rates bank
        central investment project construction development programme policy reform support funding tax
        wages pension households families residents citizens voters opposition coalition spokesperson
        statement interview survey data figures according announced told expected planned approved
        rejected criticised warned argued confirmed promised estimated reported introduced launched opened
        closed delayed cancelled signed agreed voted reduced remained continued began returned received
        raised service network system region regional border agreement talks negotiations summit
        commission member states neighbouring international foreign security defence health care doctors
        patients waiting climate emissions heating gas electricity solar water drought farmers harvest
        tourism visitors festival theatre museum exhibition concert film author artist music culture
        technology software startup digital artificial intelligence online platform users mobile research
        university scientists study results analysis experts critics supporters officials authorities
        ministry agency office capital centre street square suburbs apartment rents property costs
        consumers retail shops exports imports industry factory jobs unemployment employers forint euro
        currency deficit debt spending revenue quarter month morning evening weekend Monday Tuesday
        Wednesday Thursday Friday earlier later already still nearly almost roughly despite however
        meanwhile""",
    "places": "Budapest Debrecen Szeged Pécs Győr Miskolc Brussels Vienna Berlin Warsaw Balaton Danube",
}
_HU = {
    "function": """a az és hogy is nem egy de meg már még csak szerint után között mint azt ez ami amely
        pedig volt lesz van kell lehet most így ezért mert ha vagy sem akkor majd több mintegy közel
        mellett alatt előtt óta miatt során szintén ugyanakkor továbbá azonban viszont illetve""",
    "content": """kormány miniszter főváros önkormányzat polgármester kerület ország százalék millió
        milliárd forint ember lakosok család háztartások hét év terv jelentés költségvetés választás párt
        országgyűlés képviselő ellenzék kormánypárt vállalat cég piac árak energia lakhatás közlekedés
        villamos híd vasút kórház iskola pedagógusok diákok dolgozók szakszervezet bíróság rendőrség
        törvény javaslat döntés európai magyar nemzeti helyi állami gazdasági politikai pénzügyi hivatalos
        korábbi jelentős növekedés emelkedés csökkenés infláció kamat jegybank beruházás projekt
        építkezés fejlesztés program reform támogatás adó bérek nyugdíj lakók polgárok szavazók szóvivő
        közlemény interjú felmérés adatok bejelentette közölte elmondta várhatóan jóváhagyta elutasította
        bírálta figyelmeztetett megerősítette ígérte becslések bevezette elindította megnyitotta bezárt
        elhalasztották aláírták megállapodtak megszavazta növelte csökkentette maradt folytatódik
        kezdődik visszatér kapott felújítás szolgáltatás hálózat rendszer régió regionális határ
        megállapodás tárgyalások csúcstalálkozó bizottság tagállamok szomszédos nemzetközi külföldi
        biztonság védelem egészségügy ellátás orvosok betegek várólisták éghajlat kibocsátás fűtés
        földgáz áramár napelemek víz aszály gazdák termés turizmus látogatók fesztivál színház múzeum
        kiállítás koncert film könyv szerző művész zene kultúra technológia szoftver digitális
        mesterséges intelligencia online platform felhasználók mobil internet kutatás egyetem kutatók
        tanulmány eredmények elemzés szakértők kritikusok támogatók tisztviselők hatóságok minisztérium
        ügynökség hivatal belváros utca tér agglomeráció lakás albérlet ingatlan költségek fogyasztók
        kiskereskedelem üzletek export import ipar gyár munkahelyek munkanélküliség munkáltatók euró
        árfolyam hiány adósság kiadások bevételek negyedév hónap reggel este hétvégén hétfőn kedden
        szerdán csütörtökön pénteken korábban később továbbra ismét mindössze csaknem nagyjából legalább
        ellenére ugyanis eközben évtized önkormányzati közösségi elégedetlenség tüntetés kezdeményezés""",
    "places": "Budapest Debrecen Szeged Pécs Győr Miskolc Brüsszel Bécs Berlin Varsó Balaton Duna",
}
_FIRST = "Anna Bence Eszter Gábor Réka Péter Zsófia Dávid Katalin Márton Judit Levente Nóra Áron Dóra Balázs"
_LAST = "Kovács Nagy Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Lakatos Takács Juhász"
_ROLES = [  # (English, Hungarian): who is quoted, and the bylines of generated authors
    ("economist", "közgazdász"),
    ("spokesperson", "szóvivő"),
    ("analyst", "elemző"),
    ("mayor", "polgármester"),
    ("researcher", "kutató"),
    ("union leader", "szakszervezeti vezető"),
    ("reporter", "riporter"),
    ("editor", "szerkesztő"),
]
_TOPIC_ADJECTIVES = [
    ("Urban", "Városi"), ("Rural", "Vidéki"), ("European", "Európai"), ("National", "Országos"),
    ("Local", "Helyi"), ("Digital", "Digitális"), ("Green", "Zöld"), ("Regional", "Regionális"),
    ("International", "Nemzetközi"), ("Public", "Közösségi"), ("Private", "Magán"), ("Hungarian", "Magyar"),
    ("Social", "Szociális"), ("Cross-border", "Határon átnyúló"), ("Municipal", "Önkormányzati"),
    ("Youth", "Ifjúsági"),
]  # fmt: skip
_TOPIC_NOUNS = [
    ("transport", "közlekedés"), ("housing", "lakhatás"), ("energy", "energia"),
    ("healthcare", "egészségügy"), ("education", "oktatás"), ("tourism", "turizmus"),
    ("farming", "mezőgazdaság"), ("culture", "kultúra"),
    ("security", "biztonság"), ("finance", "pénzügyek"), ("employment", "foglalkoztatás"),
    ("innovation", "innováció"), ("media", "média"), ("justice", "igazságszolgáltatás"), ("sport", "sport"),
    ("science", "tudomány"), ("trade", "kereskedelem"), ("taxation", "adózás"),
    ("water management", "vízgazdálkodás"), ("climate policy", "klímapolitika"), ("elections", "választások"),
    ("infrastructure", "infrastruktúra"), ("heritage", "örökségvédelem"), ("research", "kutatás"),
]  # fmt: skip


def _zipf_weights(n: int, s: float) -> list[float]:
    return [1 / rank**s for rank in range(1, n + 1)]


class _Language:
    def __init__(self, words: dict):
        self.function, self.content = words["function"].split(), words["content"].split()
        self.places = words["places"].split()
        # Flatter for content words than for function words: no noun should be every tenth word.
        self.function_cum = list(accumulate(_zipf_weights(len(self.function), 1.0)))
        self.content_cum = list(accumulate(_zipf_weights(len(self.content), 0.6)))

    def phrase(self, rng: Random, n: int, function_share: float = 0.4) -> str:
        """n words: content words with function words slotted in front of some, never two in a row."""
        n_function = min(n // 2, round(n * function_share * rng.uniform(0.6, 1.4)))
        tokens = rng.choices(self.content, cum_weights=self.content_cum, k=n - n_function)
        function = rng.choices(self.function, cum_weights=self.function_cum, k=n_function)
        for position, word in zip(rng.sample(range(len(tokens)), n_function), function, strict=True):
            tokens[position] = f"{word} {tokens[position]}"
        if rng.random() < 0.2:
            tokens[rng.randrange(len(tokens))] = rng.choice(self.places)
        if n > 10 and rng.random() < 0.5:
            tokens[rng.randrange(2, len(tokens) - 2)] += ","
        text = " ".join(tokens)
        return text[0].upper() + text[1:]

    def sentences(self, rng: Random, lengths) -> str:
        return " ".join(self.phrase(rng, n) + "." for n in lengths)


LANGUAGE_WORDS = {"en": _Language(_EN), "hu": _Language(_HU)}


def _rng(seed: str) -> Random:
    return Random(seed)


def _uuid(rng: Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _slug(text: str, limit: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return slugify(ascii_text)[:limit].strip("-") or "article"


def _unique(slug: str, taken: set) -> str:
    candidate, n = slug, 1
    while candidate in taken:
        n += 1
        candidate = f"{slug}-{n}"
    taken.add(candidate)
    return candidate


# -- one article's text ---------------------------------------------------------------------------------
def _sentence_lengths(rng: Random, n: int) -> list[int]:
    return [min(38, max(5, round(rng.gauss(17, 6)))) for _ in range(n)]


def _plan(rng: Random) -> dict:
    """The shape of a story (block types, lengths, ids): shared by both languages of a pair."""
    paragraphs = rng.randint(4, 9)
    quote_at = rng.randint(1, paragraphs - 1) if rng.random() < 0.5 else -1
    facts_at = paragraphs - rng.randint(1, 2) if rng.random() < 0.4 else -1
    blocks = []
    for i in range(paragraphs):
        if i >= 2 and rng.random() < 0.3:
            blocks.append(("heading", rng.randint(2, 6), "h3" if rng.random() < 0.2 else "h2", _uuid(rng)))
        blocks.append(("paragraph", _sentence_lengths(rng, rng.randint(2, 5)), _uuid(rng)))
        if i == quote_at:
            person = (rng.randrange(16), rng.randrange(15), rng.randrange(6))
            blocks.append(("quote", _sentence_lengths(rng, rng.randint(1, 2)), person, _uuid(rng)))
        if i == facts_at:
            items = [(rng.randint(6, 14), _uuid(rng)) for _ in range(rng.randint(2, 5))]
            blocks.append(("fact_box", rng.randint(2, 4), items, _uuid(rng)))
    return {
        "title": rng.randint(6, 12),
        "standfirst": _sentence_lengths(rng, rng.randint(1, 2)),
        "blocks": blocks,
        "ai": "ai_written" if (roll := rng.random()) < 0.05 else "ai_assisted" if roll < 0.15 else "human",
    }


def _attribution(person, language: str) -> str:
    first, last, role = _FIRST.split()[person[0]], _LAST.split()[person[1]], _ROLES[person[2]]
    # Hungarian puts the family name first and the role after it, without a comma.
    return f"{first} {last}, {role[0]}" if language == "en" else f"{last} {first} {role[1]}"


def _render(plan: dict, language: str, rng: Random) -> dict:
    """Title, standfirst and raw StreamField body (the format ArticleBodyBlock stores) in one language."""
    words = LANGUAGE_WORDS[language]
    body, texts = [], []
    for block in plan["blocks"]:
        kind, block_id = block[0], block[-1]
        if kind == "paragraph":
            text = words.sentences(rng, block[1])
            value = f"<p>{text}</p>"
        elif kind == "heading":
            text = words.phrase(rng, block[1], 0.1)
            value = {"text": text, "level": block[2]}
        elif kind == "quote":
            text = words.sentences(rng, block[1])
            value = {"quote": text, "attribution": _attribution(block[2], language)}
        else:
            title = words.phrase(rng, block[1], 0.1)
            facts = [(words.phrase(rng, n) + ".", item_id) for n, item_id in block[2]]
            text = " ".join([title, *(fact for fact, _id in facts)])
            value = {"title": title, "items": [{"type": "item", "value": f, "id": i} for f, i in facts]}
        texts.append(text)
        body.append({"type": kind, "value": value, "id": block_id})
    standfirst = words.sentences(rng, plan["standfirst"])
    word_count = len(_WORD.findall(standfirst)) + sum(len(_WORD.findall(t)) for t in texts)
    return {
        "title": words.phrase(rng, plan["title"], 0.15),
        "standfirst": standfirst,
        "body": body,
        "reading_time": max(1, math.ceil(word_count / WORDS_PER_MINUTE)),
        "ai_use": plan["ai"],
    }


# -- snippets: topics and authors ----------------------------------------------------------------------
def _ensure_topics(locales: dict) -> None:
    """~200 generated topics per language (EN and HU of one topic share a key) where fewer than 50 exist."""
    names = _rng("topics").sample(list(product(_TOPIC_ADJECTIVES, _TOPIC_NOUNS)), GENERATED_TOPICS)
    for code, locale in locales.items():
        existing = Topic.objects.filter(locale=locale)
        if existing.count() >= MIN_TOPICS:
            continue
        keys = set(existing.values_list("translation_key", flat=True))
        slugs = set(existing.values_list("slug", flat=True))
        new = []
        for adjective, noun in names:
            key = uuid.uuid5(NAMESPACE, f"topic:{adjective[0]} {noun[0]}")
            if key not in keys:
                name = f"{adjective[0]} {noun[0]}" if code == "en" else f"{adjective[1]} {noun[1]}"
                new.append(
                    Topic(locale=locale, translation_key=key, name=name, slug=_unique(_slug(name), slugs))
                )
        Topic.objects.bulk_create(new)


def _ensure_authors(locales: dict) -> None:
    for code, locale in locales.items():
        if Author.objects.filter(locale=locale).exists():
            continue
        rng = _rng("authors")
        new = []
        for n, (first, last) in enumerate(
            zip(_FIRST.split()[:12], rng.sample(_LAST.split(), 12), strict=True)
        ):
            role = _ROLES[6 + n % 2][0 if code == "en" else 1]
            key = uuid.uuid5(NAMESPACE, f"author:{first} {last}")
            new.append(
                Author(locale=locale, translation_key=key, name=f"{first} {last}", role=role.capitalize())
            )
        Author.objects.bulk_create(new)


class _Snippets:
    """A language's authors and topics; topics ranked by a stable order, so popularity agrees across
    languages, and drawn Zipf-style as real tags are (a few big stories, a long tail)."""

    def __init__(self, locale):
        self.authors = list(Author.objects.filter(locale=locale).order_by("pk"))
        self.topics = sorted(Topic.objects.filter(locale=locale), key=lambda t: str(t.translation_key))
        self.topic_cum = list(accumulate(_zipf_weights(len(self.topics), 1.0)))
        self.author_by_key = {a.translation_key: a for a in self.authors}
        self.topic_by_key = {t.translation_key: t for t in self.topics}

    def pick_authors(self, rng: Random) -> list:
        return rng.sample(self.authors, min(len(self.authors), rng.choices((1, 2, 3), (6, 3, 1))[0]))

    def pick_topics(self, rng: Random) -> list:
        wanted, chosen = min(len(self.topics), rng.randint(1, 4)), {}
        while len(chosen) < wanted:
            topic = rng.choices(self.topics, cum_weights=self.topic_cum)[0]
            chosen[topic.pk] = topic
        return list(chosen.values())

    def translate_authors(self, authors, rng: Random) -> list:
        """The same bylines in this language; an author with no translation here is swapped for another."""
        mapped = [self.author_by_key.get(a.translation_key) for a in authors]
        spare = [a for a in self.authors if a not in mapped]
        rng.shuffle(spare)
        return [a or spare.pop() for a in mapped if a or spare]

    def translate_topics(self, topics) -> list:
        return [
            self.topic_by_key[t.translation_key] for t in topics if t.translation_key in self.topic_by_key
        ]


# -- the page tree --------------------------------------------------------------------------------------
class _Slot:
    """Where the next child of a section goes: treebeard's next path step and the slugs already taken."""

    def __init__(self, section: SectionPage):
        self.section = section
        children = Page.objects.filter(path__startswith=section.path, depth=section.depth + 1)
        last = children.order_by("-path").values_list("path", flat=True).first()
        self.next_step = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
        self.slugs = set(children.values_list("slug", flat=True))

    def place(self, title: str) -> dict:
        path = Page._get_path(self.section.path, self.section.depth + 1, self.next_step)
        if len(path) != len(self.section.path) + Page.steplen:
            raise OverflowError(
                f"Section {self.section.pk} is full: {Page.steplen}-character paths overflow."
            )
        self.next_step += 1
        slug = _unique(_slug(title), self.slugs)
        return {
            "path": path,
            "depth": self.section.depth + 1,
            "slug": slug,
            "url_path": f"{self.section.url_path}{slug}/",
        }


def _sections(locales: dict) -> tuple[dict, list]:
    """Sections per language, and (EN, HU) pairs of sections that are translations of each other."""
    by_language = {code: [] for code in LANGUAGES}
    for section in SectionPage.objects.filter(locale__in=locales.values()).select_related("locale"):
        by_language[section.locale.language_code].append(_Slot(section))
    if not any(by_language.values()):
        raise NoSectionsError(
            "There are no sections to put articles in. Run `manage.py load_demo_content` first."
        )
    slot_by_pk = {slot.section.pk: slot for slots in by_language.values() for slot in slots}
    pairs = []
    for slot in by_language["en"] if "hu" in locales else []:
        hu = slot.section.get_translation_or_none(locales["hu"])
        if hu is not None and hu.pk in slot_by_pk:
            pairs.append((slot, slot_by_pk[hu.pk]))
    return by_language, pairs


def _stories(count: int, share: float, by_language: dict, pairs: list, rng: Random) -> list[tuple]:
    """(original language, translated language or None) per story; shuffled, so kinds are interleaved."""
    n_pairs = min(round(count * share / 2), count // 2) if pairs else 0
    singles = count - 2 * n_pairs
    languages = [code for code in LANGUAGES if by_language[code]]
    stories = [("en", "hu")] * math.ceil(n_pairs / 2) + [("hu", "en")] * (n_pairs // 2)
    stories += [(languages[i % len(languages)], None) for i in range(singles)]
    rng.shuffle(stories)
    return stories


# -- writing ---------------------------------------------------------------------------------------------
def generate_articles(
    *, count: int, seed: int = 0, batch_size: int = 1000, translated_share: float = 0.4, progress=None
) -> int:
    """Create `count` live ArticlePages (pairs of translations count twice) under the existing sections;
    returns how many. `progress(done, total)` is called after every batch."""
    if count < 1 or batch_size < 1 or not 0 <= translated_share <= 1:
        raise ValueError("count and batch_size must be positive; translated_share within 0..1.")
    if not connection.features.can_return_rows_from_bulk_insert:
        raise RuntimeError("The database must return ids from bulk inserts (PostgreSQL, SQLite >= 3.35).")
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=LANGUAGES)}
    with transaction.atomic():
        _ensure_topics(locales)
        _ensure_authors(locales)
    snippets = {code: _Snippets(locale) for code, locale in locales.items()}
    by_language, section_pairs = _sections(locales)
    cts = ContentType.objects.get_for_models(Page, ArticlePage)
    created = 0
    batches = _batches(
        count, seed, batch_size, translated_share, locales, snippets, by_language, section_pairs
    )
    for batch in batches:
        created += _write(batch, page_ct=cts[Page].pk, article_ct=cts[ArticlePage].pk)
        if progress:
            progress(created, count)
    return created


def _batches(count, seed, batch_size, share, locales, snippets, by_language, section_pairs):
    """Lists of unsaved ArticlePages (with what their child rows need), about `batch_size` at a time."""
    # Separate streams: the text depends only on the seed, not on how many sections or topics exist.
    text_rng, pick_rng = _rng(f"{seed}:text"), _rng(f"{seed}:pick")
    stories = _stories(count, share, by_language, section_pairs, pick_rng)
    now, batch = timezone.now(), []
    for index, (original, translated) in enumerate(stories):
        # Newest first, evenly spread over SPAN; a translation follows its original by a few hours.
        published = now - SPAN * (index + pick_rng.random()) / len(stories)
        if translated:
            slots = dict(zip(("en", "hu"), pick_rng.choice(section_pairs), strict=True))
        else:
            slots = {original: pick_rng.choice(by_language[original])}
        plan = _plan(text_rng)
        authors = snippets[original].pick_authors(pick_rng)
        topics = snippets[original].pick_topics(pick_rng)
        # Keys are random even with a seed: running the same seed again adds articles instead of clashing.
        key, link_keys = uuid.uuid4(), [uuid.uuid4() for _ in range(7)]  # shared by both languages
        for language in (original, translated) if translated else (original,):
            if language != original:
                published = min(now, published + timedelta(minutes=pick_rng.randint(30, 600)))
                authors = snippets[language].translate_authors(authors, pick_rng)
                topics = snippets[language].translate_topics(topics)
            text = _render(plan, language, text_rng)
            article = ArticlePage(
                locale=locales[language],
                translation_key=key,
                title=text["title"],
                draft_title=text["title"],
                **slots[language].place(text["title"]),
                live=True,
                has_unpublished_changes=False,
                first_published_at=published,
                last_published_at=published,
                latest_revision_created_at=published,
                standfirst=text["standfirst"],
                body=text["body"],
                reading_time=text["reading_time"],
                ai_use=text["ai_use"],
            )
            authors_and_keys = list(zip(authors, link_keys, strict=False))
            topics_and_keys = list(zip(topics, link_keys[3:], strict=False))
            batch.append((article, slots[language].section.pk, authors_and_keys, topics_and_keys))
        if len(batch) >= batch_size or index == len(stories) - 1:
            yield batch
            batch = []


def _write(batch: list[tuple], *, page_ct: int, article_ct: int) -> int:
    """Insert one batch in one transaction: the tree is consistent after every commit."""
    articles = [article for article, *_rest in batch]
    page_fields = [f.attname for f in Page._meta.concrete_fields]
    with transaction.atomic():
        # Django refuses bulk_create on a multi-table child, so the two tables are written separately:
        # wagtailcore_page rows first (for their ids), then the article rows through `_insert`, the same
        # call Model.save() makes for each table of an inherited model.
        pages = Page.objects.bulk_create([Page(**{f: getattr(a, f) for f in page_fields}) for a in articles])
        for article, page in zip(articles, pages, strict=True):
            article.id = article.page_ptr_id = page.pk
        local = ArticlePage._meta.local_concrete_fields
        size = connection.ops.bulk_batch_size(local, articles) or len(articles)
        for start in range(0, len(articles), size):
            ArticlePage._base_manager._insert(articles[start : start + size], fields=local)
        author_links, topic_links = [], []
        # Every other child relation (corrections, comments, ...) is empty; saying so up front keeps
        # serializable_data() from querying each one per page.
        empty_relations = [
            name
            for name in (r.get_accessor_name() for r in get_all_child_relations(ArticlePage))
            if name not in {"article_authors", "article_topics"}
        ]
        for article, _section, authors, topics in batch:
            # Assigned in memory (no query) so serializable_data() below sees them without fetching.
            article.article_authors = [
                ArticleAuthor(author=a, locale_id=article.locale_id, translation_key=k, sort_order=i)
                for i, (a, k) in enumerate(authors)
            ]
            article.article_topics = [
                ArticleTopic(topic=t, locale_id=article.locale_id, translation_key=k, sort_order=i)
                for i, (t, k) in enumerate(topics)
            ]
            for relation in empty_relations:
                setattr(article, relation, [])
            author_links += article.article_authors.all()
            topic_links += article.article_topics.all()
        ArticleAuthor.objects.bulk_create(author_links)
        ArticleTopic.objects.bulk_create(topic_links)
        Revision.objects.bulk_create(
            Revision(
                content_type_id=article_ct,
                base_content_type_id=page_ct,
                object_id=str(article.pk),
                created_at=article.latest_revision_created_at,
                object_str=article.title,
                content=article.serializable_data(),
            )
            for article in articles
        )
        revision = Revision.objects.filter(
            base_content_type_id=page_ct, object_id=Cast(OuterRef("pk"), CharField())
        ).order_by("-pk")
        Page.objects.filter(pk__in=[p.pk for p in pages]).update(
            latest_revision=Subquery(revision.values("pk")[:1]),
            live_revision=Subquery(revision.values("pk")[:1]),
        )
        added = Counter(section for _article, section, *_rest in batch)
        Page.objects.filter(pk__in=added).update(
            numchild=F("numchild") + Case(*(When(pk=pk, then=n) for pk, n in added.items()))
        )
    if not connection.force_debug_cursor:  # unless a caller captures queries (tests) on purpose,
        reset_queries()  # DEBUG would otherwise keep every multi-megabyte INSERT statement in memory
    return len(articles)
