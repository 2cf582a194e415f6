"""Issue 16, finding 4 (and issue 19's visibility): a reading is served only while its article is visible to
the reader, with byte ranges for seeking; its document and media URLs give readers nothing."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from news.audio.serving import readings_collection
from news.models import ArticleAudio
from tests import factories

pytestmark = pytest.mark.django_db

WAV = b"RIFF" + bytes(range(256)) * 40  # 10,244 bytes: what matters here is the bytes, not the sound


@pytest.fixture
def reading(site, sections):
    article = factories.make_article(sections["en"], "Read aloud")
    document = get_document_model()(title="reading", collection=readings_collection())
    document.file.save("article-reading.wav", ContentFile(WAV), save=False)
    document.save()
    ArticleAudio.objects.create(
        article=article,
        document=document,
        text_hash="x",
        duration=60.0,
        generated_at=article.first_published_at,
    )
    return article, document, f"/listen/{article.pk}/{document.pk}.wav"


def test_a_public_articles_reading_is_served_with_ranges_and_kept_long(client, reading):
    article, _document, url = reading
    assert f'src="{url}"' in client.get(article.url).content.decode()
    whole = client.get(url)
    assert whole.status_code == 200 and b"".join(whole.streaming_content) == WAV
    assert whole["Accept-Ranges"] == "bytes" and whole["Content-Type"] == "audio/x-wav"
    assert "public" in whole["Cache-Control"] and "immutable" in whole["Cache-Control"]
    assert "Content-Encoding" not in whole

    part = client.get(url, HTTP_RANGE="bytes=100-199")
    assert part.status_code == 206 and part.content == WAV[100:200]
    assert part["Content-Range"] == f"bytes 100-199/{len(WAV)}" and part["Content-Length"] == "100"
    probe = client.get(url, HTTP_RANGE="bytes=0-1")  # Safari's probe before playback
    assert probe.status_code == 206 and probe.content == WAV[:2]
    tail = client.get(url, HTTP_RANGE="bytes=-10")
    assert tail.status_code == 206 and tail.content == WAV[-10:]
    assert client.get(url, HTTP_RANGE=f"bytes={len(WAV)}-").status_code == 416
    assert client.get(url, HTTP_RANGE="bytes=0-1,5-6").status_code == 416


def test_unpublished_deleted_or_private_articles_take_their_reading_away(client, reading, sections):
    article, document, url = reading
    assert client.get(url).status_code == 200

    PageViewRestriction.objects.create(page=sections["en"], restriction_type="login")
    assert client.get(url).status_code == 404, "private: not for an anonymous reader"
    PageViewRestriction.objects.all().delete()

    article.unpublish()
    assert client.get(url).status_code == 404
    article.save_revision().publish()
    assert client.get(url).status_code == 200
    article.delete()
    assert client.get(url).status_code == 404


def test_a_private_articles_reading_reaches_its_readers_privately(
    client, reading, sections, django_user_model
):
    _article, _document, url = reading
    PageViewRestriction.objects.create(page=sections["en"], restriction_type="login")
    client.force_login(django_user_model.objects.create_user("reader", "r@example.org", "pw"))
    response = client.get(url)
    assert response.status_code == 200 and "private" in response["Cache-Control"]


def test_the_reading_is_not_at_a_guessable_public_url(client, reading):
    _article, document, url = reading
    wrong = [url.replace(".wav", ".mp3"), f"/listen/{document.pk}/{document.pk + 1}.wav"]
    assert all(client.get(other).status_code == 404 for other in wrong)
    # Wagtail's own document URL asks a reader to log in (the readings collection is private).
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response["Location"]
