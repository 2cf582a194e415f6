"""Image uploads that are not a picture the portal can serve are refused with a form error, never a 500,
through the admin's add view and its multiple-upload view alike, and nothing is stored (issue 16,
findings 10 and 11): a pixel bomb (a 97 KB PNG of 10,000 x 10,000 pixels), a truncated PNG, a wrong
extension, an empty file."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(width=10_000, height=10_000) -> bytes:
    """A valid greyscale PNG of width x height black pixels, compressed row by row (never in memory)."""
    compressor = zlib.compressobj(9)
    row = b"\x00" * (width + 1)  # filter byte + pixels
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", data) + _chunk(b"IEND", b"")


def png(size=(400, 300)) -> bytes:
    buffer = io.BytesIO()
    PILImage.effect_noise(size, 64).convert("RGB").save(buffer, "PNG")
    return buffer.getvalue()


def add(client, name: str, content: bytes):
    upload = SimpleUploadedFile(name, content, content_type="image/png")
    return client.post(reverse("wagtailimages:add"), {"title": name, "file": upload, "credit": "x"})


def add_multiple(client, name: str, content: bytes):
    upload = SimpleUploadedFile(name, content, content_type="image/png")
    return client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": upload},
        headers={"x-requested-with": "XMLHttpRequest"},
    )


def test_the_pixel_cap_is_40_megapixels(settings):
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000


def test_a_pixel_bomb_is_refused_from_its_header(admin_client):
    bomb = png_bomb()
    assert len(bomb) < 110_000  # the 97 KB file
    response = add(admin_client, "bomb.png", bomb)
    assert response.status_code == 200
    assert "too many pixels (100000000)" in response.content.decode()
    assert "Maximum pixels 40000000" in response.content.decode()

    response = add_multiple(admin_client, "bomb.png", bomb)
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "too many pixels" in response.json()["error_message"]
    assert not get_image_model().objects.exists()


def test_a_picture_under_the_cap_is_accepted(admin_client):
    response = add(admin_client, "fine.png", png_bomb(4000, 3000))  # 12 megapixels
    assert response.status_code == 302
    assert get_image_model().objects.get().width == 4000


@pytest.mark.parametrize("view", [add, add_multiple])
def test_a_truncated_png_is_a_form_error(admin_client, view):
    whole = png()
    response = view(admin_client, "cut.png", whole[: len(whole) // 2])
    assert response.status_code == 200
    text = response.json()["error_message"] if view is add_multiple else response.content.decode()
    assert "Upload a valid image" in text
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("view", [add, add_multiple])
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("picture.jpg", png(), "The extension does not match the file format"),
        ("picture.txt", png(), "Not a supported image format"),
        ("empty.png", b"", "The submitted file is empty"),
    ],
)
def test_wrong_extensions_and_empty_files_are_form_errors(admin_client, view, name, content, message):
    response = view(admin_client, name, content)
    assert response.status_code == 200
    text = response.json()["error_message"] if view is add_multiple else response.content.decode()
    assert message in text
    assert not get_image_model().objects.exists()
