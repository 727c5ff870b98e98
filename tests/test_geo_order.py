"""Distances between places, read in GeoJSON order (lon, lat)."""

from __future__ import annotations


def test_km_between_reads_each_place_in_geojson_order() -> None:
    from geomap.geo import km_between
    from geomap.records import Place

    kyiv = Place("1", "Kyiv", "city", "UA", None, 0, 30.52, 50.45, "t")
    kharkiv = Place("2", "Kharkiv", "city", "UA", None, 0, 36.23, 49.99, "t")
    assert 405 < km_between(kyiv, kharkiv) < 415  # not the distance with lon and lat swapped
    assert km_between(kyiv, kharkiv) == km_between(kharkiv, kyiv)
