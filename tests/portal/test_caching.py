"""The caching room: the django-redis client during an outage, and the key registry."""

import pytest
from django.core.cache import cache
from django.test import override_settings

from portal.caching import keys

NOWHERE = {
    "default": {
        "BACKEND": "portal.caching.backend.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens: connections are refused
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5},
    }
}


def test_an_outage_reads_as_a_miss_drops_writes_and_lets_work_be_claimed():
    with override_settings(CACHES=NOWHERE):
        from django.core.cache import caches

        down = caches["default"]
        assert down.get("anything", "default") == "default"
        down.set("anything", 1)  # dropped, not raised
        assert down.get_many(["a", "b"]) == {}
        assert down.add("claim", 1) is True  # doing the work twice is the safe side
        assert down.available() is False


def test_memo_computes_once_and_forget_drops_it():
    calls = []

    def compute():
        calls.append(1)
        return None  # None is a value too: a language without branding is not asked again

    assert keys.memo(keys.BRANDING, compute, language="hu") is None
    assert keys.memo(keys.BRANDING, compute, language="hu") is None
    assert len(calls) == 1
    keys.forget((keys.BRANDING, {"language": "hu"}))
    keys.memo(keys.BRANDING, compute, language="hu")
    assert len(calls) == 2


def test_every_key_is_declared_once_with_what_drops_it():
    templates = [entry.template for entry in keys.REGISTRY.values()]
    assert len(templates) == len(set(templates))
    prefixes = [template.split("{")[0] for template in templates]
    assert len(prefixes) == len(set(prefixes)), "two entries could produce the same key"
    assert all(entry.dropped_by for entry in keys.REGISTRY.values())


@pytest.mark.parametrize("name", ["BRANDING", "NAV", "REPORT_PAGE", "LOCALE_CODES"])
def test_keys_shown_on_every_page_are_dropped_by_a_site_change(db, name):
    from news.pipeline import caches

    entry = keys.REGISTRY[name]
    params = {"language": "en"} if "{language}" in entry.template else {}
    cache.set(entry.key(**params), "stale", 600)
    caches.everything_changed()
    assert cache.get(entry.key(**params)) is None
