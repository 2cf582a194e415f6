"""Uploads are limited by type and size: the admin refuses anything else with a form error, not a 500,
and nothing is stored."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


def jpeg(size=(64, 64)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (10, 20, 30)).save(buffer, "JPEG")
    return buffer.getvalue()


def test_documents_of_other_types_are_refused(admin_client):
    for name, content in (("payload.exe", b"MZ\x90\x00"), ("page.html", b"<script>alert(1)</script>")):
        response = admin_client.post(
            reverse("wagtaildocs:add"), {"title": name, "file": SimpleUploadedFile(name, content)}
        )
        assert response.status_code == 200, name  # the form again, with its error
        assert (
            "Not a supported document format" in response.content.decode()
            or "not allowed" in response.content.decode()
        )
    assert not get_document_model().objects.exists()


def test_images_too_large_or_not_images_are_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    big = SimpleUploadedFile("big.jpg", jpeg((800, 800)), content_type="image/jpeg")
    response = admin_client.post(reverse("wagtailimages:add"), {"title": "Big", "file": big, "credit": "x"})
    assert response.status_code == 200
    assert "too big" in response.content.decode()
    fake = SimpleUploadedFile("fake.jpg", b"<svg onload=alert(1)>", content_type="image/jpeg")
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
    response = admin_client.post(reverse("wagtailimages:add"), {"title": "Fake", "file": fake, "credit": "x"})
    assert response.status_code == 200
    assert not get_image_model().objects.exists()


def test_the_limits_are_set():
    from django.conf import settings

    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 15 * 1024 * 1024
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS and "html" not in settings.WAGTAILDOCS_EXTENSIONS
