"""Issue 16, finding 7: the documented deployment serves pictures. docker/'s own media server
(docker/nginx/media.conf) runs behind Varnish with docker/varnish/default.vcl (its hosts pointed at
loopback): renditions are served and kept long, with nosniff; originals, documents and anything that is
not a picture are not rendered by the browser, or not served at all."""

import re
import shutil
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests import factories
from tests.frontcache.test_varnish import Reply
from tests.support.processes import PORTAL_VCL, nginx_media, varnish

DOCKER = Path(__file__).resolve().parents[2] / "docker"
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not shutil.which("nginx") or not shutil.which("varnishd"), reason="needs nginx, varnish"
    ),
]


def fetch(front, path, method="GET", **headers) -> Reply:
    """As tests.frontcache.test_varnish.fetch, with the body as bytes (pictures are not text)."""
    headers = {"Host": "localhost", **headers}
    request = urllib.request.Request(front.url + path, method=method, headers=headers)  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
            return Reply(response.status, response.headers, response.read())
    except urllib.error.HTTPError as error:
        return Reply(error.code, error.headers, error.read())


def compose_vcl(web_port: int, media_port: int) -> str:
    vcl = (DOCKER / "varnish" / "default.vcl").read_text()
    vcl = re.sub(
        r'\.host = "web";\s*\.port = "8000";', f'.host = "127.0.0.1";\n    .port = "{web_port}";', vcl
    )
    vcl = re.sub(
        r'\.host = "media";\s*\.port = "8080";', f'.host = "127.0.0.1";\n    .port = "{media_port}";', vcl
    )
    return vcl.replace('include "portal.vcl";', f'include "{PORTAL_VCL}";')


@pytest.fixture
def media_root():
    root = Path(tempfile.mkdtemp(prefix="bp-media-root-"))
    root.chmod(0o755)
    for folder, name, data in (
        ("images", "photo.fill-100x100.jpg", b"\xff\xd8\xff\xe0JFIF-picture"),
        ("images", "evil.svg", b"<svg onload=alert(1)></svg>"),
        ("images", "page.html", b"<script>alert(1)</script>"),
        ("original_images", "photo.jpg", b"\xff\xd8\xff\xe0original"),
        ("documents", "article-1-en.wav", b"RIFF...."),
    ):
        (root / "media" / folder).mkdir(parents=True, exist_ok=True)
        (root / "media" / folder / name).write_bytes(data)
    for path in root.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    yield root
    shutil.rmtree(root, ignore_errors=True)


def test_pictures_are_served_through_varnish_and_nothing_else_is(live_server, media_root):
    site = factories.build_site()
    factories.make_section(site["en"], "Budapest", slug="budapest")
    with nginx_media((DOCKER / "nginx" / "media.conf").read_text(), media_root) as media_port:
        vcl = compose_vcl(urlsplit(live_server.url).port, media_port)
        with varnish(0, vcl_text=vcl) as front:
            picture = fetch(front, "/media/images/photo.fill-100x100.jpg", Cookie="sessionid=x")
            assert picture.status == 200 and picture.body == b"\xff\xd8\xff\xe0JFIF-picture"
            assert picture.headers["Content-Type"] == "image/jpeg"
            assert picture.headers["X-Content-Type-Options"] == "nosniff"
            assert "max-age=31536000" in picture.headers["Cache-Control"]
            again = fetch(front, "/media/images/photo.fill-100x100.jpg?v=2")
            assert again.cache == "HIT", "one object whatever the cookie or query string"

            for name in ("evil.svg", "page.html"):
                reply = fetch(front, f"/media/images/{name}")
                assert reply.headers["Content-Type"] == "application/octet-stream", name
                assert reply.headers["Content-Disposition"] == "attachment", name
                assert reply.headers["X-Content-Type-Options"] == "nosniff", name

            assert fetch(front, "/media/original_images/photo.jpg").status == 404
            assert fetch(front, "/media/documents/article-1-en.wav").status == 404
            assert fetch(front, "/media/images/photo.fill-100x100.jpg", method="POST").status == 405
            assert fetch(front, "/en/").status == 200, "pages still come from the app"
