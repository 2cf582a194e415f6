"""Listen to this article: real readings by espeak-ng in both languages, regenerated when the text
changes, replaced by a recording, and never in the way of publishing."""

import io
import shutil
import wave

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from news.audio import service as audio
from news.models import ArticleAudio
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _readings_on_publish(settings):
    settings.AUDIO_ON_PUBLISH = True


WORDS = (
    "A főváros új villamosvonala ma reggel indult el a Duna partján. "
    "Az utasok szerint gyorsabb és csendesebb, mint a régi járat volt. " * 3
)


@pytest.fixture
def espeak():
    if shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng is missing: .ci/run installs it (apt-get install espeak-ng)")


def seconds(document) -> float:
    with document.file.open("rb") as handle, wave.open(io.BytesIO(handle.read())) as wav:
        return wav.getnframes() / wav.getframerate()


@pytest.mark.parametrize("language", ["hu", "en"])
def test_publishing_generates_a_reading_that_fits_the_text(
    client, site, sections, espeak, language, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = factories.make_article(
            sections[language],
            "Villamos" if language == "hu" else "Tram",
            standfirst="Új vonal.",
            body=[factories.paragraph(WORDS)],
        )
    reading = ArticleAudio.objects.select_related("document").get(article=article)
    words = len(audio.reading_text(article).split())
    length = seconds(reading.document)
    assert reading.document.file.size > 10_000
    # espeak-ng at 165 words a minute; allow for pauses and long Hungarian words.
    assert words / 4 <= length <= words / 1.5, (words, length)
    assert reading.duration == pytest.approx(length)

    html = client.get(article.url).content.decode()
    listen_url = f"/listen/{article.pk}/{reading.document.pk}.wav"
    assert f'src="{listen_url}"' in html and 'aria-controls="listen-player"' in html
    label = "Hallgassa meg a cikket" if language == "hu" else "Listen to this article"
    assert label in html


def test_unchanged_text_keeps_the_reading_and_an_edit_replaces_it(
    site, sections, espeak, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = factories.make_article(
            sections["en"], "Bridge", body=[factories.paragraph("The bridge reopens.")]
        )
    first = ArticleAudio.objects.get(article=article).document_id
    assert audio.audio_refresh(article_id=article.pk).status == "unchanged"
    article.body = [("paragraph", "<p>The bridge reopens on Monday with two new lanes.</p>")]
    with django_capture_on_commit_callbacks(execute=True):
        factories.publish(article)
    second = ArticleAudio.objects.get(article=article).document_id
    assert second != first
    assert not get_document_model().objects.filter(pk=first).exists()  # the old file is removed


def test_a_recorded_reading_replaces_the_generated_one(
    client, site, sections, espeak, django_capture_on_commit_callbacks
):
    recording = get_document_model()(title="Recorded")
    recording.file.save("recorded.wav", ContentFile(b"RIFF....WAVE"), save=False)
    recording.save()
    with django_capture_on_commit_callbacks(execute=True):
        article = factories.make_article(sections["en"], "Recorded", recorded_audio=recording)
    assert not ArticleAudio.objects.filter(article=article).exists()
    html = client.get(article.url).content.decode()
    assert (
        f'src="/listen/{article.pk}/{recording.pk}.wav"' in html and "Read by a member of our staff." in html
    )


def test_publishing_succeeds_without_an_engine(
    client, site, sections, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(audio.EspeakBackend, "binary", "no-such-tts-engine")
    with django_capture_on_commit_callbacks(execute=True):
        article = factories.make_article(sections["hu"], "Csend")
    article.refresh_from_db()
    assert article.live and not ArticleAudio.objects.filter(article=article).exists()
    assert audio.audio_refresh(article_id=article.pk).status == "unavailable"
    response = client.get(article.url)
    assert response.status_code == 200 and "listen-player" not in response.content.decode()


def test_a_failing_engine_never_fails_the_publish_and_is_retried(
    site, sections, espeak, monkeypatch, django_capture_on_commit_callbacks
):
    calls = []
    real = audio.EspeakBackend.synthesize

    def flaky(self, text, language):
        calls.append(language)
        if len(calls) == 1:
            raise audio.TTSFailed("engine crashed")
        return real(self, text, language)

    monkeypatch.setattr(audio.EspeakBackend, "synthesize", flaky)
    with django_capture_on_commit_callbacks(execute=True):
        article = factories.make_article(sections["en"], "Crash")
    article.refresh_from_db()
    assert article.live and not ArticleAudio.objects.filter(article=article).exists()  # failed, logged

    from news.tasks import audio_generate_task

    calls.clear()
    result = audio_generate_task.apply(
        args=[article.pk], throw=False
    )  # as a worker runs it: retry on failure
    assert result.get() == {"article_id": article.pk, "status": "generated"} and len(calls) == 2
    assert ArticleAudio.objects.filter(article=article).exists()
