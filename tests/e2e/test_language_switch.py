"""A reader in a real browser switches language from the English front page."""

import pytest

# Real commits (the live server runs in another thread); migration data (root page, locales,
# groups) is restored after each test's flush.
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def tree():
    from tests import factories

    return factories.build_site()


def test_switcher_takes_reader_to_hungarian_and_remembers(live_server, browser, tree):
    page = browser.new_page(locale="en-GB")
    page.goto(f"{live_server.url}/")
    assert page.url == f"{live_server.url}/en/"
    assert page.locator("html").get_attribute("lang") == "en"

    page.get_by_role("link", name="Magyar").click()
    page.wait_for_url(f"{live_server.url}/hu/")
    assert page.locator("html").get_attribute("lang") == "hu"
    assert page.get_by_text("Budapesti, európai és világhírek").is_visible()
    assert page.get_by_role("link", name="Ugrás a tartalomra").count() == 1

    # The choice is remembered: "/" now sends this reader to Hungarian despite an English browser.
    page.goto(f"{live_server.url}/")
    assert page.url == f"{live_server.url}/hu/"
