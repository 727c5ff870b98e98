"""``geomap claims --by outlet``: which places each outlet claims most about (user64).

The tester had to count ``claims --csv`` in pandas, and copies counted at every copy.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from geomap.claims.tally import tally_claims, tally_records, tally_text
from geomap.cli import _register, app
from geomap.geoparser import Geoparser
from geomap.records import Article, Claim, Place, Speaker
from geomap.run import geoparse_articles, write_outputs
from geomap.settings import Settings
from tests.test_nlp_blank import _nlp


def _place(pid: str, name: str) -> Place:
    return Place(pid, name, "city", "UA", None, 1000, 30.0, 50.0, "test")


def _claim(pid: str, article: str, speaker: str | None = None) -> Claim:
    said = Speaker(speaker, 0, len(speaker)) if speaker else None
    return Claim(pid, article, "A sentence.", 0, 11, said)


def test_claims_are_counted_by_outlet_and_place_copies_apart() -> None:
    places = {"1": _place("1", "Kyiv"), "2": _place("2", "Lviv")}
    info = {
        "a": {"outlet": "Wire"},
        "b": {"outlet": "Daily", "copy_of": "a"},
        "c": {"outlet": "Daily"},
        "d": {},
    }
    claims = [
        _claim("1", "a"), _claim("1", "a"), _claim("2", "a"),
        _claim("1", "b"), _claim("1", "c"), _claim("2", "c"), _claim("2", "c"),
        _claim("2", "d", "=cmd"),
    ]  # fmt: skip
    rows = tally_claims(claims, places, info, "outlet")
    got = [(r.group, r.place, r.claims, r.articles, r.original_articles) for r in rows]
    assert got == [
        # Daily has two articles: first; in it most claims, then most articles, first
        ("Daily", "Kyiv", 2, 2, 1),  # b is a copy: one of its two articles is its own
        ("Daily", "Lviv", 2, 1, 1),
        ("Wire", "Kyiv", 2, 1, 1),
        ("Wire", "Lviv", 1, 1, 1),
        ("(outlet not given)", "Lviv", 1, 1, 1),
    ]
    by_speaker = tally_claims(claims, places, info, "speaker")
    assert {r.group for r in by_speaker} == {"(no source named)", "=cmd"}
    text = tally_text(rows, "outlet", 1)
    assert text.splitlines()[:3] == [
        "Daily: 2 places",
        "  claims  articles  own  place",
        "       2         2    1  Kyiv",
    ]
    assert "  ... 1 more (--top N shows more)" in text


def test_claims_by_outlet_on_a_saved_run(tmp_path: Path) -> None:
    gp = Geoparser(Settings(), nlp=_nlp(["Kaliningrad", "Paris"]))
    articles = [
        Article("a", "Troops left Kaliningrad. Kaliningrad was calm.", "a", {"outlet": "Wire"}),
        Article("b", "Rain fell on Paris and Kaliningrad.", "b", {"outlet": "=Daily"}),
    ]
    out = tmp_path / "out"
    write_outputs(geoparse_articles(articles, geoparser=gp), out)
    _register()
    runner = CliRunner()
    shown = runner.invoke(app, ["claims", str(out), "--by", "outlet"], terminal_width=80)
    assert shown.exit_code == 0, shown.output
    assert shown.output.startswith("=Daily: 2 places\n") and "Wire: 1 place\n" in shown.output
    as_csv = runner.invoke(app, ["claims", str(out), "--by", "outlet", "--csv"])
    rows = list(csv.DictReader(io.StringIO(as_csv.output)))
    assert rows[0]["group"] == "'=Daily"  # a formula-like name stays text in a spreadsheet
    assert {(r["place"], r["claims"]) for r in rows if r["group"] == "Wire"} == {
        ("Kaliningrad", "2")
    }
    as_json = json.loads(
        runner.invoke(app, ["claims", str(out), "--by", "outlet", "--json"]).output
    )
    assert as_json[0]["group"] == "=Daily" and set(as_json[0]) >= {"original_articles", "place_id"}
    bad = runner.invoke(app, ["claims", str(out), "--by", "date"])
    assert bad.exit_code == 2 and "give one of outlet, speaker, language" in bad.output


def test_two_places_of_one_name_are_told_apart_by_kind_and_country() -> None:
    """A city and its province share a name ("Kherson"): the table says which is which."""
    city = Place("10", "Kherson", "city", "UA", None, 0, 32.6, 46.6, "test")
    oblast = Place("11", "Kherson", "admin1", "UA", None, 0, 33.5, 46.6, "test")
    claims = [_claim("10", "a1"), _claim("11", "a1"), _claim("11", "a2")]
    rows = tally_claims(claims, {"10": city, "11": oblast}, {}, "outlet")
    text = tally_text(rows, "outlet", 10)
    assert "Kherson (admin1, UA)" in text and "Kherson (city, UA)" in text
    assert {(r["place"], r["kind"], r["country"]) for r in tally_records(rows)} == {
        ("Kherson", "city", "UA"),
        ("Kherson", "admin1", "UA"),
    }
