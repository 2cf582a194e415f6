"""The public site runs under its Content Security Policy in a real browser without a single violation:
no inline script or style anywhere a reader goes, in either language."""

import pytest

from tests import factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_reader_pages_raise_no_csp_violation(live_server, browser, embed):
    site = factories.build_site()
    section = factories.make_section(site["hu"], "Budapest", slug="budapest")
    article = factories.make_article(
        section,
        "Új villamos a körúton",
        hero=factories.make_image("Villamos"),
        body=[factories.paragraph("Ma indul az új villamos."), ("embed", embed.url)],
    )
    page = browser.new_page()
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("pageerror", lambda e: violations.append(str(e)))
    for path in (article.url, "/hu/", section.url, "/hu/kereses/?q=villamos", "/hu/hirlevel/", "/en/"):
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    # The search box's suggestions are fetched by site.js: allowed by connect-src 'self'.
    page.goto(live_server.url + "/hu/")
    page.get_by_role("combobox").first.fill("vill")
    page.wait_for_timeout(500)
    assert not violations, violations


def test_the_admin_is_exempt(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response.headers
