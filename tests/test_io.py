"""Reading inputs and writing GeoJSON: every input accounted for, RFC 7946 output."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd

from geomap.frames import mentions_frame, places_frame, write_geojson
from geomap.io.encoding import decode_bytes
from geomap.io.readers import read_inputs
from geomap.records import Article, Claim, InputStatus, Mention, Place, Speaker
from geomap.text import flatten, normalize_text


def test_text_normalisation_bom_and_newlines() -> None:
    raw = "\ufeffLine one.\r\nLine two.\rEnd"
    assert normalize_text(raw) == "Line one.\nLine two.\nEnd"
    assert decode_bytes(raw.encode("utf-8"), "x.txt") == (
        "Line one.\nLine two.\nEnd",
        "utf-8-sig".replace("-sig", ""),
    )
    assert len(flatten("a\nb")) == 3


def test_read_folder_jsonl_csv_and_errors(tmp_path: Path) -> None:
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text("Troops left Kyiv.", encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Caf\xe9 in Paris".encode("latin-1"))
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "j1", "text": "Rain in Oslo."}\nnot json\n{"id": "j2"}\n', encoding="utf-8"
    )
    table = tmp_path / "t.csv"
    table.write_text('id,text,outlet\nc1,"Snow in Bergen.",NRK\n', encoding="utf-8")
    dup = tmp_path / "dup"
    dup.mkdir()
    (dup / "a.txt").write_text("Another a.", encoding="utf-8")
    missing = tmp_path / "nope.txt"

    out = list(read_inputs([folder, corpus, table, dup, missing]))
    arts = {o.article_id: o for o in out if isinstance(o, Article)}
    errs = [o for o in out if isinstance(o, InputStatus)]
    # The second "a" (another folder) is qualified by its folder, not dropped.
    assert set(arts) == {"a", "latin1", "j1", "c1", "dup/a"}
    assert "id 'a' is also used by" in arts["dup/a"].notes[0]
    assert arts["c1"].metadata == {"outlet": "NRK"}
    # Latin-1 is detected and decoded, and the report says how.
    assert arts["latin1"].text == "Café in Paris"
    assert "latin1.txt: not UTF-8; decoded as" in arts["latin1"].notes[0]
    reasons = " | ".join(e.reason or "" for e in errs)
    assert "empty.txt: empty article" in reasons
    assert "c.jsonl:2: invalid JSON" in reasons
    assert "c.jsonl:3: no text" in reasons
    assert "nope.txt: no such file" in reasons
    # every input accounted for: 3 files in the folder, 3 JSONL lines, 1 CSV row,
    # the other folder's file and the missing path
    assert len(out) == 3 + 3 + 1 + 1 + 1


def test_binary_file_and_repeated_record_ids_in_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "nul.txt").write_bytes(b"\x00" * 500)
    (folder / "a.jsonl").write_text(
        '{"id": "x", "text": "Rain in Oslo."}\n{"id": "x", "text": "Snow in Bergen."}\n',
        encoding="utf-8",
    )
    (folder / "story.txt").write_text("Troops left Kyiv.", encoding="utf-8")
    (folder / "sub" / "story.txt").write_text("Troops left Lviv.", encoding="utf-8")
    out = list(read_inputs([folder]))
    arts = [o.article_id for o in out if isinstance(o, Article)]
    reasons = " | ".join(o.reason or "" for o in out if isinstance(o, InputStatus))
    assert "nul.txt: binary data, not text (NUL byte at offset 0)" in reasons
    # A repeated record id is qualified by its file; ids are paths in the folder.
    assert sorted(arts) == ["a:x", "story", "sub/story", "x"]
    assert len(out) == 5


def _place() -> Place:
    return Place("798544", "Poland", "country", "PL", None, 38_000_000, 19.4, 52.1, "geonames")


def test_geojson_rfc7946_lon_lat_and_null_geometry(tmp_path: Path) -> None:
    p = _place()
    ms = [
        Mention("a", 10, 16, "Poland", "It is in Poland.", 0, p, 0.9, speaker=Speaker("x", 0, 1)),
        Mention("a", 20, 30, "Qwertyland", "Qwertyland.", 18, None, 0.0),
    ]
    path = write_geojson(mentions_frame(ms), tmp_path / "m.geojson")
    data = json.loads(path.read_text())
    assert data["type"] == "FeatureCollection" and "crs" not in data
    f0, f1 = data["features"]
    assert f0["geometry"] == {"type": "Point", "coordinates": [19.4, 52.1]}
    assert f0["properties"]["speaker"] == "x" and f0["properties"]["place_id"] == "798544"
    assert f1["geometry"] is None and f1["properties"]["place_id"] is None
    back = gpd.read_file(path)
    assert len(back) == 2 and back.crs.to_epsg() == 4326


def test_places_frame_aggregates_articles_and_claims(tmp_path: Path) -> None:
    p = _place()
    ms = [
        Mention("a", 10, 16, "Poland", "s1", 0, p, 0.9),
        Mention("b", 5, 11, "Poland", "s2", 0, p, 0.8),
        Mention("b", 40, 46, "Poland", "s3", 30, p, 0.8),
    ]
    claims = [
        Claim("798544", "a", "s1", 0, 2, None, mention_start=10, mention_end=16),
        Claim("798544", "b", "s2", 0, 2, Speaker("the expert", 0, 10)),
    ]
    frame = places_frame(ms, claims)
    assert len(frame) == 1
    row = frame.iloc[0]
    assert row["mention_count"] == 3 and row["articles"] == ["a", "b"]
    assert [c["article"] for c in row["claims"]] == ["a", "b"]
    assert row["claims"][1]["speaker"] == "the expert"
    data = json.loads(write_geojson(frame, tmp_path / "p.geojson").read_text())
    assert data["features"][0]["properties"]["articles"] == ["a", "b"]


def test_same_file_name_in_subfolders_gets_path_id(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_text("Rain in Oslo.", encoding="utf-8")
    (tmp_path / "b" / "story.txt").write_text("Snow in Bergen.", encoding="utf-8")
    out = list(read_inputs([tmp_path]))
    # Ids are paths in the folder given, whatever the order files are found in.
    assert [o.article_id for o in out if isinstance(o, Article)] == ["a/story", "b/story"]
