"""A reading is served only while its article is visible to the reader, with byte ranges for seeking.

The file itself lives in a private collection of Wagtail's documents (`readings_collection`), so its
`/documents/` URL answers readers with a login, and the media server never serves `documents/`
(docker/nginx/media.conf). Readers get it from `/listen/<article id>/<reading>.<ext>`: the article is
checked (live, not deleted, its view restrictions) on every request; a new reading is a new URL, so a
public article's reading is cached for a year, a restricted one's stays private.
"""

import mimetypes
import re

from django.core.exceptions import ObjectDoesNotExist
from django.http import FileResponse, Http404, HttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Collection, CollectionViewRestriction

from news.models import ArticlePage
from portal.caching.policy import PRIVATE, apply_policy

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
YEAR = 365 * 86400
READINGS = "Readings"


def readings_collection() -> Collection:
    """The private collection readings are filed in (made on first use; editors only)."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=READINGS).first()
    if collection is None:
        collection = root.add_child(name=READINGS)
    if not collection.view_restrictions.exists():
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    return collection


def _visible_article(request, article_id: int):
    article = ArticlePage.objects.live().filter(pk=article_id).first()
    if article is None:
        return None, False
    restrictions = list(article.get_view_restrictions())
    if any(not restriction.accept_request(request) for restriction in restrictions):
        return None, True
    return article, bool(restrictions)


def _reading(article, document_id: int):
    if article.recorded_audio_id == document_id and article.recorded_audio is not None:
        return article.recorded_audio
    try:
        audio = article.audio
    except ObjectDoesNotExist:
        return None
    return audio.document if audio.document_id == document_id else None


@require_safe
def listen(request, article_id: int, document_id: int, extension: str):
    article, restricted = _visible_article(request, article_id)
    document = _reading(article, document_id) if article is not None else None
    if document is None or (document.file_extension or "").lower() != extension:
        raise Http404("No such reading")
    response = ranged_file_response(request, document.file)
    if restricted:
        return apply_policy(response, PRIVATE)
    # Not apply_policy: pages end at midnight (their masthead's date), a reading does not.
    patch_cache_control(response, public=True, max_age=YEAR, s_maxage=YEAR, immutable=True)
    response._cache_policy = "reading"  # portal.caching.policy: kept shared only for anonymous readers
    return response


def ranged_file_response(request, file) -> HttpResponse:
    """The file, or the byte range asked for (206), or 416; always with Accept-Ranges and no encoding."""
    size = file.size
    content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    header = request.headers.get("Range", "")
    match = RANGE.match(header.strip()) if header else None
    if header and match is None:
        return _unsatisfiable(size)  # several ranges, or another unit: not offered
    if match is None:
        response = FileResponse(file.open("rb"), content_type=content_type)
        response["Content-Length"] = str(size)
    else:
        first, last = match.groups()
        if first == "":  # the last N bytes
            length = min(int(last or 0), size)
            start, end = size - length, size - 1
        else:
            start, end = int(first), min(int(last), size - 1) if last else size - 1
        if size == 0 or start > end or start >= size:
            return _unsatisfiable(size)
        handle = file.open("rb")
        handle.seek(start)
        response = HttpResponse(handle.read(end - start + 1), status=206, content_type=content_type)
        handle.close()
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Accept-Ranges"] = "bytes"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Disposition"] = "inline"
    if "Content-Encoding" in response:
        del response["Content-Encoding"]
    return response


def _unsatisfiable(size: int) -> HttpResponse:
    response = HttpResponse(status=416)
    response["Content-Range"] = f"bytes */{size}"
    response["Accept-Ranges"] = "bytes"
    return response
