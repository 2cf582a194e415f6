""" "Listen to this article": an audio reading per article and language, made by a text-to-speech backend.

The default backend is Debian's espeak-ng, offline, with Hungarian and English voices. Another (a
cloud voice) plugs in through settings.AUDIO_TTS_BACKEND: any class with
`synthesize(text, language) -> bytes` returning a WAV file. `audio_refresh` is idempotent: it hashes the
text it would read and does nothing when the stored reading matches, so republishing an unchanged
article costs nothing and an edit regenerates it. An editor's recorded reading replaces it.
"""

import hashlib
import io
import logging
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.module_loading import import_string
from wagtail.documents import get_document_model

from news import ai_labels
from news.audio.serving import readings_collection
from news.models import ArticleAudio, ArticlePage
from news.text import body_text

logger = logging.getLogger(__name__)

VOICES = {"hu": "hu", "en": "en-gb"}


class TTSUnavailable(RuntimeError):
    """No engine on this machine: readings are skipped, publishing goes on."""


class TTSFailed(RuntimeError):
    """The engine ran and failed; worth a retry."""


class EspeakBackend:
    binary = "espeak-ng"
    timeout = 120

    def synthesize(self, text: str, language: str) -> bytes:
        path = shutil.which(self.binary)
        if path is None:
            raise TTSUnavailable(f"{self.binary} is not installed")
        voice = VOICES.get(language[:2], language[:2])
        # A file, not --stdout: on a pipe espeak-ng cannot go back to write the WAV header's length.
        with tempfile.TemporaryDirectory() as directory:
            target = Path(directory) / "reading.wav"
            result = subprocess.run(  # noqa: S603  (fixed binary, text on stdin, no shell)
                [path, "-v", voice, "-s", "165", "--stdin", "-w", str(target)],
                input=text.encode(),
                capture_output=True,
                timeout=self.timeout,
                check=False,
            )
            if result.returncode != 0 or not target.exists() or target.stat().st_size == 0:
                raise TTSFailed(result.stderr.decode(errors="replace")[:500] or "no audio produced")
            return target.read_bytes()


def backend():
    return import_string(getattr(settings, "AUDIO_TTS_BACKEND", "news.audio.service.EspeakBackend"))()


def reading_text(article: ArticlePage) -> str:
    """What the reading says: the AI label (in the article's language) right after the headline, as
    the page shows it above the fold; a new label changes the text, so the reading is made again."""
    with translation.override(article.locale.language_code[:2]):
        label = ai_labels.label(article.ai_use)
    parts = (article.title, label, article.standfirst, body_text(article.body.raw_data))
    return "\n\n".join(part for part in parts if part)


def wav_seconds(data: bytes) -> float:
    with wave.open(io.BytesIO(data)) as wav:
        return wav.getnframes() / float(wav.getframerate())


@dataclass(frozen=True)
class AudioResult:
    article_id: int
    status: str  # "generated", "unchanged", "recorded", "skipped", "unavailable"


def audio_refresh(*, article_id: int) -> AudioResult:
    article = ArticlePage.objects.visible().filter(pk=article_id).select_related("locale").first()
    if article is None:
        return AudioResult(article_id, "skipped")
    if article.recorded_audio_id:
        return AudioResult(article_id, "recorded")
    language = article.locale.language_code[:2]
    text = reading_text(article)
    engine = backend()
    digest = hashlib.sha256(f"{type(engine).__name__}|{language}|{text}".encode()).hexdigest()
    current = ArticleAudio.objects.filter(article=article).select_related("document").first()
    if current and current.text_hash == digest and current.document_id:
        return AudioResult(article_id, "unchanged")
    try:
        data = engine.synthesize(text, language)
    except TTSUnavailable:
        logger.warning("no text-to-speech engine; article %s has no audio", article_id)
        return AudioResult(article_id, "unavailable")
    Document = get_document_model()
    with transaction.atomic():
        # Filed privately: readers get it only through news.audio.serving, while the article is visible.
        document = Document(title=f"{article.title[:200]} ({language})", collection=readings_collection())
        document.file.save(f"article-{article.pk}-{language}.wav", ContentFile(data), save=False)
        document.save()
        old = current.document if current else None
        ArticleAudio.objects.update_or_create(
            article=article,
            defaults={
                "document": document,
                "text_hash": digest,
                "duration": wav_seconds(data),
                "generated_at": timezone.now(),
            },
        )
        if old is not None:
            transaction.on_commit(old.delete)
    return AudioResult(article_id, "generated")
