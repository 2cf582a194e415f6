"""Random strings thrown at the search page and the suggestions (Hypothesis): never a 500."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import factories

pytestmark = pytest.mark.django_db

# Any Unicode a browser can put in a URL (no lone surrogates), weighted towards the awkward parts:
# control characters, tsquery and FTS5 operators, quotes, markup and emoji.
awkward = st.sampled_from(
    list("\x00\x01\x1f\x7f&|!():*<>-\"'\\%_^~{}[]@#\ue000\ue001") + ["😀", "ő", "\u200b", "<->"]
)
text = st.lists(st.one_of(st.characters(exclude_categories=("Cs",)), awkward), max_size=300).map("".join)
param = st.one_of(text, st.integers(-(10**20), 10**20).map(str), st.dates().map(str))


@pytest.fixture
def corpus(site, sections, indexed):
    indexed(
        lambda: [
            factories.make_article(sections["en"], "Tram strike ends", standfirst="Drivers return."),
            factories.make_article(
                sections["hu"], "Véget ért a villamossztrájk", standfirst="A vezetők visszatértek."
            ),
        ]
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=text, section=param, topic=param, date_from=param, sort=param, page=param)
def test_random_input_never_breaks_search(client, corpus, q, section, topic, date_from, sort, page):
    params = {"q": q, "section": section, "topic": topic, "date_from": date_from, "sort": sort, "page": page}
    for url in ("/en/search/", "/hu/kereses/"):
        assert client.get(url, params).status_code in (200, 400, 404)
        assert client.get(url, {"q": q}).status_code == 200
    for url in ("/en/search/suggest/", "/hu/kereses/javaslatok/"):
        assert client.get(url, {"q": q}).status_code == 200
