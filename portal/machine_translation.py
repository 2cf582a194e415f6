"""Machine translation for translators' drafts.

Production uses DeepL or Google (configured from the environment in settings). Without a key, the
offline translator below fills a draft from a small newsroom glossary, word by word, and says plainly
in its name that it is not a real translation service: a translator must rewrite what it produces.
"""

import re

from bs4 import BeautifulSoup, NavigableString
from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

# A few hundred of the commonest newsroom words would be better; this is enough to show the workflow.
GLOSSARY_EN_HU = {
    "budapest": "Budapest",
    "hungary": "Magyarország",
    "europe": "Európa",
    "world": "világ",
    "city": "város",
    "news": "hírek",
    "government": "kormány",
    "mayor": "polgármester",
    "minister": "miniszter",
    "ministry": "minisztérium",
    "election": "választás",
    "elections": "választások",
    "tram": "villamos",
    "trams": "villamosok",
    "bus": "busz",
    "buses": "buszok",
    "metro": "metró",
    "bridge": "híd",
    "river": "folyó",
    "school": "iskola",
    "schools": "iskolák",
    "university": "egyetem",
    "museum": "múzeum",
    "new": "új",
    "old": "régi",
    "year": "év",
    "years": "évek",
    "week": "hét",
    "day": "nap",
    "today": "ma",
    "people": "emberek",
    "price": "ár",
    "prices": "árak",
    "inflation": "infláció",
    "forint": "forint",
    "market": "piac",
    "energy": "energia",
    "climate": "éghajlat",
    "water": "víz",
    "flood": "árvíz",
    "and": "és",
    "or": "vagy",
    "the": "a",
    "a": "egy",
    "in": "-ban",
    "of": "-nak a",
    "is": "van",
    "will": "fog",
    "said": "mondta",
}
GLOSSARY_HU_EN = {hu.lower(): en for en, hu in GLOSSARY_EN_HU.items() if not hu.startswith("-")}
_WORD = re.compile(r"\w+", re.UNICODE)


def _translate_text(text: str, glossary: dict[str, str]) -> str:
    def swap(match: re.Match) -> str:
        word = match.group(0)
        replacement = glossary.get(word.lower())
        if replacement is None:
            return word
        return replacement[:1].upper() + replacement[1:] if word[:1].isupper() else replacement

    return _WORD.sub(swap, text)


def translate_html(html: str, glossary: dict[str, str]) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for node in list(soup.descendants):
        if isinstance(node, NavigableString):
            node.replace_with(_translate_text(str(node), glossary))
    return str(soup)


class OfflineGlossaryTranslator(BaseMachineTranslator):
    """Word-for-word glossary substitution, for development and tests (no network, no key)."""

    display_name = _("Offline glossary (not a real translation, rewrite before publishing)")

    def _glossary(self, source_locale, target_locale):
        pair = (source_locale.language_code[:2], target_locale.language_code[:2])
        return {("en", "hu"): GLOSSARY_EN_HU, ("hu", "en"): GLOSSARY_HU_EN}.get(pair)

    def can_translate(self, source_locale, target_locale):
        return self._glossary(source_locale, target_locale) is not None

    def translate(self, source_locale, target_locale, strings):
        glossary = self._glossary(source_locale, target_locale) or {}
        return {string: StringValue(translate_html(string.data, glossary)) for string in strings}
