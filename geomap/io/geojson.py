"""GeoJSON output (RFC 7946): FeatureCollections with [lon, lat] points or null geometry."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd


def write_geojson(frame: gpd.GeoDataFrame, path: Path) -> Path:
    """Write a GeoDataFrame as an RFC 7946 FeatureCollection.

    geopandas' own serialiser keeps list and object properties (``articles``,
    ``claims``) as JSON arrays, which the GDAL writer would flatten to strings.
    The frame must be in EPSG:4326 (RFC 7946 has no ``crs`` member).
    """
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        raise ValueError(f"GeoJSON output must be EPSG:4326, got {frame.crs}")
    data = json.loads(frame.to_json(drop_id=True, na="null", to_wgs84=False))
    data.pop("crs", None)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
