"""Spreadsheets the admin exports never hand a formula to Excel or LibreOffice (CSV injection).

Every CSV and XLSX export of the admin is Wagtail's `SpreadsheetExportMixin`: readers' form submissions,
the reports (site history, locked and aging pages, workflows, search terms, translations), and the
listings of snippets (newsletter subscribers, authors, topics), images, documents, users and the rest.
Their cells carry text that readers and editors wrote. A cell starting with = + - @ (or a tab or a
carriage return, which spreadsheets skip before looking) is run as a formula when the file is opened:
`=HYPERLINK(...)` leaks the sheet, `=cmd|'...'!A0` asked Excel to run a program. As OWASP recommends,
such a cell gets a leading single quote, which shows the text as typed.

Wagtail has no setting for it, and its reports are registered by Wagtail itself, so `install()` wraps
the mixin's two methods that produce cell text (values and headings) once, at start-up
(portal.apps). Numbers, dates and empty cells are left as they are; only text is escaped.
"""

from functools import wraps

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value):
    """Text that a spreadsheet would read as a formula, prefixed with a single quote; anything else as is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def install() -> None:
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_formulas_escaped", False):
        return

    preprocess, heading = SpreadsheetExportMixin.preprocess_field_value, SpreadsheetExportMixin.get_heading

    @wraps(preprocess)
    def preprocess_field_value(self, field, value, export_format):
        return escape_cell(preprocess(self, field, value, export_format))

    @wraps(heading)
    def get_heading(self, queryset, field):
        return escape_cell(heading(self, queryset, field))

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.get_heading = get_heading
    SpreadsheetExportMixin._formulas_escaped = True
