"""The map's sources view counts every claim of the run, not the popups' first ones (user58)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from test_runstore import KYIV

from geomap.io.base import Finished, WriteOptions
from geomap.io.map_html import MAP_CLAIMS, MapHTML
from geomap.mapping.sources import MAX_SOURCES, sources_payload
from geomap.records import ArticleResult, Claim, InputStatus, Mention, Speaker
from geomap.result import Result
from geomap.runstore import RunStore
from geomap.settings import Settings


def _said(aid: str, who: str) -> ArticleResult:
    sentence = f"{who} said Kyiv was calm."
    start = sentence.index("Kyiv")
    speaker = Speaker(who, 0, len(who), kind="person", entity=who)
    mention = Mention(aid, start, start + 4, "Kyiv", sentence, 0, KYIV, 0.9, speaker=speaker)
    end = len(sentence)
    claim = Claim(KYIV.place_id, aid, sentence, 0, end, speaker, "literal", start, start + 4)
    status = InputStatus(f"{aid}.txt", aid, "ok", None, 1, 1)
    return ArticleResult(status, (mention,), (claim,), {"title": f"About {aid}"})


def test_a_streamed_runs_map_counts_every_claim_of_a_source(tmp_path: Path) -> None:
    """The popups carry MAP_CLAIMS claims a place; the sources panel counts them all."""
    many = MAP_CLAIMS + 5
    with RunStore() as store:
        for n in range(many):
            store.add(_said(f"a{n}", "Ihor Terekhov"))
        store.add(_said("b", "Oleh Syniehubov"))
        result = Result(statuses=(), settings=Settings(), timings={})
        MapHTML(tmp_path / "map.html", WriteOptions()).finish(
            Finished(result, store, None, {"map": "map.html"})
        )
    html = (tmp_path / "map.html").read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="[^"]+">(.*?)</script>', html, re.S)
    assert m
    payload = json.loads(m.group(1))
    (kyiv,) = payload["places"]
    assert sum(len(g["items"]) for g in kyiv["claims"]) == MAP_CLAIMS  # the popup's share
    counts = {s["name"]: s["n"] for s in payload["sources"]}
    assert counts == {"Ihor Terekhov": many, "Oleh Syniehubov": 1}
    terekhov = payload["sources"][0]
    # per (article, place): what the panel counts again under the article filters
    assert sorted(a for a, _, _ in terekhov["per"]) == list(range(many))
    assert {(p, n) for _, p, n in terekhov["per"]} == {(0, 1)}
    assert payload["sources_total"] == 2


def test_the_payload_says_how_many_sources_it_left_out() -> None:
    claims = [{"speaker": f"Speaker {i}", "article": "a"} for i in range(MAX_SOURCES + 3)]
    sources, total, _ = sources_payload([(0, claims)], {"a": 0})
    assert len(sources) == MAX_SOURCES and total == MAX_SOURCES + 3
    assert sources[0]["per"] == [[0, 0, 1]]


def test_the_payload_counts_the_sources_that_are_one_per_article() -> None:
    # user73a B6: "Speakers (1152)" beside 35 speaker_entity values in claims.csv: an
    # anonymous source is one per article, a named one one across the run
    claims = [
        {"speaker": "officials", "speaker_kind": "anonymous", "article": a} for a in "abc"
    ] + [{"speaker": "Anna Berg", "speaker_kind": "person", "article": a} for a in "ab"]
    sources, total, each = sources_payload([(0, claims)], {"a": 0, "b": 1, "c": 2})
    assert (total, each) == (4, 3) and len({s["name"] for s in sources}) == 4
