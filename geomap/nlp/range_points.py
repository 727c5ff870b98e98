"""A mountain range's point: the part of its outline the places named with it are at.

A range spans hundreds or thousands of kilometres, and the gazetteer gives it one
point (GeoNames' or Natural Earth's label point: the Carpathians' lies in Romania, the
Andes' in Colombia, the Himalaya's in western Nepal). News names a range where something
happens in it: "у Карпатах" beside Rakhiv and Yaremche, "в Андах" beside Uyuni, "nelle
Alpi" beside Chamonix. As :mod:`geomap.nlp.river_points` does for a river's line,
:func:`range_points` moves a resolved range to the mean of the towns in it (within
:data:`IN_RANGE_KM` of its stored outline) that its sentences name, or else that the
article names; a town in a dateline does not count (it says where the story was filed).
A range no town of the article is in keeps its point: towns at its foot ("Zürich" for
the Alps, "Almaty" for the Tian Shan), admin units (a centroid may lie in a range the
unit mostly is not in) and a story from Ottawa about the Rockies say nothing of which
part.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points
from spacy.tokens import Span

from geomap.gazetteer.geometry import is_polygonal
from geomap.geo import haversine_km
from geomap.nlp.local_position import dateline
from geomap.nlp.river_points import Pick, Shape
from geomap.records import Place

#: Farthest from a range's outline a town may lie and still be in the range (the outline
#: is simplified): a town at its foot ("Zürich", "Almaty") says nothing of which part.
IN_RANGE_KM = 10.0
#: Feature types of the places that say which part of a range is meant (an admin unit's
#: point, a centroid, may lie in a range it mostly is not in).
TOWN_TYPES = frozenset({"city", "landmark"})
#: Feature codes of a mountain range (GeoNames' MTS, Natural Earth's "range/mtn").
RANGE_CODES = frozenset({"MTS", "range/mtn"})


def is_range(feature_type: str, feature_code: str) -> bool:
    """Whether a place of this type and code is a mountain range."""
    return feature_type == "landform" and feature_code in RANGE_CODES


def within_reach(
    area: BaseGeometry, places: Sequence[Place], reach: float = IN_RANGE_KM
) -> list[tuple[float, float]]:
    """The ``(lon, lat)`` of ``area`` nearest each of ``places`` within reach of it.

    Parameters
    ----------
    area
        A polygonal outline, EPSG:4326 (lon, lat).
    places
        Places; those farther than ``reach`` km from ``area`` give nothing.
    reach
        Farthest a place may lie from the outline and still say which part is meant.
    """
    out: list[tuple[float, float]] = []
    for p in places:
        near = nearest_points(area, Point(p.lon, p.lat))[0]
        if haversine_km(near.x, near.y, p.lon, p.lat) <= reach:
            out.append((near.x, near.y))
    return out


def range_points(
    picks: Mapping[str, Pick],
    groups: Mapping[str, Sequence[Span]],
    shape: Shape | None,
) -> dict[str, Pick]:
    """``picks`` with each mountain range moved to the part its article names (module docstring).

    Parameters
    ----------
    picks
        Each name's place and confidence, by its group key.
    groups
        Each name's mentions, by the same key.
    shape
        A place's stored geometry by its id (``None``: no shapes, nothing moves).
    """
    out = dict(picks)
    ranges = [k for k, (p, _) in picks.items() if is_range(p.feature_type, p.feature_code)]
    if shape is None or not ranges:
        return out
    # a dateline says where the story was filed, not where in the range it happens
    sentence_of = {
        key: {s.sent.start for s in groups.get(key, ()) if not dateline(s[0])} for key in picks
    }
    for key in ranges:
        place, conf = picks[key]
        area = shape(place.place_id)
        if not is_polygonal(area):
            continue
        mine = sentence_of[key]
        beside = [picks[k][0] for k, at in sentence_of.items() if k != key and at & mine]
        article = [picks[k][0] for k in picks if k != key and sentence_of[k]]
        for candidates in (beside, article):
            towns = [p for p in candidates if p.feature_type in TOWN_TYPES]
            points = within_reach(area, towns, IN_RANGE_KM)
            if points:
                lon = sum(x for x, _ in points) / len(points)
                lat = sum(y for _, y in points) / len(points)
                out[key] = (replace(place, lon=round(lon, 5), lat=round(lat, 5)), conf)
                break
    return out
