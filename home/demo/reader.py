"""Read and check the demo content files in home/demo/data (format: home/demo/data/README.md).

`read_content()` returns them in the shapes home.demo.loader builds from: dicts keyed by field, with one
dict per language, and each body as a list of (block type, value) pairs. Anything missing, misspelt or
inconsistent stops it with a DemoContentError that names the file and the place in it, before the
loader has written anything.
"""

import re
import tomllib
from pathlib import Path
from typing import NamedTuple

from news.ai_labels import AiUse

DATA = Path(__file__).resolve().parent / "data"
LANGUAGES = ("en", "hu")
KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# Per block type: the fields of its value, each required unless listed in OPTIONAL_FIELDS.
# A paragraph's value is its `text` alone (a string); every other value is a dict of these fields.
BLOCK_FIELDS = {
    "paragraph": {"text": str},
    "heading": {"text": str, "level": str},
    "quote": {"quote": str, "attribution": str},
    "pull_quote": {"text": str},
    "fact_box": {"title": str, "items": list},
    "callout": {"tone": str, "title": str, "text": str},
    "table": {"caption": str, "columns": list, "rows": list},
    "image": {"colour": str, "label_en": str, "label_hu": str, "credit": str, "caption": str},
}
OPTIONAL_FIELDS = {"table": {"caption"}, "image": {"caption"}}
CHOICES = {"level": ("h2", "h3"), "tone": ("info", "context", "warning")}  # as news.blocks offers them
PICTURE = {"colour": str, "label_en": str, "label_hu": str, "credit": str}


class DemoContentError(ValueError):
    """A demo content file is missing, malformed or inconsistent with the others."""


class DemoContent(NamedTuple):
    sections: list[dict]
    topics: list[dict]
    authors: list[dict]
    articles: list[dict]


def read_content(root: Path = DATA) -> DemoContent:
    sections_file, topics_file, authors_file = (
        root / f"{name}.toml" for name in ("sections", "topics", "authors")
    )
    sections, order = _sections(sections_file)
    topics = _topics(topics_file)
    authors = _authors(authors_file)
    known = {"topics": {t["key"] for t in topics}, "authors": {a["key"] for a in authors}}
    files = _story_files(root / "stories", sections_file, order)
    articles = [_story(key, section, files[key], known) for key, section in order.items()]
    _check_unique_slugs(root / "stories", articles)
    return DemoContent(sections, topics, authors, articles)


# -- checking helpers ---------------------------------------------------------------------------------------
def _load(path: Path) -> dict:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except FileNotFoundError:
        raise DemoContentError(f"{path}: missing") from None
    except tomllib.TOMLDecodeError as error:
        raise DemoContentError(f"{path}: not valid TOML: {error}") from None


def _fields(value, where: str, fields: dict, optional=frozenset()) -> dict:
    """`value` as a dict holding exactly `fields` (name: type), in their order; raises on anything else."""
    if not isinstance(value, dict):
        raise DemoContentError(f"{where}: expected a table, found {type(value).__name__}")
    unknown = sorted(set(value) - set(fields))
    if unknown:
        raise DemoContentError(
            f"{where}: unknown field(s) {', '.join(unknown)}; expected {', '.join(fields)}"
        )
    checked = {}
    for name, kind in fields.items():
        if name not in value:
            if name in optional:
                continue
            raise DemoContentError(f"{where}: missing {name!r}")
        item = value[name]
        if kind is float and isinstance(item, int) and not isinstance(item, bool):
            item = float(item)
        if not isinstance(item, kind) or (kind is not bool and isinstance(item, bool)):
            raise DemoContentError(f"{where}: {name!r} must be a {kind.__name__}, not {item!r}")
        if kind is str and not item.strip() and name not in optional:
            raise DemoContentError(f"{where}: {name!r} is empty")
        checked[name] = item
    return checked


def _strings(value: list, where: str) -> list:
    if not all(isinstance(item, str) for item in value):
        raise DemoContentError(f"{where}: expected a list of strings, found {value!r}")
    return value


def _key(value: str, where: str) -> str:
    if not KEY.fullmatch(value):
        raise DemoContentError(f"{where}: {value!r} is not a key (lower-case letters, digits and hyphens)")
    return value


def _table_array(data: dict, name: str, path: Path) -> list:
    items = data.get(name)
    if set(data) != {name} or not isinstance(items, list) or not items:
        raise DemoContentError(f"{path}: expected only a non-empty [[{name}]] array, found {sorted(data)}")
    return items


def _unique_keys(items: list[dict], path: Path) -> None:
    seen = set()
    for item in items:
        if item["key"] in seen:
            raise DemoContentError(f"{path}: key {item['key']!r} appears twice")
        seen.add(item["key"])


# -- sections, topics, authors ----------------------------------------------------------------------------
def _sections(path: Path) -> tuple[list[dict], dict[str, str]]:
    sections, order = [], {}
    text = {"title": str, "slug": str, "intro": str}
    for n, item in enumerate(_table_array(_load(path), "sections", path)):
        where = f"{path}: sections[{n}]"
        item = _fields(item, where, {"key": str, "stories": list, "en": dict, "hu": dict})
        key = _key(item["key"], f"{where}.key")
        for story in _strings(item["stories"], f"{where}.stories"):
            _key(story, f"{where}.stories")
            if story in order:
                raise DemoContentError(f"{where}: story {story!r} is already in section {order[story]!r}")
            order[story] = key
        sections.append(
            {"key": key, **{code: _fields(item[code], f"{where}.{code}", text) for code in LANGUAGES}}
        )
    _unique_keys(sections, path)
    return sections, order


def _topics(path: Path) -> list[dict]:
    topics = [
        _fields(item, f"{path}: topics[{n}]", {"key": str, "en": str, "hu": str})
        for n, item in enumerate(_table_array(_load(path), "topics", path))
    ]
    for n, topic in enumerate(topics):
        _key(topic["key"], f"{path}: topics[{n}].key")
    _unique_keys(topics, path)
    return topics


def _authors(path: Path) -> list[dict]:
    authors = []
    text = {"role": str, "bio": str}
    for n, item in enumerate(_table_array(_load(path), "authors", path)):
        where = f"{path}: authors[{n}]"
        item = _fields(item, where, {"key": str, "name": str, "en": dict, "hu": dict})
        _key(item["key"], f"{where}.key")
        authors.append(
            {
                "key": item["key"],
                "name": item["name"],
                **{code: _fields(item[code], f"{where}.{code}", text) for code in LANGUAGES},
            }
        )
    _unique_keys(authors, path)
    return authors


# -- stories ------------------------------------------------------------------------------------------------
def _story_files(folder: Path, sections_file: Path, order: dict) -> dict[str, dict[str, Path]]:
    """{story key: {language: path}} for every file in `folder`, which must be the stories listed."""
    if not folder.is_dir():
        raise DemoContentError(f"{folder}: missing")
    files: dict[str, dict[str, Path]] = {}
    for path in sorted(folder.iterdir()):
        key, _dot, language = path.name.removesuffix(".toml").rpartition(".")
        if not path.name.endswith(".toml") or language not in LANGUAGES or not KEY.fullmatch(key):
            raise DemoContentError(f"{path}: story files are named <key>.en.toml or <key>.hu.toml")
        if key not in order:
            raise DemoContentError(
                f"{path}: story {key!r} is not listed under any section in {sections_file}"
            )
        files.setdefault(key, {})[language] = path
    for key, section in order.items():
        if key not in files:
            raise DemoContentError(
                f"{sections_file}: section {section!r} lists {key!r}, but {folder} has no {key}.en.toml "
                f"or {key}.hu.toml"
            )
    return files


def _story(key: str, section: str, paths: dict[str, Path], known: dict) -> dict:
    data = {language: _load(path) for language, path in paths.items()}
    originals = [language for language in data if "story" in data[language]]
    if len(originals) != 1:
        names = " and ".join(str(paths[language]) for language in (originals or paths))
        raise DemoContentError(f"{names}: exactly one language version (the original) has a [story] table")
    original = originals[0]
    story = _fields(
        data[original].pop("story"),
        f"{paths[original]}: [story]",
        {
            "days_ago": float,
            "authors": list,
            "topics": list,
            "ai_use": str,
            "hero": dict,
            "corrections": list,
        },
        optional={"corrections"},
    )
    where = f"{paths[original]}: [story]"
    for field in ("authors", "topics"):
        for item in _strings(story[field], f"{where}.{field}"):
            if item not in known[field]:
                raise DemoContentError(f"{where}.{field}: {item!r} is not in {field}.toml")
    if not story["authors"]:
        raise DemoContentError(f"{where}.authors: a story needs at least one author")
    if story["ai_use"] not in AiUse.values:
        raise DemoContentError(f"{where}.ai_use: {story['ai_use']!r} is not one of {', '.join(AiUse.values)}")
    corrections = [
        _fields(item, f"{where}.corrections[{n}]", {"days_ago": float, "en": str, "hu": str})
        for n, item in enumerate(story.get("corrections", []))
    ]
    texts = {language: _text(paths[language], data[language]) for language in LANGUAGES if language in data}
    if len(texts) == 2:
        _check_same_shape(texts, paths)
    return {
        "key": key,
        "section": section,
        "original": original,
        "days_ago": story["days_ago"],
        "authors": story["authors"],
        "topics": story["topics"],
        "ai_use": story["ai_use"],
        "hero": _fields(story["hero"], f"{where}.hero", PICTURE),
        "corrections": corrections,
        **{language: texts.get(language) for language in LANGUAGES},
    }


def _text(path: Path, data: dict) -> dict:
    text = _fields(data, str(path), {"title": str, "slug": str, "standfirst": str, "body": list})
    _key(text["slug"], f"{path}: slug")
    if not text["body"]:
        raise DemoContentError(f"{path}: a story needs at least one [[body]] block")
    text["body"] = [_block(item, f"{path}: body[{n}]") for n, item in enumerate(text["body"])]
    return text


def _block(item, where: str) -> tuple[str, object]:
    if not isinstance(item, dict) or item.get("type") not in BLOCK_FIELDS:
        found = item.get("type") if isinstance(item, dict) else item
        raise DemoContentError(f"{where}: 'type' must be one of {', '.join(BLOCK_FIELDS)}, not {found!r}")
    block_type = item["type"]
    where = f"{where} ({block_type})"
    value = _fields(
        {k: v for k, v in item.items() if k != "type"},
        where,
        BLOCK_FIELDS[block_type],
        optional=OPTIONAL_FIELDS.get(block_type, frozenset()),
    )
    if block_type == "paragraph":
        return block_type, value["text"]
    for field, choices in CHOICES.items():
        if field in value and value[field] not in choices:
            raise DemoContentError(
                f"{where}: {field!r} must be one of {', '.join(choices)}, not {value[field]!r}"
            )
    if block_type == "fact_box":
        _strings(value["items"], f"{where}.items")
    if block_type == "table":
        _strings(value["columns"], f"{where}.columns")
        for r, row in enumerate(value["rows"]):
            if not isinstance(row, list) or len(_strings(row, f"{where}.rows[{r}]")) != len(value["columns"]):
                raise DemoContentError(
                    f"{where}.rows[{r}]: expected {len(value['columns'])} cells, found {row!r}"
                )
    return block_type, value


def _shape(block_type: str, value) -> object:
    """What both language versions of a block must share: the translation replaces only the text."""
    if block_type == "image":
        return {field: value[field] for field in PICTURE}
    if block_type == "heading":
        return {"level": value["level"]}
    if block_type == "callout":
        return {"tone": value["tone"]}
    if block_type == "fact_box":
        return {"items": len(value["items"])}
    if block_type == "table":
        return {"columns": len(value["columns"]), "rows": len(value["rows"])}
    return None


def _check_same_shape(texts: dict, paths: dict) -> None:
    en, hu = texts["en"]["body"], texts["hu"]["body"]
    where = f"{paths['en']} and {paths['hu']}"
    if [t for t, _v in en] != [t for t, _v in hu]:
        raise DemoContentError(
            f"{where}: the bodies must have the same blocks in the same order "
            f"(en: {', '.join(t for t, _v in en)}; hu: {', '.join(t for t, _v in hu)})"
        )
    for n, ((block_type, en_value), (_type, hu_value)) in enumerate(zip(en, hu, strict=True)):
        if _shape(block_type, en_value) != _shape(block_type, hu_value):
            raise DemoContentError(
                f"{where}: body[{n}] ({block_type}) differs between the languages in more than its text: "
                f"{_shape(block_type, en_value)} vs {_shape(block_type, hu_value)}"
            )


def _check_unique_slugs(folder: Path, articles: list[dict]) -> None:
    for language in LANGUAGES:
        seen = {}
        for article in articles:
            text = article[language]
            if text is None:
                continue
            if text["slug"] in seen:
                raise DemoContentError(
                    f"{folder}: {article['key']}.{language}.toml and {seen[text['slug']]}.{language}.toml "
                    f"have the same slug {text['slug']!r}"
                )
            seen[text["slug"]] = article["key"]
