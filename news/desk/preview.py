"""The moderator's preview of a translation shows which text is still in the original language.

wagtail-localize fills untranslated segments with the source text, so an unfinished translation reads
as finished. In a preview (never on readers' pages) those texts are wrapped in <mark lang="..">, and a
line at the top says how many there are.
"""

import re

from django.utils.html import escape, strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

TAG = re.compile(r"(<[^>]*>)")
SKIP_INSIDE = ("script", "style", "title", "head", "textarea")
MIN_PIECE = 12  # shorter pieces of rich text would mark the same words elsewhere


def _pieces(texts) -> list[str]:
    pieces = set()
    for text in texts:
        for part in TAG.split(text):
            part = " ".join(strip_tags(part).split())
            if part and not part.startswith("<") and (len(part) >= MIN_PIECE or part == text.strip()):
                pieces.add(part)
    return sorted(pieces, key=len, reverse=True)  # longest first, so a phrase wins over its words


def mark_untranslated(html: str, texts, *, lang: str, language_name: str, machine=()) -> str:
    """Wrap `texts` (still in the source language) and `machine` (unreviewed machine drafts) in <mark>."""
    pieces = _pieces(texts)
    machine_pieces = [piece for piece in _pieces(machine) if piece not in pieces]
    if not pieces and not machine_pieces:
        return html
    kinds = {escape(piece): f'lang="{lang}" data-desk-untranslated' for piece in pieces}
    kinds.update({escape(piece): 'data-desk-machine title="machine draft"' for piece in machine_pieces})
    pattern = re.compile("|".join(re.escape(piece) for piece in sorted(kinds, key=len, reverse=True)))
    out, skipping = [], None
    for chunk in TAG.split(html):
        if chunk.startswith("<"):
            name = chunk[1:].lstrip("/").split(None, 1)[0].split(">")[0].lower() if len(chunk) > 2 else ""
            if skipping is None and not chunk.startswith("</") and name in SKIP_INSIDE:
                skipping = name
            elif skipping and chunk.startswith("</") and name == skipping:
                skipping = None
            out.append(chunk)
        elif skipping or not chunk.strip():
            out.append(chunk)
        else:
            out.append(pattern.sub(lambda m: f"<mark {kinds[m[0]]}>{m[0]}</mark>", chunk))
    notes = []
    if texts:
        notes.append(
            ngettext(
                "%(count)d text of this translation is still in %(language)s: it is marked.",
                "%(count)d texts of this translation are still in %(language)s: they are marked.",
                len(texts),
            )
            % {"count": len(texts), "language": language_name}
        )
    if machine:
        notes.append(
            ngettext(
                "%(count)d machine draft nobody has reviewed is marked too.",
                "%(count)d machine drafts nobody has reviewed are marked too.",
                len(machine),
            )
            % {"count": len(machine)}
        )
    note = " ".join(notes)
    banner = f'<p role="note" data-desk-preview-note><mark>{escape(_("Preview"))}: {escape(note)}</mark></p>'
    return re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + banner, "".join(out), count=1)


class MarkUntranslatedInPreviewMixin:
    """For page types that are translated: mark the source-language text in previews of a translation."""

    def serve_preview(self, request, mode_name):
        from news.desk.review_views import machine_texts, untranslated_texts
        from news.roles import translation_for_target

        response = super().serve_preview(request, mode_name)
        translation = translation_for_target(self)
        if translation is None or response.status_code != 200:
            return response
        texts = untranslated_texts(translation, limit=1000)
        machine = machine_texts(translation, limit=1000)
        if not texts and not machine:
            return response
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        source = translation.source.locale
        response.content = mark_untranslated(
            response.content.decode(),
            texts,
            lang=source.language_code,
            language_name=source.get_display_name(),
            machine=machine,
        ).encode()
        return response
