"""A small stand-in for news.demo.content with the same shape, so loader tests stay fast."""

SECTIONS = [
    {
        "key": "budapest",
        "en": {"title": "Budapest", "slug": "budapest", "intro": "The capital."},
        "hu": {"title": "Budapest", "slug": "budapest", "intro": "A főváros."},
    },
    {
        "key": "business",
        "en": {"title": "Business", "slug": "business", "intro": "Money."},
        "hu": {"title": "Gazdaság", "slug": "gazdasag", "intro": "Pénz."},
    },
]
TOPICS = [
    {"key": "transport", "en": "Public transport", "hu": "Tömegközlekedés"},
    {"key": "housing", "en": "Housing", "hu": "Lakhatás"},
]
AUTHORS = [
    {
        "key": "eszter",
        "name": "Eszter Varga",
        "en": {"role": "City reporter", "bio": "Covers City Hall."},
        "hu": {"role": "Városi riporter", "bio": "A városházát követi."},
    },
]
_BODY_EN = [
    ("paragraph", '<p>The <b>new</b> tram line <a href="https://example.org/tram">opens</a> today.</p>'),
    ("heading", {"text": "What changes", "level": "h2"}),
    ("quote", {"quote": "It is a good day.", "attribution": "A commuter"}),
    ("pull_quote", {"text": "Trams every four minutes."}),
    ("fact_box", {"title": "Key facts", "items": ["12 stops", "4.2 km"]}),
    ("callout", {"tone": "info", "title": "What next", "text": "<p>Night service from May.</p>"}),
    (
        "table",
        {"caption": "Travel times", "columns": ["Route", "Minutes"], "rows": [["A-B", "12"], ["B-C", "8"]]},
    ),
    (
        "image",
        {
            "colour": "#335577",
            "label_en": "A tram on the bridge",
            "label_hu": "Villamos a hídon",
            "credit": "BP / Test",
            "caption": "The first tram.",
        },
    ),
]
_BODY_HU = [
    ("paragraph", '<p>Ma <a href="https://example.org/tram">indul</a> az <b>új</b> villamosvonal.</p>'),
    ("heading", {"text": "Mi változik", "level": "h2"}),
    ("quote", {"quote": "Jó nap ez.", "attribution": "Egy utas"}),
    ("pull_quote", {"text": "Négypercenként jár a villamos."}),
    ("fact_box", {"title": "Tények", "items": ["12 megálló", "4,2 km"]}),
    ("callout", {"tone": "info", "title": "Hogyan tovább", "text": "<p>Májustól éjszakai járat.</p>"}),
    (
        "table",
        {"caption": "Menetidők", "columns": ["Útvonal", "Perc"], "rows": [["A-B", "12"], ["B-C", "8"]]},
    ),
    (
        "image",
        {
            "colour": "#335577",
            "label_en": "A tram on the bridge",
            "label_hu": "Villamos a hídon",
            "credit": "BP / Test",
            "caption": "Az első villamos.",
        },
    ),
]
_HERO = {"colour": "#1f4e79", "label_en": "Rails", "label_hu": "Sínek", "credit": "BP / Test"}
ARTICLES = [
    {
        "key": "tram",
        "section": "budapest",
        "original": "en",
        "days_ago": 1.0,
        "authors": ["eszter"],
        "topics": ["transport"],
        "ai_generated": False,
        "hero": _HERO,
        "corrections": [
            {"days_ago": 0.5, "en": "We misstated the length.", "hu": "Rosszul adtuk meg a hosszt."}
        ],
        "en": {
            "title": "New tram line opens",
            "slug": "new-tram-line-opens",
            "standfirst": "Twelve stops.",
            "body": _BODY_EN,
        },
        "hu": {
            "title": "Átadták az új villamosvonalat",
            "slug": "atadtak-az-uj-villamosvonalat",
            "standfirst": "Tizenkét megálló.",
            "body": _BODY_HU,
        },
    },
    {
        "key": "rents",
        "section": "business",
        "original": "hu",
        "days_ago": 2.0,
        "authors": ["eszter"],
        "topics": ["housing"],
        "ai_generated": True,
        "hero": _HERO,
        "corrections": [],
        "en": {
            "title": "Rents rise again",
            "slug": "rents-rise-again",
            "standfirst": "Up 9 per cent.",
            "body": [("paragraph", "<p>Rents rose.</p>")],
        },
        "hu": {
            "title": "Ismét nőttek a lakbérek",
            "slug": "ismet-nottek-a-lakberek",
            "standfirst": "Kilenc százalék.",
            "body": [("paragraph", "<p>Nőttek a lakbérek.</p>")],
        },
    },
    {
        "key": "only-hu",
        "section": "budapest",
        "original": "hu",
        "days_ago": 3.0,
        "authors": ["eszter"],
        "topics": [],
        "ai_generated": False,
        "hero": _HERO,
        "corrections": [],
        "en": None,
        "hu": {
            "title": "Csak magyarul",
            "slug": "csak-magyarul",
            "standfirst": "Helyi hír.",
            "body": [("paragraph", "<p>Helyi hír.</p>")],
        },
    },
]
