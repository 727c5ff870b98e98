"""An anonymous source of several articles is named by its article's headline (sty72).

"expert (001_4d4e7cd0329d1a24)" told a reader nothing: ``claims --by speaker`` and the
map's speakers view now say "expert (Troops leave the Baltic exclave after a…)", or the
outlet and date of an article without a headline, and keep the id only where these do
not tell two articles apart (geomap.claims.run_speakers.article_note).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from typer.testing import CliRunner

from geomap.claims.run_speakers import article_note, speaker_groups
from geomap.cli import _register, app
from geomap.geoparser import Geoparser
from geomap.mapping.sources import sources_payload
from geomap.records import Article, Speaker
from geomap.result import Records
from geomap.run import geoparse_articles, write_outputs
from geomap.settings import Settings
from tests.test_nlp_blank import _nlp

HEADLINE = "Troops leave the Baltic exclave after a week of drills near the border"
SHORT = "Troops leave the Baltic exclave after a week of…"
INFO = {
    "a": {"title": HEADLINE},
    "b": {"outlet": "Wire", "published": "2026-11-02T08:00:00Z"},
    "c": {"outlet": "Wire", "published": "2026-11-02"},
    "d": {},
}


def test_each_article_is_named_by_its_headline_else_outlet_and_date() -> None:
    named = [("officials", "anonymous", a) for a in "abcd"] + [("Anna Berg", "person", "a")]
    groups = speaker_groups(named, INFO)
    assert groups["officials\x00a"] == f"officials ({SHORT})"
    # the same outlet and day twice: the ids keep the two sources apart
    assert groups["officials\x00b"] == "officials (Wire, 2026-11-02, b)"
    assert groups["officials\x00c"] == "officials (Wire, 2026-11-02, c)"
    assert groups["officials\x00d"] == "officials (d)"  # no metadata: the id
    assert groups["Anna Berg"] == "Anna Berg"
    assert len(set(groups.values())) == len(groups)  # a label is one source's key


def test_a_source_of_one_article_keeps_its_name() -> None:
    groups = speaker_groups([("officials", "anonymous", "a"), ("experts", "anonymous", "b")], INFO)
    assert groups == {"officials\x00a": "officials", "experts\x00b": "experts"}


def test_a_note_is_short_and_on_one_line() -> None:
    assert article_note("x", {"title": "Kyiv\n  calm"}) == "Kyiv calm"
    assert len(article_note("x", {"title": "word " * 40})) <= 48
    assert article_note("x", {"title": "   ", "published": "2026-01-05"}) == "2026-01-05"


def test_the_maps_payload_names_the_articles() -> None:
    claims = [{"speaker": "officials", "speaker_kind": "anonymous", "article": a} for a in "abd"]
    sources, total, _ = sources_payload([(0, claims)], {"a": 0, "b": 1, "d": 2}, INFO)
    assert total == 3
    got = {s["name"]: (s["kind"], s["per"]) for s in sources}  # per: [[article, place, n]]
    assert got == {
        f"officials ({SHORT})": ("anonymous", [[0, 0, 1]]),
        "officials (Wire, 2026-11-02)": ("anonymous", [[1, 0, 1]]),
        "officials (d)": ("anonymous", [[2, 0, 1]]),
    }


def test_claims_by_speaker_and_the_map_of_a_saved_run(tmp_path: Path) -> None:
    """One run's outputs: the CLI's table, its JSON, and the map page's sources."""
    gp = Geoparser(Settings(), nlp=_nlp(["Kaliningrad", "Paris"]))
    articles = [
        Article("a", "Officials said troops left Kaliningrad.", "a", {"title": HEADLINE}),
        Article("b", "Officials said rain fell on Paris.", "b", {"outlet": "Wire"}),
    ]
    result = geoparse_articles(articles, geoparser=gp)
    assert result.records is not None
    said = Speaker("Officials", 0, 9, kind="anonymous")  # the blank pipeline finds no source
    kept = result.records
    records = Records(
        kept.articles,
        tuple(replace(m, speaker=said) for m in kept.mentions),
        tuple(replace(c, speaker=said) for c in kept.claims),
    )
    out = tmp_path / "out"
    write_outputs(replace(result, records=records), out)
    _register()
    runner = CliRunner()
    shown = runner.invoke(app, ["claims", str(out), "--by", "speaker"], terminal_width=100)
    assert shown.exit_code == 0, shown.output
    assert f"Officials ({SHORT}): 1 place\n" in shown.output
    assert "Officials (Wire): 1 place\n" in shown.output
    as_json = runner.invoke(app, ["claims", str(out), "--by", "speaker", "--json"]).output
    assert {(r["group"], r["place"]) for r in json.loads(as_json)} == {
        (f"Officials ({SHORT})", "Kaliningrad"),
        ("Officials (Wire)", "Paris"),
    }
    html = (out / "map.html").read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="[^"]+">(.*?)</script>', html, re.S)
    assert m
    names = {s["name"] for s in json.loads(m.group(1))["sources"]}
    assert names == {f"Officials ({SHORT})", "Officials (Wire)"}
