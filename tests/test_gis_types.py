"""One date column that is a date in the GeoPackage and the GeoJSON, typed layers (user67).

``published`` is text in the GeoPackage (a month alone is no day) beside the
``published_date`` DATE, while GDAL typed the GeoJSON's ``published`` as a date; a
claim's ``speaker_start`` read as ``float64`` and the empty ``lines`` layer as ``object``.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import shapely

import geomap
from geomap.io.geopackage import SHAPE_COLUMNS, _append
from geomap.records import Mention, Place
from geomap.serialize import dated_mention_feature as mention_feature


def test_a_geojson_mention_has_published_date_as_the_geopackage_does(tmp_path: Path) -> None:
    place = Place("1", "Kyiv", "city", "UA", None, 2_900_000, 30.52, 50.45, "geonames")
    mention = Mention("a", 0, 4, "Kyiv", "Kyiv.", 0, place, 0.9, "GPE")
    month = mention_feature(mention, {"published": "2026-11"})["properties"]
    day = mention_feature(mention, {"published": "2026-11-03T14:05:00+00:00"})["properties"]
    assert (month["published_date"], day["published_date"]) == (None, "2026-11-03")
    frame = gpd.GeoDataFrame.from_features(
        [mention_feature(mention, {"published": p}) for p in ("2026-11", "2026-11-03")],
        crs="EPSG:4326",
    )
    path = tmp_path / "mentions.geojson"
    frame.to_file(path, driver="GeoJSON")
    read = gpd.read_file(path)
    assert str(read["published_date"].dtype).startswith("datetime64")


def test_read_layer_keeps_the_geopackages_integer_and_text_types(tmp_path: Path) -> None:
    path = tmp_path / "geomap.gpkg"
    rows = [
        {"place_id": "1", "speaker_start": 4, "published_date": None},
        {"place_id": "2", "speaker_start": None, "published_date": None},
    ]
    _append(path, "claims", rows, [shapely.Point(30, 50)] * 2, "Point", exists=False)
    _append(path, "lines", [], [], "MultiLineString", SHAPE_COLUMNS, exists=False)
    assert pyogrio.read_info(path, layer="claims")["dtypes"][1] == "int64"  # the file's type
    claims = geomap.read_layer(path, "claims")
    assert claims["speaker_start"].dtype == pd.Int64Dtype()
    assert claims["speaker_start"].isna().tolist() == [False, True]
    lines = geomap.read_layer(path, "lines")
    assert lines.empty and lines["name"].dtype != object
    assert lines["mention_count"].dtype == pd.Int64Dtype()
