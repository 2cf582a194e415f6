"""The address of a reading (served by news.audio.serving): it changes with every new reading."""

from django.urls import reverse


def reading_url(article, document) -> str:
    extension = (document.file_extension or "wav").lower()
    return reverse("listen", args=[article.pk, document.pk, extension])
