"""GeoParquet and FlatGeobuf: optional writers, one module and one registry entry each,
read back with geopandas/pyogrio layer by layer against geomap.gpkg."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import geopandas as gpd
import pyarrow.parquet as pq
import pyogrio
import pytest
from shapely.geometry import MultiLineString, Point, Polygon

from geomap.io import (
    DEFAULT_FILES,
    DEFAULT_FORMATS,
    KNOWN_FILES,
    OPTIONAL_FORMATS,
    WRITERS,
    flatgeobuf,
    geoparquet,
    resolve_formats,
)
from geomap.io.geopackage import LAYER_KINDS, LAYERS
from geomap.result import Result

ROOT = Path(__file__).resolve().parents[1]


def test_registry_keeps_the_optional_formats_out_of_the_default_set() -> None:
    assert OPTIONAL_FORMATS == ("geoparquet", "flatgeobuf")
    assert not set(OPTIONAL_FORMATS) & set(DEFAULT_FORMATS)
    assert {"places.parquet", "mentions.fgb"} <= KNOWN_FILES  # a rerun may replace them
    assert not {"places.parquet", "mentions.fgb"} & DEFAULT_FILES
    # asking for GeoParquet alone brings in the GeoPackage it is converted from, written first
    assert resolve_formats(["geoparquet"]) == ("gpkg", "geoparquet")
    assert resolve_formats(None) == DEFAULT_FORMATS
    with pytest.raises(ValueError, match="unknown output formats"):
        resolve_formats(["shapefile"])
    assert WRITERS["geoparquet"].filenames == tuple(f"{n}.parquet" for n in LAYERS)


def _tiny_gpkg(path: Path) -> None:
    frame = gpd.GeoDataFrame(
        {"text": ["Kyiv", "Atlantis"], "members": ['["UA"]', None], "n": [1, 2]},
        geometry=[Point(30.5, 50.45), None],
        crs="EPSG:4326",
    )
    for layer in LAYERS:
        kind = LAYER_KINDS[layer]
        rows = frame if layer in ("mentions", "claims") else frame.iloc[:1]
        if layer == "areas":  # empty: no area mentioned
            rows = frame.iloc[:0].set_geometry(gpd.GeoSeries([], crs="EPSG:4326"))
        if layer == "lines":  # a river's line
            river = MultiLineString([[(30.0, 50.0), (31.0, 51.0)]])
            rows = frame.iloc[:1].set_geometry(gpd.GeoSeries([river], crs="EPSG:4326"))
        pyogrio.write_dataframe(rows, path, layer=layer, geometry_type=kind)


def test_layers_copied_with_null_geometry_and_empty_layers(tmp_path: Path) -> None:
    source = tmp_path / "geomap.gpkg"
    _tiny_gpkg(source)
    for layer in LAYERS:
        geoparquet.copy_layer(source, layer, tmp_path / f"{layer}.parquet")
        flatgeobuf.copy_layer(source, layer, tmp_path / f"{layer}.fgb")
    parquet = gpd.read_parquet(tmp_path / "mentions.parquet")
    fgb = gpd.read_file(tmp_path / "mentions.fgb")
    for frame in (parquet, fgb):
        assert list(frame["text"]) == ["Kyiv", "Atlantis"]
        assert frame.geometry.iloc[0].equals(Point(30.5, 50.45))
        assert frame.geometry.iloc[1] is None  # an unresolved mention has no point
        assert frame["members"].iloc[0] == '["UA"]' and list(frame["n"]) == [1, 2]
        assert frame.crs.to_epsg() == 4326
    meta = json.loads(pq.read_schema(tmp_path / "mentions.parquet").metadata[b"geo"])
    assert meta["version"] == geoparquet.VERSION and meta["primary_column"] == "geometry"
    column = meta["columns"]["geometry"]
    assert column["encoding"] == "WKB" and column["geometry_types"] == ["Point"]
    assert column["crs"]["id"] == {"authority": "EPSG", "code": 4326}
    assert len(gpd.read_parquet(tmp_path / "areas.parquet")) == 0
    assert len(gpd.read_file(tmp_path / "areas.fgb")) == 0
    for lines in (
        gpd.read_parquet(tmp_path / "lines.parquet"),
        gpd.read_file(tmp_path / "lines.fgb"),
    ):
        assert lines.geometry.iloc[0].equals(MultiLineString([[(30.0, 50.0), (31.0, 51.0)]]))
    meta = json.loads(pq.read_schema(tmp_path / "lines.parquet").metadata[b"geo"])
    assert meta["columns"]["geometry"]["geometry_types"] == ["MultiLineString"]


@pytest.mark.model
def test_to_files_geoparquet_and_flatgeobuf_match_the_geopackage(
    seed_result: Result, tmp_path: Path
) -> None:
    written = seed_result.to_files(tmp_path / "out", formats=["geoparquet", "flatgeobuf"])
    assert set(written) == {"gpkg", "geoparquet", "flatgeobuf"}  # the GeoPackage they read
    out = tmp_path / "out"
    gpkg = out / "geomap.gpkg"
    for layer in LAYERS:
        expected = gpd.read_file(gpkg, layer=layer)
        fgb = pyogrio.read_dataframe(out / f"{layer}.fgb")
        if layer in flatgeobuf.INDEXED:  # the spatial index orders features along its curve
            order = {pid: n for n, pid in enumerate(expected["place_id"])}
            fgb = fgb.sort_values("place_id", key=lambda s: s.map(order)).reset_index(drop=True)
        for frame in (gpd.read_parquet(out / f"{layer}.parquet"), fgb):
            assert list(frame.columns) == list(expected.columns), layer
            assert len(frame) == len(expected), layer
            assert len(expected) > 0 or layer == "lines", layer  # the seeds name no river
            assert frame.crs.to_epsg() == 4326
            assert frame.geometry.geom_equals(expected.geometry).all(), layer
            for column in expected.columns.drop("geometry"):
                assert frame[column].astype(object).where(frame[column].notna(), None).tolist() == (
                    expected[column].astype(object).where(expected[column].notna(), None).tolist()
                ), (layer, column)
    empty = pyogrio.read_info(gpkg, layer="lines")  # the seeds name no river
    types = dict(zip(empty["fields"], empty["dtypes"], strict=True))
    assert types["mention_count"] == types["article_count"] == "int64"  # as in the other layers
    places = gpd.read_parquet(out / "places.parquet").set_index("name")
    assert places.loc["Poland", "mention_count"] >= 1
    assert places["mention_count"].dtype.kind == "i"  # integers stay integers
    areas = gpd.read_parquet(out / "areas.parquet").set_index("name")
    assert areas.loc["Poland"].geometry.geom_type == "MultiPolygon"
    # no field holds a Python repr: lists are JSON text
    assert not places["articles"].str.startswith("['").any()
    assert all(isinstance(json.loads(v), list) for v in places["articles"])


def test_geopackage_puts_a_river_line_in_its_own_layer(tmp_path: Path) -> None:
    from shapely.geometry import box

    from geomap.gazetteer import Gazetteer
    from geomap.io.base import Finished, WriteOptions
    from geomap.io.geopackage import GeoPackage
    from geomap.records import ArticleResult, InputStatus, Mention, Place
    from geomap.runstore import RunStore
    from geomap.settings import Settings

    river = Place("ne:river:zed", "Zed", "water", None, None, 0, 30.5, 50.5, "naturalearth")
    sea = Place("ne:marine:mere", "Mere", "water", None, None, 0, 33.0, 45.0, "naturalearth")
    course = MultiLineString([[(30.0, 50.0), (31.0, 51.0)], [(31.0, 51.0), (32.0, 51.0)]])
    gz = Gazetteer.from_places(
        [river, sea], shapes={river.place_id: course, sea.place_id: box(32, 44, 34, 46)}
    )
    text = "Boats on the Zed and the Mere."
    mentions = tuple(
        Mention("a", text.index(p.name), text.index(p.name) + 4, p.name, text, 0, p, 0.9)
        for p in (river, sea)
    )
    item = ArticleResult(InputStatus("a.txt", "a", "ok", None, 2, 0), mentions, (), {})
    path = tmp_path / "geomap.gpkg"
    with RunStore() as store:
        store.add(item)
        writer = GeoPackage(path, WriteOptions())
        writer.add(item)
        writer.finish(Finished(Result(statuses=(item.status,), settings=Settings()), store, gz, {}))
    listed = {str(name): str(kind) for name, kind in pyogrio.list_layers(path)}
    assert listed["lines"] == "MultiLineString" and listed["areas"] == "MultiPolygon"
    frames = {name: gpd.read_file(path, layer=name) for name in listed}  # every layer opens
    assert set(frames) == set(LAYERS)
    lines = frames["lines"]
    assert list(lines["name"]) == ["Zed"] and lines.crs.to_epsg() == 4326
    assert lines.geometry.iloc[0].equals(course)  # (lon, lat), both parts
    assert list(frames["areas"]["name"]) == ["Mere"]  # the sea's polygon, not the river


def _sea_run(gz_shape: Polygon) -> tuple[Any, Any, Any]:
    """A one-article run naming a sea, its gazetteer holding ``gz_shape`` for it."""
    from geomap.gazetteer import Gazetteer
    from geomap.records import ArticleResult, InputStatus, Mention, Place

    sea = Place("ne:marine:mere", "Mere", "water", None, None, 0, 33.0, 45.0, "naturalearth")
    gz = Gazetteer.from_places([sea], shapes={sea.place_id: gz_shape})
    text = "Boats on the Mere."
    mention = Mention("a", 13, 17, "Mere", text, 0, sea, 0.9)
    item = ArticleResult(InputStatus("a.txt", "a", "ok", None, 1, 0), (mention,), (), {})
    return sea, gz, item


def test_geopackage_shapes_a_place_when_it_first_comes_and_not_again(tmp_path: Path) -> None:
    from shapely.geometry import box

    from geomap.io.base import Finished, WriteOptions
    from geomap.io.geopackage import GeoPackage
    from geomap.runstore import RunStore
    from geomap.settings import Settings

    sea, gz, item = _sea_run(box(32, 44, 34, 46))
    asked: list[tuple[str, str]] = []
    stored = gz.shape
    made = threading.Event()

    def counted(pid: str) -> Any:
        asked.append((pid, threading.current_thread().name))
        made.set()
        return stored(pid)

    gz.shape = counted
    path = tmp_path / "geomap.gpkg"
    with RunStore() as store:
        writer = GeoPackage(path, WriteOptions())
        writer.prepare(gz)
        store.add(item)
        writer.add(item)
        assert made.wait(10)  # while the articles come, in a thread of its own
        assert asked == [(sea.place_id, "geomap-shapes")]
        writer.finish(Finished(Result(statuses=(item.status,), settings=Settings()), store, gz, {}))
    assert len(asked) == 1  # not again at the end
    assert not [t for t in threading.enumerate() if t.name.startswith("geomap-shapes")]
    areas = gpd.read_file(path, layer="areas")
    assert areas.geometry.iloc[0].equals(box(32, 44, 34, 46))


def test_geopackage_takes_the_shapes_of_the_gazetteer_the_run_used(tmp_path: Path) -> None:
    from shapely.geometry import box

    from geomap.gazetteer import Gazetteer
    from geomap.io.base import Finished, WriteOptions
    from geomap.io.geopackage import GeoPackage
    from geomap.runstore import RunStore
    from geomap.settings import Settings

    sea, expected, item = _sea_run(box(32, 44, 34, 46))
    used = Gazetteer.from_places([sea], shapes={sea.place_id: box(0, 0, 1, 1)})
    path = tmp_path / "geomap.gpkg"
    with RunStore() as store:
        writer = GeoPackage(path, WriteOptions())
        writer.prepare(expected)  # the run expected one gazetteer and parsed with another
        store.add(item)
        writer.add(item)
        result = Result(statuses=(item.status,), settings=Settings())
        writer.finish(Finished(result, store, used, {}))
    areas = gpd.read_file(path, layer="areas")
    assert areas.geometry.iloc[0].equals(box(0, 0, 1, 1))


def test_a_column_empty_in_the_first_chunk_keeps_its_number_type(tmp_path: Path) -> None:
    from geomap.io.geopackage import _append

    path = tmp_path / "geomap.gpkg"
    first = [{"speaker_start": None, "lon": None, "has_shape": None, "name": "a"}]
    later = [{"speaker_start": 12, "lon": 30.5, "has_shape": True, "name": "b"}]
    _append(path, "claims", first, [None], "Point", exists=False)
    _append(path, "claims", later, [Point(30.5, 50.0)], "Point", exists=True)
    info = pyogrio.read_info(path, layer="claims")
    types = dict(zip(info["fields"], info["dtypes"], strict=True))
    assert types["speaker_start"] == "int64" and types["lon"] == "float64"
    assert types["has_shape"] == "bool" and types["name"] == "object"
    frame = gpd.read_file(path, layer="claims")
    assert frame["speaker_start"].iloc[1] == 12  # a number, not the text "12"
