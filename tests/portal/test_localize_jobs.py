"""wagtail-localize's background jobs go through Celery: eagerly here, and through a real worker."""

import time

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.urls import reverse
from wagtail.models import Locale

from news.models import ArticlePage
from portal.localize_jobs import CeleryJobBackend, decode, encode
from tests import factories


def test_models_travel_as_labels_and_come_back(site):
    hu = site["locales"]["hu"]
    payload = encode([hu, Locale.objects.filter(pk=hu.pk), {"page": site["en"]}, 3, "x", object()])
    assert payload[0] == {"__model__": "wagtailcore.Locale", "pk": hu.pk}
    assert payload[-1] is None  # unpicklable helpers are dropped, not sent
    restored = decode(payload)
    assert restored[0] == hu and restored[1] == [hu] and restored[2]["page"].pk == site["en"].pk


def test_backend_is_configured():
    from wagtail_localize.tasks import background

    assert isinstance(background, CeleryJobBackend)


def test_refuses_to_run_foreign_callables():
    from portal.tasks import run_localize_job

    with pytest.raises(ValueError, match="only wagtail-localize jobs"):
        run_localize_job.run("os.system", ["true"], {})


def _submit_subtree(client, section, locale):
    url = reverse("wagtail_localize:submit_page_translation", args=[section.pk])
    return client.post(url, {"locales": [locale.pk], "include_subtree": "on"})


def _editor(django_user_model):
    user = django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_subtree_translation_runs_as_a_job(
    client, site, django_user_model, django_capture_on_commit_callbacks
):
    hu = site["locales"]["hu"]
    section = factories.make_section(site["en"], "Culture", slug="culture")
    for n in range(3):
        factories.make_article(section, f"Concert {n}")
    client.force_login(_editor(django_user_model))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert _submit_subtree(client, section, hu).status_code == 302
    assert callbacks, "the subtree job is queued after commit"
    assert ArticlePage.objects.filter(locale=hu).count() == 3
    assert not ArticlePage.objects.filter(locale=hu, live=True).exists()  # drafts until translated


@pytest.mark.broker
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_subtree_translation_through_a_real_worker(client, django_user_model, celery_worker):
    if connection.vendor != "postgresql":
        pytest.skip("the worker process needs a shared database (PostgreSQL)")
    site = factories.build_site()
    hu = site["locales"]["hu"]
    section = factories.make_section(site["en"], "Culture", slug="culture")
    for n in range(3):
        factories.make_article(section, f"Concert {n}")
    client.force_login(_editor(django_user_model))
    assert _submit_subtree(client, section, hu).status_code == 302

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and ArticlePage.objects.filter(locale=hu).count() < 3:
        time.sleep(0.5)
    assert ArticlePage.objects.filter(locale=hu).count() == 3
