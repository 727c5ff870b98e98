"""Text that looks like a template is data: it never runs, never breaks the map."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from map_fixtures import (
    basemap_frame,
    comparison,
    map_payload,
    mentions_frame,
    places_frame,
    shape_of,
)
from typer.testing import CliRunner

from geomap.mapping import build_map, write_map
from geomap.mapping.offline import OfflineMap
from geomap.mapping.safe import SafeRender

#: Would create a file when compiled as a Jinja template (the reported exploit).
RCE = "{{ cycler.__init__.__globals__.os.system('touch {marker}') }}"
TEMPLATE_TEXTS = (
    "{{7*7}}",
    "{{citation needed}}",
    "{% raw %}",
    "{# x #}",
    "{% for x in y %}",
    "{{ '\\u003c/script\\u003e\\u003cimg src=x onerror=window.__pwned=1\\u003e' }}",
)


def _hostile_frames(text: str) -> tuple[object, object]:
    places = places_frame()
    mentions = mentions_frame()
    # the text goes into every text field the map shows: ids, names, sentences, speakers
    places.loc[0, "name"] = f"Poland {text}"
    claims = list(places.loc[0, "claims"])
    claims[0] = {
        **claims[0],
        "sentence": f"Said {text} in Poland.",
        "speaker": text,
        "speaker_role": f"role {text}",
        "verb": f"verb {text}",
    }
    places.at[0, "claims"] = claims
    places.at[0, "articles"] = [f"id{text}", *list(places.loc[0, "articles"])[1:]]
    mentions.loc[0, "article"] = f"id{text}"
    return places, mentions


@pytest.mark.parametrize("text", TEMPLATE_TEXTS)
def test_template_syntax_in_every_field_is_shown_literally(text: str, tmp_path: Path) -> None:
    places, mentions = _hostile_frames(text)
    path = write_map(
        places,
        mentions,
        tmp_path / "map.html",
        basemap=basemap_frame(),
        shape_of=shape_of,
        title=f"title {text}",
        comparison=comparison(),
    )
    html = path.read_text(encoding="utf-8")
    data = map_payload(html)
    assert data["title"] == f"title {text}"
    assert f"id{text}" in data["articles"]
    assert any(p["name"] == f"Poland {text}" for p in data["places"])
    if text == "{{7*7}}":
        assert "id49" not in html and "title 49" not in html


def test_template_code_in_article_data_does_not_run(tmp_path: Path) -> None:
    marker = tmp_path / "RAN"
    places, mentions = _hostile_frames(RCE.replace("{marker}", str(marker)))
    write_map(
        places,
        mentions,
        tmp_path / "map.html",
        basemap=None,
        title=RCE.replace("{marker}", str(marker)),
    )
    assert not marker.exists()
    assert "cycler.__init__" in (tmp_path / "map.html").read_text(encoding="utf-8")


def test_every_element_of_the_map_renders_without_recompiling() -> None:
    """Structural guard: each element in the tree renders through SafeRender."""
    fmap = build_map(places_frame(), mentions_frame(), basemap=basemap_frame(), tiles="osm")
    assert isinstance(fmap, OfflineMap) and isinstance(fmap, SafeRender)
    macro_elements = [c for c in fmap._children.values() if hasattr(c, "_template")]
    allowed = {"TileLayer"}  # folium's, fed only our constant URL and attribution
    unsafe = [
        type(c).__name__
        for c in macro_elements
        if not isinstance(c, SafeRender) and type(c).__name__ not in allowed
    ]
    assert unsafe == []


@pytest.mark.model
def test_cli_map_of_template_text_in_every_input_field(tmp_path: Path) -> None:
    from geomap.cli import _register, app

    _register()
    marker = tmp_path / "RAN"
    rce = RCE.replace("{marker}", str(marker))
    src = tmp_path / "in"
    src.mkdir()
    records = [
        {"id": "rce", "text": f"Talks in Berlin continued. {rce} said Germany."},
        {"id": "calc{{7*7}}", "text": "Officials in Warsaw said Poland {{citation needed}} would."},
        {"id": "raw", "text": "In Kyiv {% raw %} and {# x #} were seen.", "outlet": "{{7*7}}"},
    ]
    (src / "c.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    (src / "{{7*7}}.txt").write_text("Troops moved through Lviv, Ukraine.", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["map", str(src), "-o", str(out), "--quiet", "--title", "T {{7*7}}"]
    )
    assert result.exit_code == 0, result.output
    assert not marker.exists()
    html = (out / "map.html").read_text(encoding="utf-8")
    assert "calc{{7*7}}" in html and "calc49" not in html
    assert "<title>T {{7*7}}</title>" in html
    assert "{{citation needed}}" in html
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["totals"]["ok"] == 4


def test_a_title_with_undecodable_bytes_is_written_not_crashed_on(tmp_path: Path) -> None:
    from geomap.io import WriteOptions

    # a command-line title with an invalid byte arrives as a lone surrogate
    assert WriteOptions(title="T \udcff {{7*7}}").title == "T \ufffd {{7*7}}"


def test_a_title_with_escapes_and_bidi_overrides_reaches_the_page_plain() -> None:
    from geomap.io import WriteOptions

    title = "NATO\x1b[31m \u202ecoverage\x07\n2024"
    assert WriteOptions(title=title).title == "NATO coverage 2024"  # the escape gone whole
    assert WriteOptions(title="\x1b\x07").title == "geomap"  # nothing left: the default


@pytest.mark.parametrize(
    ("article_id", "shown"),
    [("bidi\u202etxt.exe", "bidi\\u202etxt.exe"), ("new\nline", "new\\nline"), ("a1", "a1")],
)
def test_an_id_named_on_the_map_shows_its_control_characters(article_id: str, shown: str) -> None:
    # a file name's U+202E made its article read "bidiexe.txt" on the map
    from geomap.mapping.articles import article_label

    assert article_label(article_id, {}) == shown
    assert article_label(article_id, {"title": "T"}) == "T"
