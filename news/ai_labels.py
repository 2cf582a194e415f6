"""What an article discloses about the use of AI: the editor's choice, the reader's words, IPTC's term.

One value per story (`ArticlePage.ai_use`). It describes how the story was made, so a translation
carries its original's value (a synchronised field, news.models), and a translation the machine
translator drafted is at least AI-assisted (ArticlePage.clean, news.desk.status.machine_drafted).

Readers see a short label on the article (in its header, above the fold), on every card, in feeds
and in search results, and the longer disclaimer on the article; the disclaimer comes from site
branding (one text per kind, per language) or, when branding leaves it empty, from the defaults
below. Machines get IPTC's digital source type in the JSON-LD, only where it is true: nothing for a
story written by people.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"


class AiUse(models.TextChoices):
    """What editors choose from (the labels are the admin's; readers' words are below)."""

    HUMAN = "human", _("Written by people, no AI label")
    AI_ASSISTED = "ai_assisted", _("AI-assisted: research, machine translation or summaries")
    AI_WRITTEN = "ai_written", _("Written by AI and checked by an editor")


# IPTC NewsCodes "digital source type": AI text checked by an editor is still made by the model
# (trainedAlgorithmicMedia); a human story with AI help mixes both (composite...). Human: no claim.
SOURCE_TYPES = {
    AiUse.AI_ASSISTED: IPTC + "compositeWithTrainedAlgorithmicMedia",
    AiUse.AI_WRITTEN: IPTC + "trainedAlgorithmicMedia",
}

LABELS = {
    AiUse.AI_ASSISTED: pgettext_lazy("AI label for readers", "AI-assisted"),
    AiUse.AI_WRITTEN: pgettext_lazy("AI label for readers", "Written by AI, checked by an editor"),
}

DEFAULT_DISCLAIMERS = {
    AiUse.AI_ASSISTED: _(
        "Artificial intelligence helped with this article, for research, translation or summaries. "
        "Our journalists wrote and checked it, and we stand by it."
    ),
    AiUse.AI_WRITTEN: _(
        "This article was written by artificial intelligence and checked by a Budapest Post editor "
        "before publication."
    ),
}

# The SiteBranding field holding each kind's disclaimer (home.models.branding).
BRANDING_FIELDS = {AiUse.AI_ASSISTED: "ai_assisted_disclaimer", AiUse.AI_WRITTEN: "ai_written_disclaimer"}


@dataclass(frozen=True)
class Disclosure:
    kind: str
    label: str
    disclaimer: SafeString  # rich text from branding (rendered through safe_richtext) or a default
    from_branding: bool


def normalised(value) -> str:
    """A stored value as one of the choices; anything unknown discloses nothing rather than failing."""
    return value if value in AiUse.values else AiUse.HUMAN


def label(value) -> str:
    """The reader's short label, "" for a human story."""
    found = LABELS.get(normalised(value))
    return str(found) if found else ""


def source_type(value) -> str | None:
    return SOURCE_TYPES.get(normalised(value))


def disclosure(value, branding=None) -> Disclosure | None:
    """Label and disclaimer in the active language; None for a human story."""
    kind = normalised(value)
    if kind == AiUse.HUMAN:
        return None
    text = getattr(branding, BRANDING_FIELDS[kind], "") if branding is not None else ""
    if text and text.strip():
        return Disclosure(kind=kind, label=label(kind), disclaimer=text, from_branding=True)
    default = mark_safe(f"<p>{escape(DEFAULT_DISCLAIMERS[kind])}</p>")  # noqa: S308  (escaped)
    return Disclosure(kind=kind, label=label(kind), disclaimer=default, from_branding=False)


def from_legacy(data: dict) -> dict:
    """Revision and translation-source content saved before `ai_use` had only `ai_generated`."""
    if "ai_use" in data or "ai_generated" not in data:
        return data
    return {**data, "ai_use": AiUse.AI_WRITTEN if data["ai_generated"] else AiUse.HUMAN}


def story_value(original_value, machine_drafted: bool) -> str:
    """A translation's value: its original's (the label is about the story), and at least AI-assisted
    when the machine translator drafted some of its text."""
    value = normalised(original_value)
    if value == AiUse.HUMAN and machine_drafted:
        return AiUse.AI_ASSISTED
    return value
