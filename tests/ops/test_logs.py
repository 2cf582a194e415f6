"""Structured logs: one JSON object per line, with request context and exceptions."""

import json
import logging
import sys

from django.test import RequestFactory

from portal.logs import JSONFormatter


def test_a_record_is_one_json_object_with_its_context():
    request = RequestFactory().get("/en/some/path/")
    try:
        raise ValueError("boom")
    except ValueError:
        exc_info = sys.exc_info()
    record = logging.getLogger("portal.test").makeRecord(
        "portal.test",
        logging.ERROR,
        __file__,
        1,
        "failed for %s",
        ("Ödön",),
        exc_info,
        extra={"request": request, "status_code": 500, "task_id": "abc"},
    )
    line = JSONFormatter().format(record)
    assert "\n" not in line  # the traceback too stays on one line
    entry = json.loads(line)
    assert entry["level"] == "ERROR" and entry["logger"] == "portal.test"
    assert entry["message"] == "failed for Ödön"
    assert entry["method"] == "GET" and entry["path"] == "/en/some/path/" and entry["status"] == 500
    assert entry["task_id"] == "abc"
    assert "ValueError: boom" in entry["exception"]
