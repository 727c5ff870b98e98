"""The real pipeline (model + shipped gazetteer) on the two seed articles."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from geomap.result import Result

pytestmark = pytest.mark.model

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
A000 = "000_d9f3dbef9bd81b5d"
A001 = "001_4d4e7cd0329d1a24"


def _by_name(result: Result) -> dict[str, dict[str, list[str]]]:
    """place name -> article -> sentences."""
    out: dict[str, dict[str, list[str]]] = {}
    for m in result.records.mentions:
        if m.place is None:
            continue
        out.setdefault(m.place.name, {}).setdefault(m.article_id, []).append(m.sentence)
    return out


def test_places_per_article(seed_result: Result) -> None:
    places = _by_name(seed_result)
    for name in ("Poland", "Baltic States", "Eastern Europe", "Moscow"):
        assert set(places[name]) == {A000, A001}, name
    kal = [n for n in places if n.startswith("Kaliningrad")]
    assert kal and all(set(places[n]) == {A001} for n in kal)
    assert set(places["Lithuania"]) == {A001}
    crimea = [n for n in places if n.startswith("Crimea")]
    assert crimea and all(set(places[n]) == {A000} for n in crimea)
    assert set(places["Ukraine"]) == {A000}


def test_feature_types(seed_result: Result) -> None:
    types = {m.place.name: m.place.feature_type for m in seed_result.records.mentions if m.place}
    assert types["Baltic States"] == "region"
    assert types["Eastern Europe"] == "region"
    assert types["Poland"] == "country"
    assert types["Moscow"] == "city"
    ru = [
        m.place
        for m in seed_result.records.mentions
        if m.place and m.place.name.startswith("Kaliningrad")
    ]
    assert all(p.country_code == "RU" for p in ru)
    baltic = next(
        m.place for m in seed_result.records.mentions if m.place and m.place.name == "Baltic States"
    )
    assert set(baltic.members) == {"EE", "LV", "LT"}


def test_sentences_and_offsets(seed_result: Result) -> None:
    texts = {a.article_id: a.text for a in seed_result.records.articles}
    places = _by_name(seed_result)
    assert any(
        "Poland and the Baltic states" in s and "according to the source" in s
        for s in places["Poland"][A000]
    )
    assert any(
        "Kaliningrad region" in s
        for n in places
        if n.startswith("Kaliningrad")
        for s in places[n].get(A001, [])
    )
    assert any(
        "annexation of Crimea" in s
        for n in places
        if n.startswith("Crimea")
        for s in places[n][A000]
    )
    for m in seed_result.records.mentions:
        text = texts[m.article_id]
        assert text[m.start : m.end] == m.text
        flat = text.replace("\n", " ")
        assert flat[m.sentence_start : m.sentence_start + len(m.sentence)] == m.sentence
        assert m.sentence_start <= m.start < m.end <= m.sentence_start + len(m.sentence)


def test_line_breaks_after_abbreviations_do_not_split(seed_result: Result) -> None:
    us = [m for m in seed_result.records.mentions if m.article_id == A001 and m.text == "U.S."]
    sentences = {m.sentence for m in us}
    assert any(s.startswith("The expert, a retired U.S. Air Force general") for s in sentences)
    assert any(s.startswith("Meanwhile, U.S. Ambassador to NATO") for s in sentences)
    assert not any(s in {"Meanwhile, U.S.", "The expert, a retired U.S."} for s in sentences)


def test_trimmed_spans(seed_result: Result) -> None:
    texts = {m.text for m in seed_result.records.mentions if m.article_id == A001}
    assert "United Kingdom" in texts
    assert not any("Foreign Office" in t or t.startswith("the ") for t in texts)


def test_outputs_written(seed_outputs: dict[str, Path]) -> None:
    report = json.loads(seed_outputs["report"].read_text())
    assert report["totals"]["inputs"] == 2 and report["totals"]["errors"] == 0
    with seed_outputs["claims"].open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["name"] and r["feature_type"] for r in rows)  # place columns filled
    assert any(r["name"] == "Poland" and r["country_code"] == "PL" for r in rows)
    mentions_fc = json.loads(seed_outputs["mentions"].read_text())["features"]
    focus = [f for f in mentions_fc if f["properties"]["located_by"] == "focus"]
    assert report["totals"]["placed_at_focus"] == len(focus)
    assert report["spacy_model"]["version"] == "3.8.0"
    assert {i["article_id"] for i in report["inputs"]} == {A000, A001}
    places = json.loads(seed_outputs["places"].read_text())
    poland = next(f for f in places["features"] if f["properties"]["name"] == "Poland")
    assert sorted(poland["properties"]["articles"]) == [A000, A001]
    assert {c["article"] for c in poland["properties"]["claims"]} == {A000, A001}
    lon, lat = poland["geometry"]["coordinates"]
    assert 14 < lon < 24.5 and 49 < lat < 55  # GeoJSON order: lon first
    mentions = json.loads(seed_outputs["mentions"].read_text())
    props = mentions["features"][0]["properties"]
    for key in (
        "article",
        "start",
        "end",
        "text",
        "sentence",
        "sentence_start",
        "place_id",
        "name",
        "feature_type",
        "country_code",
        "confidence",
        "speaker",
    ):
        assert key in props


def test_geopackage_areas_hold_poland_and_crimea_apart_from_russia(
    seed_outputs: dict[str, Path],
) -> None:
    import geopandas as gpd
    from shapely.geometry import Point

    areas = gpd.read_file(seed_outputs["gpkg"], layer="areas").set_index("name")
    assert areas.loc["Poland", "geometry"].contains(Point(19.4, 52.1))
    assert areas.loc["Crimea", "drawn_as"] == "disputed"
    assert areas.loc["Crimea", "disputed"] == (
        "Crimea — administered by Russia, claimed by Ukraine"
        " (status as of Natural Earth 5.1.1, May 2022)"
    )
    assert not areas.loc["Russia", "geometry"].contains(Point(34.1, 45.3))
    # a region as its members' union
    assert areas.loc["Baltic States", "drawn_as"] == "members"
    assert areas.loc["Baltic States", "geometry"].contains(Point(24.1, 56.9))  # Riga


def test_claims_csv_opens_in_spreadsheets_with_coordinates(seed_outputs: dict[str, Path]) -> None:
    path = seed_outputs["claims"]
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 with a BOM
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    poland = next(r for r in rows if r["name"] == "Poland")
    assert float(poland["lon"]) == pytest.approx(19.4, abs=1.5)
    assert float(poland["lat"]) == pytest.approx(52.1, abs=1.5)
    assert 0 < float(poland["confidence"]) <= 1


def test_notebook_views_and_files_from_python(seed_result: Result, tmp_path: Path) -> None:
    assert len(repr(seed_result)) < 200
    view = seed_result._repr_html_()
    assert "<table>" in view and "Poland" in view and "<script" not in view
    fmap = seed_result.explore()
    page = fmap.get_root().render()
    assert "Crimea — administered by Russia, claimed by Ukraine" in page
    # geopandas' own explore() works on the frames (the notebook extra)
    places = seed_result.places.explore(column="mention_count").get_root().render()
    assert "Poland" in places
    written = seed_result.to_files(tmp_path / "out", formats=["gpkg", "claims"])
    assert set(written) == {"gpkg", "claims"} and all(p.exists() for p in written.values())


def test_claims_frame_holds_the_rows_of_claims_csv(
    seed_result: Result, seed_outputs: dict[str, Path]
) -> None:
    # user65: result.claims was a tuple of records while places and mentions are frames
    frame = seed_result.claims
    assert frame.crs == "EPSG:4326" and len(frame) == len(seed_result.records.claims)
    with seed_outputs["claims"].open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    # the CSV's columns, in the GeoPackage claims layer's order, and its published_date
    mine = [c for c in frame.columns if c not in ("geometry", "published_date")]
    assert sorted(mine) == sorted(rows[0]) and frame.columns[-2] == "published_date"
    assert [r["name"] for r in rows] == frame["name"].tolist()
    assert [r["speaker"] for r in rows] == frame["speaker"].fillna("").tolist()
    poland = frame[frame["name"] == "Poland"].iloc[0]
    assert (poland.geometry.x, poland.geometry.y) == (poland["lon"], poland["lat"])  # (lon, lat)
    assert isinstance(poland["context_names"], list)
