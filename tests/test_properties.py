"""Property-based tests: any Unicode text goes through the real pipeline and the map.

Random text mixed with template syntax, markup, control characters, lone
surrogates, bidirectional and zero-width marks never crashes a run; every
mention indexes its article exactly; the map of such text keeps it as data.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from map_fixtures import map_payload

from geomap.geoparser import Geoparser
from geomap.io.readers import read_inputs
from geomap.model_text import shown
from geomap.records import Article
from geomap.result import Result
from geomap.run import geoparse_articles
from geomap.settings import Settings
from geomap.text import flatten

pytestmark = pytest.mark.model

FRAGMENTS = [
    "{{7*7}}", "{{citation needed}}", "{% raw %}", "{# x #}", "{%", "}}", "${alert(1)}",
    "</script>", "<img src=x onerror=window.__pwned=1>", "<!--", "]]>", "&amp;", "&#322;",
    "\u202e", "\u2066", "\u200b", "\u200f", "\ufeff", "\x1b[31m", "\x07", "\x00", "\x85",
    "\ud800", "\udfff", "\u2028", "\r\n", "\n\n", "\t", "🇺🇦", "é", "e\u0301",
    "Warsaw", "Poland", "Kyiv", "the Baltic states", "Kaliningrad", "Crimea", " in ", " said ",
    ". ", ", ", '"', "“", "«", "U.S.", "St. Petersburg", "Mr.", "-", "—",
]  # fmt: skip

article_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), min_size=1, max_size=40
).map("".join)


def _read_back(texts: list[str], tmp_path: Path) -> list[Article]:
    """Write the texts as a JSONL corpus (surrogates escaped) and read them as geomap does."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "\n".join(json.dumps({"id": f"a{i}\ud800", "text": t}) for i, t in enumerate(texts)),
        encoding="ascii",
    )
    return [a for a in read_inputs([corpus]) if isinstance(a, Article)]


_GP: list[Geoparser] = []


def _geoparser() -> Geoparser:
    """One geoparser for every example (its pipelines load once)."""
    if not _GP:
        _GP.append(Geoparser(Settings()))
    return _GP[0]


def _check_offsets(result: Result) -> None:
    texts = {a.article_id: a.text for a in result.records.articles}
    for m in result.records.mentions:
        text = texts[m.article_id]
        assert text[m.start : m.end] == m.text
        # the sentence is the article's slice shown on one line (model_text.shown)
        sentence = text[m.sentence_start : m.sentence_start + len(m.sentence)]
        assert shown(sentence) == m.sentence
        assert m.sentence_start <= m.start and m.end <= m.sentence_start + len(m.sentence)
        if m.speaker is not None:  # a clean name, taken from the span its offsets give
            said = flatten(text[m.speaker.start : m.speaker.end])
            assert m.speaker.text and all(w in said for w in m.speaker.text.split())


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(article_text, min_size=1, max_size=3))
def test_any_text_geoparses_with_exact_offsets(texts: list[str], tmp_path: Path) -> None:
    articles = _read_back(texts, tmp_path)
    result = geoparse_articles(articles, geoparser=_geoparser())
    assert result.failed == ()
    _check_offsets(result)
    for article in result.records.articles:
        article.text.encode("utf-8")  # no lone surrogate survives reading
        article.article_id.encode("utf-8")


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(article_text, min_size=1, max_size=3), title=article_text)
def test_any_text_makes_a_map_that_keeps_it_as_data(
    texts: list[str], title: str, tmp_path: Path
) -> None:
    from geomap.run import write_outputs
    from geomap.sanitize import plain_line

    articles = _read_back([f"Troops left Warsaw for Kyiv. {t}" for t in texts], tmp_path)
    result = geoparse_articles(articles, geoparser=_geoparser())
    title = title.encode("utf-8", "replace").decode("utf-8")
    out = tmp_path / "out"
    paths = write_outputs(result, out, title=title)
    blob = _payload(paths["map"])
    assert blob["title"] == (plain_line(title) or "geomap")  # controls as spaces (--title)
    assert set(blob["articles"]) == {a.article_id for a in articles}
    # claims are [article index, [[sentence, marks, speaker, role], ...]] (docs/map.md)
    sentences = {c["sentence"] for p in blob["places"] for g in p["claims"] for c in g["items"]}
    assert any(s.startswith("Troops left Warsaw for Kyiv.") for s in sentences)


def _payload(path: Path) -> dict[str, Any]:
    return map_payload(path.read_text(encoding="utf-8"))


@pytest.mark.browser
@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(article_text, min_size=2, max_size=4))
def test_map_of_random_hostile_text_loads_and_runs_nothing(
    texts: list[str], tmp_path_factory: pytest.TempPathFactory, browser: Any
) -> None:
    from geomap.mapping.browser import offline_page
    from geomap.run import write_outputs

    tmp = tmp_path_factory.mktemp("prop")
    articles = _read_back([f"Officials in Poland said {t} in Warsaw." for t in texts], tmp)
    result = geoparse_articles(articles, geoparser=_geoparser())
    paths = write_outputs(result, tmp / "out", title=texts[0])
    with offline_page(paths["map"], browser=browser) as state:
        page = state.page
        page.locator("path.geomap-marker").first.wait_for()
        page.locator("#geomap-table tbody tr").first.click()
        page.locator(".leaflet-popup-content .geomap-popup").wait_for()
        assert page.evaluate("() => window.__pwned === undefined")
        assert page.locator("img[src='x']").count() == 0
        assert state.dialogs == [] and state.blocked == [] and state.console_errors == []
