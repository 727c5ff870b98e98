"""The point of a compass part of a country or region: "Westukraine", "Norditalien".

A German compass compound names a part of a place (:func:`~geomap.gazetteer.unit_words.
direction_part` reads "Ostukraine" as Ukraine); the whole's point is its centre, hundreds of
kilometres from the part ("Westukraine" at 49.0, 32.0 is in Cherkasy oblast, not Galicia).
:func:`part_point` gives the centroid of the part of the whole's outline (its biggest polygon:
the mainland, not an overseas island) that lies in that third of its bounding box: "West" the
western third, "Nordost" the northern and eastern thirds' corner, "Zentral"/"Mittel" the middle
third both ways. The words for an upper or lower part ("Ober", "Nieder", "Unter") name a part
by the land's height or a river's course, not by the compass: they keep the whole's point.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

from geomap.gazetteer.geometry import is_polygonal
from geomap.records import Place

#: Compass words of :func:`~geomap.gazetteer.unit_words.direction_part` -> (x part, y part):
#: -1 the low third (west, south), 1 the high third (east, north), 0 the middle, None all.
COMPASS: dict[str, tuple[int | None, int | None]] = {
    "nordost": (1, 1), "nordwest": (-1, 1), "südost": (1, -1), "südwest": (-1, -1),
    "nord": (None, 1), "süd": (None, -1), "ost": (1, None), "west": (-1, None),
    "zentral": (0, 0), "mittel": (0, 0),
}  # fmt: skip


def compass_word(name: str) -> str | None:
    """The compass word a compound begins with ("Nordostsyrien" -> "nordost"), if any."""
    low = name.lower()
    return next((word for word in COMPASS if low.startswith(word)), None)


def _third(low: float, high: float, part: int | None) -> tuple[float, float]:
    if part is None:
        return low, high
    step = (high - low) / 3
    return (low + step * (part + 1), low + step * (part + 2))


def part_point(shape: BaseGeometry | None, word: str) -> tuple[float, float] | None:
    """The ``(lon, lat)`` of the ``word`` part of ``shape`` (module docstring), or ``None``.

    ``None`` for a shape that is no area, a word that is no compass direction, or an
    empty part.
    """
    if not is_polygonal(shape) or word not in COMPASS:
        return None
    geoms = getattr(shape, "geoms", None)
    main = max(geoms, key=lambda g: g.area) if geoms is not None else shape
    x0, y0, x1, y1 = main.bounds
    (ax, bx), (ay, by) = _third(x0, x1, COMPASS[word][0]), _third(y0, y1, COMPASS[word][1])
    part = main.intersection(box(ax, ay, bx, by))
    if part.is_empty:
        return None
    centre = part.centroid
    return round(centre.x, 5), round(centre.y, 5)


def compass_place(
    place: Place, name: str, shape: Callable[[str], BaseGeometry | None] | None
) -> Place:
    """``place`` (the whole ``name`` is a compass part of) at the part's point, if it has one."""
    word = compass_word(name)
    point = None if word is None or shape is None else part_point(shape(place.place_id), word)
    return place if point is None else replace(place, lon=point[0], lat=point[1])
