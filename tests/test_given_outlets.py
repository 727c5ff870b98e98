"""An article naming no outlet: its wire dateline's agency, else ``--outlet`` (inp66).

A folder of text files and e-mails named no outlet, so ``geomap claims --by outlet``
put every place under "(outlet not given)"; a wire story's "LIMA, Peru (AP) —" was
not read as its outlet.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from geomap.io.given_outlets import as_given, wire_dateline, with_dateline_outlet, with_outlet
from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus, Mention
from geomap.result import Result

LIMA = "LIMA, Peru (AP) — Protesters blocked roads."


def _article(text: str, **meta: str) -> Article:
    return Article("a", text, source="a.txt", metadata=meta)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("LIMA, Peru (AP) — Protesters blocked roads in Cusco.", "AP"),
        ("Headline here\n\nBy Anna Berg\n\nNAIROBI (Reuters) - Police said.", "Reuters"),
        ("KYIV, Dec 3 (Nordic Wire) — Shelling hit the city.", "Nordic Wire"),
        ("BERLIN (dpa) - Die Regierung sagte.", "dpa"),
    ],
)
def test_a_wire_datelines_agency(text: str, agency: str) -> None:
    found = wire_dateline(text)
    assert found is not None and found.agency == agency
    assert text[found.start : found.end] == agency


@pytest.mark.parametrize(
    "text",
    [
        "Protesters (mostly students) - and police clashed in Lima.",
        "Police said (on Tuesday) — that Lima was calm.",
        "One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nLIMA (AP) — too far down the story.",
    ],
)
def test_no_dateline_no_agency(text: str) -> None:
    assert wire_dateline(text) is None


def test_the_dateline_gives_the_outlet_with_a_note_saying_so() -> None:
    got = with_dateline_outlet(with_outlet(_article(LIMA), "Daily Planet"), [])
    assert got.metadata["outlet"] == "AP"
    assert got.notes == ("a.txt: outlet 'AP' from the wire dateline 'LIMA, Peru (AP) —'",)


def test_an_articles_own_outlet_wins_over_dateline_and_given() -> None:
    own = _article(LIMA, outlet="El Comercio")
    assert with_dateline_outlet(with_outlet(own, "Daily Planet"), []) is own


def test_an_outlet_read_from_the_address_alone_gives_way_to_the_dateline(tmp_path: Path) -> None:
    """user71a B7: a record with outlet null and a url got the host as its outlet, apart
    from the outlet its dateline and its other articles name."""
    rows = tmp_path / "a.jsonl"
    record = {
        "id": "a1",
        "text": "GAZA CITY, Gaza (Levant Monitor) - Schools stayed shut.",
        "outlet": None,
        "url": "https://levantmonitor.example/12",
    }
    rows.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (read,) = [a for a in read_inputs([rows]) if isinstance(a, Article)]
    assert read.metadata["outlet"] == "levantmonitor.example"  # as read: the host
    got = with_dateline_outlet(read, [])
    assert got.metadata["outlet"] == "Levant Monitor"
    assert any("from the wire dateline" in n for n in got.notes)
    # a host the record names as its outlet is its own, as any outlet it names
    own = _article(LIMA, outlet="reuters.com", url="https://apnews.com/x")
    assert with_dateline_outlet(own, []) is own


def test_a_place_filling_the_brackets_is_no_outlet() -> None:
    text = "LVIV (Ukraine) — Shelling hit the city."
    ukraine = Mention("a", 6, 13, "Ukraine", text, 0, None, 0.9)
    read = with_outlet(_article(text), "Daily Planet")
    assert with_dateline_outlet(read, [ukraine]).metadata["outlet"] == "Daily Planet"
    assert with_dateline_outlet(read, []).metadata["outlet"] == "Ukraine"  # no such mention


def test_the_given_outlet_fills_only_articles_naming_none(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Floods hit Valencia on Monday.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\noutlet: El País\n---\nFloods hit Valencia.\n")
    a, b = as_given(read_inputs([tmp_path]), "Daily Planet")
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.metadata["outlet"] == "Daily Planet"
    assert any("given (--outlet)" in n for n in a.notes)
    assert b.metadata["outlet"] == "El País"
    (plain,) = as_given(read_inputs([tmp_path / "a.txt"]))
    assert isinstance(plain, Article) and "outlet" not in plain.metadata


def test_map_and_the_api_give_the_outlet_to_the_articles_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import geomap.api
    import geomap.run
    from geomap.cli.options import run_settings

    (tmp_path / "a.txt").write_text("Floods hit Valencia on Monday.\n", encoding="utf-8")
    seen: list[Any] = []
    monkeypatch.setattr(geomap.run, "geoparse_articles", lambda items, **kw: seen.extend(items))

    def keep(items: Any, **kw: Any) -> Result:
        seen.extend(items)
        assert kw["settings"].language == "fr" and kw["settings"].outlet == "Evening Star"
        return Result((InputStatus("a.txt", "a", "ok"),), kw["settings"])

    monkeypatch.setattr(geomap.api, "geoparse_articles", keep)
    settings = run_settings(outlet="  Daily   Planet ")
    assert settings.outlet == "Daily Planet"
    geomap.run.geoparse_inputs([tmp_path], settings=settings)
    geomap.api.geoparse(str(tmp_path), outlet="Evening Star", language="fr")
    assert [a.metadata["outlet"] for a in seen] == ["Daily Planet", "Evening Star"]


def test_map_has_the_outlet_option() -> None:
    from typer.testing import CliRunner

    from geomap.cli import _register, app

    _register()
    shown = CliRunner().invoke(app, ["map", "--help"], terminal_width=200)
    assert "--outlet NAME" in shown.output
