"""A country whose disputed parts are cut out keeps its polygons in ``areas`` (user70b B6).

India less Gilgit-Baltistan is polygons and slivers of line: a GeometryCollection
that the ``areas`` layer (polygons only) dropped, so India had no area.
"""

from __future__ import annotations

from shapely.geometry import GeometryCollection, LineString, Polygon

from geomap.gazetteer import Gazetteer
from geomap.mapping.area_shapes import AreaShapes
from geomap.mapping.disputed import polygonal


def test_polygonal_drops_the_slivers_of_a_difference() -> None:
    square = Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])
    mixed = GeometryCollection([square, LineString([(2, 2), (3, 3)])])
    assert polygonal(mixed).equals(square)
    assert polygonal(square) is square


def test_every_country_with_a_shape_has_an_area() -> None:
    gazetteer = Gazetteer.open()
    shapes = AreaShapes(gazetteer)
    missing = []
    for cc in ("IN", "CN", "PK", "MA", "RU", "UA", "GE", "IL", "AZ", "CY", "SO", "RS"):
        country = gazetteer.country(cc)
        if country is None or gazetteer.shape(country.place_id) is None:
            continue
        made = shapes.of(country)
        if made is None or made.geometry.geom_type != "MultiPolygon":
            missing.append(cc)
    assert missing == []
    india = shapes.of(gazetteer.country("IN"))  # type: ignore[arg-type]
    assert india is not None and india.geometry.area > 200  # the country, less its disputes
