"""The map page written with its data streamed in: the same bytes, never half-written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from json_values import json_values
from map_fixtures import basemap_frame, comparison, mentions_frame, places_frame, shape_of

from geomap.mapping import build_map, write_map
from geomap.mapping.offline import script_json, script_json_chunks
from geomap.mapping.page import data_blob, write_page

HOSTILE = 'x</script><script>alert(1)</script><!-- \u2028\u2029 & "q" {{ 7*7 }}'
KWARGS = {
    "basemap": basemap_frame(),
    "shape_of": shape_of,
    "title": HOSTILE,
    "comparison": comparison(),
}

_json = json_values(4, 30)


@settings(max_examples=200, deadline=None)
@given(_json, st.integers(0, 4))
def test_chunks_join_to_the_script_json(value: object, depth: int) -> None:
    pieces = list(script_json_chunks(value, depth))
    assert "".join(pieces) == script_json(value)
    assert not any(c in p for p in pieces for c in "<>&\u2028\u2029")


def test_chunks_of_a_payload_are_pieces_not_the_whole() -> None:
    payload = {"places": [{"name": HOSTILE, "n": i} for i in range(50)], "t": (1, 2)}
    pieces = list(script_json_chunks(payload))
    assert "".join(pieces) == script_json(payload)
    assert json.loads("".join(pieces))["places"][3]["name"] == HOSTILE
    assert max(map(len, pieces)) < len(script_json(payload["places"][0])) + 2


def test_written_page_is_the_rendered_page(tmp_path: Path) -> None:
    out = write_map(places_frame(), mentions_frame(), tmp_path / "map.html", **KWARGS)
    rendered = build_map(places_frame(), mentions_frame(), **KWARGS).get_root().render()
    assert out.read_bytes() == rendered.encode("utf-8")
    assert "</script><script>alert(1)" not in rendered
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]  # nothing staged left


def test_a_failed_write_leaves_the_previous_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "map.html"
    out.write_text("previous", encoding="utf-8")

    def broken(value: object, depth: int = 2) -> object:
        yield "{"
        raise OSError("disk full")

    monkeypatch.setattr("geomap.mapping.page.script_json_chunks", broken)
    with pytest.raises(OSError, match="disk full"):
        write_map(places_frame(), None, out, **KWARGS)
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_the_data_element_renders_its_data_again_after_a_streamed_write(tmp_path: Path) -> None:
    fmap = build_map(places_frame(), None, **KWARGS)
    write_page(fmap, tmp_path / "map.html")
    blob = data_blob(fmap)
    assert blob.placeholder is None
    assert blob.json == script_json(blob.payload)
    assert blob.json in (tmp_path / "map.html").read_text(encoding="utf-8")


def test_a_page_needs_its_one_data_element(tmp_path: Path) -> None:
    import folium

    with pytest.raises(ValueError, match="one data element"):
        write_page(folium.Map(tiles=None), tmp_path / "map.html")
    assert not list(tmp_path.iterdir())
