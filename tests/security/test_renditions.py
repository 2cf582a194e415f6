"""A reader's request never makes an image rendition (issue 16, finding 10).

A 97 KB PNG of 10,000 x 10,000 pixels cost its first reader 24 s and 1.8 GB: the templates made every
missing rendition inside the request. Now a worker makes the fixed sizes (news.renditions) when a
picture is uploaded and when an article is published; a page that finds one missing is served without
it, queues its generation once, and is purged when the worker has made it.
"""

import re
from pathlib import Path

import pytest
import redis
from celery.signals import task_prerun
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from wagtail.images import get_image_model

from news.renditions.service import ALL_SPECS
from portal import env
from portal.caching import generations
from portal.celery import app
from tests import factories
from tests.security.test_uploads import jpeg
from tests.waiting import wait_for

Rendition = get_image_model().get_rendition_model()
MEDIA_URL = "/media/images/"


@pytest.fixture
def tasks_run():
    names = []

    def record(sender=None, **kwargs):
        names.append(sender.name)

    task_prerun.connect(record, weak=False)
    yield names
    task_prerun.disconnect(record)


def story(section, picture, **fields):
    body = [("image", {"image": picture.pk, "caption": "Tram at dawn", "alt": "A yellow tram"})]
    return factories.make_article(section, "Trams", hero=picture, body=body, **fields)


def reader_pages(client, article) -> dict[str, str]:
    pages = {}
    for url in (article.url, "/en/", article.get_parent().url, "/en/rss/"):
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content.decode()
    return pages


@pytest.mark.django_db
def test_readers_pages_never_make_a_rendition(client, site, sections):
    picture = factories.make_image("Tram", renditions=False)  # its upload's task has not run yet
    article = story(sections["en"], picture)
    pages = reader_pages(client, article)
    assert not Rendition.objects.exists()  # the templates, JSON-LD, OpenGraph and the feed made none
    html = pages[article.url]
    assert "Trams" in html and MEDIA_URL not in html  # the page, without the picture
    assert "Tram at dawn" not in html and "og:image" not in html
    assert '"twitter:card" content="summary"' in html
    assert all(MEDIA_URL not in page for page in pages.values())


@pytest.mark.django_db
def test_what_exists_is_shown_and_the_rest_left_out(client, site, sections):
    picture = factories.make_image("Tram", renditions=False)
    article = story(sections["en"], picture)
    # One hero size only, as if the others were still queued.
    rendition = picture.get_rendition("fill-1600x900-c75")
    html = client.get(article.url).content.decode()
    (hero,) = re.findall(r'<figure class="article__hero">\s*(<img[^>]+>)', html)
    assert f'src="{rendition.url}"' in hero and f'width="{rendition.width}"' in hero and "srcset" not in hero
    meta = dict(re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)">', html))
    assert meta["og:image"].endswith(rendition.url)
    assert (meta["og:image:width"], meta["og:image:height"]) == (str(rendition.width), str(rendition.height))
    assert Rendition.objects.count() == 1


@pytest.mark.django_db
def test_an_upload_makes_the_renditions_in_a_task(
    admin_client, tasks_run, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailimages:add"),
            {"title": "Tram", "file": SimpleUploadedFile("tram.jpg", jpeg((1200, 900))), "credit": "BP"},
        )
    assert response.status_code == 302
    assert "news.renditions_generate" in tasks_run  # after commit, in Celery (eager here)
    picture = get_image_model().objects.get()
    assert sorted(picture.renditions.values_list("filter_spec", flat=True)) == sorted(ALL_SPECS)


@pytest.mark.django_db
def test_publishing_makes_the_renditions_its_page_shows(
    client, site, sections, django_capture_on_commit_callbacks
):
    picture = factories.make_image("Tram", renditions=False)
    article = story(sections["en"], picture, live=False)
    assert not Rendition.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        factories.publish(article)  # the pipeline's follow-up (eager here)
    assert Rendition.objects.filter(image=picture).count() == len(ALL_SPECS)
    html = client.get(article.url).content.decode()
    assert 'srcset="/media/images/' in html and 'alt="A yellow tram"' in html and "Tram at dawn" in html
    assert MEDIA_URL in client.get("/en/").content.decode()


@pytest.mark.django_db
def test_an_editors_preview_makes_what_is_missing(admin_client, site, sections):
    picture = factories.make_image("Tram", renditions=False)
    article = story(sections["en"], picture)
    html = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[article.pk])).content.decode()
    assert 'srcset="/media/images/' in html  # an editor's request, not a reader's: made at once
    assert Rendition.objects.filter(image=picture).exists()


# Through the real broker and a real worker process.


@pytest.fixture
def broker():
    if not env.CELERY_BROKER_URL:
        pytest.skip("CELERY_BROKER_URL is not set; .ci/run always sets it")


@pytest.mark.broker
@pytest.mark.django_db
def test_a_missing_rendition_is_queued_once_per_picture_and_page(client, site, sections, broker):
    picture = factories.make_image("Tram", renditions=False)
    article = story(sections["en"], picture)
    queue = "test-renditions"
    broker_client = redis.Redis.from_url(env.CELERY_BROKER_URL)
    broker_client.delete(queue, *broker_client.keys(f"{queue}*"))
    previous = app.conf.task_always_eager, app.conf.task_default_queue
    app.conf.task_always_eager, app.conf.task_default_queue = False, queue
    try:
        for _ in range(3):
            generations.bump(generations.SITE)  # no rendered copy: the template runs every time
            assert client.get(article.url).status_code == 200
        lists = broker_client.keys(f"{queue}*")
        assert sum(broker_client.llen(name) for name in lists) == 1  # one picture, one page
        assert not Rendition.objects.exists()
    finally:
        app.conf.task_always_eager, app.conf.task_default_queue = previous
        broker_client.delete(*broker_client.keys(f"{queue}*") or [queue])


@pytest.fixture
def shared_media(settings):
    """The worker's media directory (settings/test.py), where the test's uploads must be for it to read."""
    settings.MEDIA_ROOT = str(Path(django_settings.BASE_DIR) / "test-artifacts" / "media")


@pytest.mark.broker
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_makes_them_and_the_page_is_purged(client, shared_media, celery_worker):
    if connection.vendor != "postgresql":
        pytest.skip("worker processes need the test database over the network (PostgreSQL)")
    site = factories.build_site()
    section = factories.make_section(site["en"], "Budapest", slug="budapest")
    picture = factories.make_image("Tram", renditions=False)  # its upload queues the worker's task
    wait_for(lambda: picture.renditions.count() == len(ALL_SPECS), message="renditions made at upload")
    article = story(section, picture)
    assert 'srcset="/media/images/' in client.get(article.url).content.decode()

    # Gone, and the rendered pages with them (as after a deploy whose templates show a new size).
    picture.renditions.all().delete()
    generations.bump(generations.SITE)
    html = client.get(article.url).content.decode()
    assert MEDIA_URL not in html  # served at once, without the picture; the worker is asked
    wait_for(lambda: picture.renditions.count() == len(ALL_SPECS), message="renditions made by the worker")
    # The worker purged the article: its rendered copy (Redis) is dropped and the next reader sees it.
    wait_for(lambda: 'srcset="/media/images/' in client.get(article.url).content.decode(), message="purge")
