"""Area-aware accuracy: a country, region or sea is right when it holds the gold point.

Beside Acc@161 (a point within 161 km), an area prediction is scored by its
shape: the polygon of a country, admin-1 unit, region or continent holds the
gold point, or a sea's, lake's, river's or range's shape lies within 161 km of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Any

from geomap.evaluation.metrics import ACC_KM
from geomap.records import Place


@dataclass(frozen=True, slots=True)
class AreaAccuracy:
    """Area-aware accuracy: Acc@161, except that an area counts as right when it holds the gold.

    A prediction that is a country, admin-1 unit, region or continent is right when
    the gold point lies inside its polygon (or within 161 km of its point); a sea,
    lake, river or mountain range with a shape when the gold point lies within 161 km
    of that shape; any other prediction when it is within 161 km. Over the same
    toponyms as ``acc161`` (unresolved ones are wrong). ``by_area`` counts the toponyms
    right by the shape only (more than 161 km from the area's representative point).
    ``None``: no toponyms.
    """

    n: int
    correct: int
    by_area: int
    rate: float | None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)


def area_accuracy(scored: Iterable[tuple[float | None, bool]]) -> AreaAccuracy:
    """Area-aware accuracy from ``(error_km or None, gold point inside the predicted area)``.

    Examples
    --------
    >>> area_accuracy([(10.0, False), (500.0, True), (500.0, False), (None, False)]).rate
    0.5
    """
    n = correct = by_area = 0
    for error, inside in scored:
        n += 1
        near = error is not None and error <= ACC_KM
        if near or inside:
            correct += 1
            by_area += not near
    return AreaAccuracy(n, correct, by_area, correct / n if n else None)


#: Feature types scored by their polygon in the area-aware accuracy.
AREA_TYPES = frozenset({"country", "admin1", "region", "continent"})
#: Feature types scored by their extent: right when the gold point lies within
#: :data:`ACC_KM` of the sea's, lake's, river's or range's shape (inside it: 0 km), as
#: Acc@161 scores a point; a sea has no one point a reader would call right.
EXTENT_TYPES = frozenset({"water", "landform"})


def area_test(geoparser: Any) -> Callable[[Place, float, float], bool] | None:
    """``inside(place, lon, lat)`` from the geoparser's gazetteer shapes, or ``None``.

    A country, admin-1 unit, region or continent holds the point inside its
    polygon (:data:`AREA_TYPES`); a water body or landform when the point is
    within 161 km of its shape (:data:`EXTENT_TYPES`), a river's shape being its
    line.  Shapes are read once per place and prepared for fast point tests.
    """
    get = getattr(geoparser, "gazetteer", None)
    gazetteer = get() if callable(get) else None
    if gazetteer is None or not hasattr(gazetteer, "shape"):
        return None
    from shapely import Point
    from shapely.ops import nearest_points
    from shapely.prepared import prep

    from geomap.geo import haversine_km

    cache: dict[str, Any] = {}

    def inside(place: Place, lon: float, lat: float) -> bool:
        if place.feature_type not in AREA_TYPES | EXTENT_TYPES:
            return False
        if place.place_id not in cache:
            shape = gazetteer.shape(place.place_id)
            cache[place.place_id] = None if shape is None else (shape, prep(shape))
        found = cache[place.place_id]
        if found is None:
            return False
        shape, prepared = found
        point = Point(lon, lat)
        if prepared.contains(point):
            return True
        if place.feature_type not in EXTENT_TYPES:
            return False
        near = nearest_points(shape, point)[0]
        return haversine_km(lon, lat, near.x, near.y) <= ACC_KM

    return inside
