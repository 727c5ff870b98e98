"""Natural Earth's physical layers give their names in the local languages (issue 18).

A sea's, a river's or a landform's ``name_xx`` column in Russian, Ukrainian,
Polish, German or French ("Mer Noire") is indexed in that language on the entry
the feature makes or is attached to, and kept when river parts are merged.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from shapely.geometry import LineString, Point, box

from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.naturalearth import Physical, read_physical
from geomap.gazetteer.builder.physical import merge_physical

_LAYERS = (
    "ne_10m_geography_marine_polys",
    "ne_10m_lakes",
    "ne_10m_rivers_lake_centerlines",
    "ne_10m_geography_regions_polys",
    "ne_10m_geography_regions_points",
    "ne_10m_geography_regions_elevation_points",
)


def _write(folder: Path, layer: str, features: list[dict[str, object]]) -> None:
    data = {"type": "FeatureCollection", "features": features}
    with gzip.open(folder / f"{layer}.json.gz", "wt", encoding="utf-8") as fh:
        json.dump(data, fh)


def test_name_columns_in_local_languages_are_read(tmp_path: Path) -> None:
    for layer in _LAYERS:
        _write(tmp_path, layer, [])
    sea = {
        "type": "Feature",
        "properties": {"name": "Black Sea", "name_fr": "Mer Noire", "name_es": "Mar Negro",
                       "featurecla": "sea", "scalerank": 1},
        "geometry": box(28, 41, 41, 46).__geo_interface__,
    }  # fmt: skip
    _write(tmp_path, "ne_10m_geography_marine_polys", [sea])
    (black,) = read_physical(tmp_path)
    assert black.local_names == [("fr", "Mer Noire")]  # Spanish is no local language


def test_local_names_go_to_the_new_and_the_attached_entry() -> None:
    sea = Physical("marine", "Black Sea", "sea", "water", box(28, 41, 41, 46), 1.0, [],
                   [("fr", "Mer Noire")])  # fmt: skip
    river = Physical("river", "Daugava", "river", "water", LineString([(24, 57), (27, 56)]),
                     5.0, [], [("de", "Düna")])  # fmt: skip
    gn = Entry("1", "Black Sea", "water", None, 34.0, 43.0, "geonames", feature_code="SEA")
    gn.add_name("Black Sea", "name")
    new = merge_physical([gn], [sea, river])
    assert ("fr", "mer noire") in gn.local
    (daugava,) = new
    assert ("de", "duna") in daugava.local or ("de", "düna") in daugava.local
    assert Point(daugava.lon, daugava.lat).distance(river.geom) < 1


def test_a_name_with_a_run_of_spaces_is_read_with_one(tmp_path: Path) -> None:
    for layer in _LAYERS:
        _write(tmp_path, layer, [])
    river = {
        "type": "Feature",
        "properties": {"name": "Amu  Darya", "name_alt": "AMU  DARYA", "featurecla": "River",
                       "scalerank": 2},
        "geometry": LineString([(60.0, 42.0), (66.0, 38.0)]).__geo_interface__,
    }  # fmt: skip
    _write(tmp_path, "ne_10m_rivers_lake_centerlines", [river])
    (amu,) = read_physical(tmp_path)
    assert amu.name == "Amu Darya"
    assert amu.alt_names == []  # the all-caps spelling is the same name
