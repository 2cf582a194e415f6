"""home.demo.reader: the demo content files read cleanly, and a broken one is named with the place in it."""

import shutil
from pathlib import Path

import pytest

from home.demo.reader import DemoContentError, read_content

SAMPLE = Path(__file__).parent / "demo_sample"


def test_the_shipped_demo_content_reads_cleanly():
    content = read_content()
    assert (len(content.sections), len(content.topics), len(content.authors)) == (8, 18, 8)
    assert len(content.articles) == 28
    assert {a["original"] for a in content.articles} == {"en", "hu"}
    assert any(a["en"] and a["hu"] for a in content.articles)
    assert any(a["en"] is None for a in content.articles)


def test_a_story_reads_into_the_loaders_shape():
    tram = next(a for a in read_content(SAMPLE).articles if a["key"] == "tram")
    assert (tram["section"], tram["original"], tram["days_ago"]) == ("budapest", "en", 1.0)
    assert tram["corrections"] == [
        {"days_ago": 0.5, "en": "We misstated the length.", "hu": "Rosszul adtuk meg a hosszt."}
    ]
    assert tram["en"]["body"][0] == (
        "paragraph",
        '<p>The <b>new</b> tram line <a href="https://example.org/tram">opens</a> today.</p>',
    )
    assert tram["hu"]["body"][6] == (
        "table",
        {"caption": "Menetidők", "columns": ["Útvonal", "Perc"], "rows": [["A-B", "12"], ["B-C", "8"]]},
    )


@pytest.fixture
def sample(tmp_path) -> Path:
    return Path(
        shutil.copytree(SAMPLE, tmp_path / "sample", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    )


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "stories/tram.en.toml",
            'title = "Key facts"',
            'titel = "Key facts"',
            r"body\[4\] \(fact_box\): unknown",
        ),
        (
            "stories/tram.en.toml",
            'type = "pull_quote"',
            'type = "pullquote"',
            r"body\[3\]: 'type' must be one of",
        ),
        ("stories/tram.en.toml", 'level = "h2"', 'level = "h4"', r"'level' must be one of h2, h3"),
        (
            "stories/tram.en.toml",
            'authors = ["eszter"]',
            'authors = ["ester"]',
            r"'ester' is not in authors.toml",
        ),
        ("stories/tram.en.toml", "days_ago = 1.0", 'days_ago = "yesterday"', r"'days_ago' must be a float"),
        ("stories/tram.hu.toml", "\n[[body]]", "\n[story]\n\n[[body]]", r"exactly one language version"),
        (
            "stories/tram.hu.toml",
            '"4,2 km"]',
            '"4,2 km", "3 híd"]',
            r"tram.hu.toml: body\[4\] \(fact_box\) differs",
        ),
        ("stories/tram.hu.toml", 'colour = "#335577"', 'colour = "#335578"', r"body\[7\] \(image\) differs"),
        (
            "stories/rents.en.toml",
            'slug = "rents-rise-again"',
            'slug = "new-tram-line-opens"',
            "the same slug",
        ),
        (
            "stories/rents.en.toml",
            'title = "Rents rise again"',
            'title = "Rents rise again',
            "not valid TOML",
        ),
        (
            "sections.toml",
            'stories = ["rents"]',
            "stories = []",
            r"story 'rents' is not listed under any section",
        ),
        ("sections.toml", 'stories = ["rents"]', 'stories = ["rents", "gone"]', r"lists 'gone', but"),
    ],
)
def test_mistakes_are_reported_with_file_and_place(sample, file, old, new, message):
    edit(sample / file, old, new)
    with pytest.raises(DemoContentError, match=message) as raised:
        read_content(sample)
    assert str(sample) in str(raised.value)


def test_a_stray_file_among_the_stories_is_reported(sample):
    (sample / "stories" / "notes.txt").write_text("to do")
    with pytest.raises(DemoContentError, match=r"notes.txt: story files are named"):
        read_content(sample)
