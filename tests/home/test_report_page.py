"""The report-an-inaccuracy / contact form: one per language, linked from every article, stored,
mailed to the editors, and closed to bots (honeypot) and floods (rate limit per address)."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.test.utils import WagtailPageTestCase

from home.demo.loader import REPORT_ADDRESS, REPORT_PAGE, DemoLoader
from home.models import HomePage, ReportPage
from tests import factories

pytestmark = pytest.mark.django_db


def report_page(home, language: str) -> ReportPage:
    """The demo's report page of `language` (home.demo.loader), fields and all."""
    loader = DemoLoader(create_admin=False, log=lambda *_: None)
    loader.locales = factories.locales()
    page = ReportPage(
        locale=home.locale, to_address=REPORT_ADDRESS, from_address=REPORT_ADDRESS, **REPORT_PAGE[language]
    )
    page.form_fields = loader._report_fields(language)
    home.add_child(instance=page)
    return factories.publish(page)


@pytest.fixture
def demo(site, sections):
    tram_en = factories.make_article(sections["en"], "New tram line opens", standfirst="Twelve stops.")
    tram_hu = factories.translate(tram_en, site["locales"]["hu"], title="Átadták az új villamosvonalat")
    return {
        "tram_en": tram_en,
        "tram_hu": tram_hu,
        "form_en": report_page(site["en"], "en"),
        "form_hu": report_page(site["hu"], "hu"),
    }


class TestTreeRules(WagtailPageTestCase):
    def test_report_page_lives_under_a_home_page_only(self):
        self.assertAllowedParentPageTypes(ReportPage, {HomePage})
        self.assertAllowedSubpageTypes(ReportPage, {})


def test_every_article_links_to_the_form_of_its_language(client, demo):
    html = client.get(demo["tram_hu"].url).content.decode()
    assert f'href="/hu/kapcsolat/?article={demo["tram_hu"].pk}"' in html
    assert 'href="/hu/kapcsolat/"' in html  # and the footer, on every page
    assert (
        f'href="/en/contact/?article={demo["tram_en"].pk}"'
        in client.get(demo["tram_en"].url).content.decode()
    )


def test_the_article_is_prefilled_and_the_report_stored_and_mailed(
    client, demo, django_capture_on_commit_callbacks
):
    tram, form = demo["tram_hu"], demo["form_hu"]
    page = client.get(f"{form.url}?article={tram.pk}").content.decode()
    assert "Erről a cikkről ír:" in page and tram.title in page
    assert f'name="article" value="{tram.get_full_url()}"' in page

    # The mail leaves from a Celery task after commit (eager here).
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{form.url}?article={tram.pk}",
            {
                "article": tram.get_full_url(),
                "message": "Nem 12, hanem 13 megálló van.",
                "name": "Olvasó",
                "website": "",
            },
            REMOTE_ADDR="198.51.100.7",
        )
    assert response.status_code == 200
    assert "Minden jelzést elolvas egy szerkesztő." in response.content.decode()
    (submission,) = FormSubmission.objects.filter(page=form)
    data = submission.get_data()
    assert data["article"] == tram.get_full_url() and data["message"] == "Nem 12, hanem 13 megálló van."
    assert "website" not in data
    (message,) = mail.outbox
    assert message.to == ["corrections@budapestpost.example"] and message.subject == "Olvasói jelzés"
    assert "Nem 12, hanem 13 megálló van." in message.body and tram.get_full_url() in message.body


def test_a_filled_honeypot_looks_like_success_and_keeps_nothing(client, demo):
    response = client.post(demo["form_en"].url, {"message": "Buy now", "website": "http://spam.example"})
    assert response.status_code == 200 and "An editor reads every report." in response.content.decode()
    assert not FormSubmission.objects.exists() and not mail.outbox


def test_missing_message_is_a_400_with_the_message_in_the_readers_language(client, demo):
    response = client.post(demo["form_hu"].url, {"message": "", "name": "X"})
    assert response.status_code == 400
    assert "Kérjük, javítsa a következőket:" in response.content.decode()
    assert not FormSubmission.objects.exists()


def test_rate_limit_per_address(client, demo):
    form = demo["form_en"]
    for n in range(ReportPage.RATE_LIMIT):
        assert client.post(form.url, {"message": f"Report {n}"}, REMOTE_ADDR="203.0.113.9").status_code == 200
    refused = client.post(form.url, {"message": "One too many"}, REMOTE_ADDR="203.0.113.9")
    assert refused.status_code == 429
    assert "several reports in a short time" in refused.content.decode()
    # A forged X-Forwarded-For does not buy another allowance; another address still gets through.
    forged = client.post(
        form.url, {"message": "Forged"}, REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="192.0.2.1"
    )
    assert forged.status_code == 429
    assert client.post(form.url, {"message": "Someone else"}, REMOTE_ADDR="203.0.113.10").status_code == 200
    assert FormSubmission.objects.count() == ReportPage.RATE_LIMIT + 1


@pytest.mark.parametrize("article", ["abc", "-1", "99999999", "1e3", "%00"])
def test_a_bad_article_parameter_is_ignored(client, demo, article):
    response = client.get(demo["form_en"].url, {"article": article})
    assert response.status_code == 200 and "You are writing about:" not in response.content.decode()


def test_an_article_of_the_other_language_is_not_prefilled(client, demo):
    response = client.get(demo["form_en"].url, {"article": demo["tram_hu"].pk})
    assert "You are writing about:" not in response.content.decode()


def test_submissions_show_in_the_admin(client, demo, django_user_model):
    client.post(demo["form_en"].url, {"message": "Typo in the headline"})
    admin = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(admin)
    listing = client.get(reverse("wagtailforms:list_submissions", args=[demo["form_en"].pk]))
    assert listing.status_code == 200 and "Typo in the headline" in listing.content.decode()
