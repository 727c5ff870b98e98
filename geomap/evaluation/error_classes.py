"""Why a gold-span resolution is wrong: the classes ``bench/dev_error_classes.py`` counts.

A gold toponym resolved more than 161 km from its gold point (or not at all) falls in one
class, tried in this order:

* ``unresolved``: no place;
* ``point convention``: the place predicted is an area or extent (country, admin-1
  unit, region, continent, sea, river, range) that holds the gold point (or lies within
  161 km of it, for an extent): the right place, at another point than the gold's;
* ``namesake``: another entry the name matches lies within 161 km of the gold point or
  holds it: the resolver chose the wrong namesake;
* ``no entry``: the gazetteer matches no entry for the name (the resolver placed it at the
  article's focus, or nowhere); with ``in_source``, a shipped source has it;
* ``no right entry``: the name matches entries, none of them the gold place.

Gold errors (a unit annotated at one of its towns, a company at a city) are not told apart
automatically; they are counted by hand in the round's summary.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from geomap.evaluation.metrics import ACC_KM
from geomap.geo import haversine_km
from geomap.records import Place

UNRESOLVED = "unresolved"
POINT_CONVENTION = "point convention"
NAMESAKE = "namesake"
NO_ENTRY = "no entry"
NO_ENTRY_IN_SOURCE = "no entry, a source has it"
NO_RIGHT_ENTRY = "no right entry"
NO_RIGHT_ENTRY_IN_SOURCE = "no right entry, a source has it"
#: Every class, in the order they are tried.
CLASSES = (UNRESOLVED, POINT_CONVENTION, NAMESAKE, NO_ENTRY, NO_ENTRY_IN_SOURCE,
           NO_RIGHT_ENTRY, NO_RIGHT_ENTRY_IN_SOURCE)  # fmt: skip

#: ``inside(place, lon, lat)``: the gold point lies in the place's area (areas.area_test).
Inside = Callable[[Place, float, float], bool]


def _holds(place: Place, lon: float, lat: float, inside: Inside | None) -> bool:
    return inside is not None and inside(place, lon, lat)


def classify(
    predicted: Place | None,
    candidates: Sequence[Place],
    gold_lon: float,
    gold_lat: float,
    inside: Inside | None = None,
    in_source: bool = False,
) -> str:
    """The class of one wrong gold-span resolution (module docstring).

    Parameters
    ----------
    predicted
        The place the resolver gave the gold span, or ``None``.
    candidates
        Every entry the gold text matches in the gazetteer.
    gold_lon, gold_lat
        The gold point.
    inside
        The area test of :func:`geomap.evaluation.areas.area_test`; ``None``: points only.
    in_source
        A shipped source holds an entry of that name within 161 km of the gold point.

    Examples
    --------
    >>> town = Place("1", "Delft", "city", "NL", None, 100_000, 4.36, 52.01, "test")
    >>> classify(town, [town], 18.6, -34.0)
    'no right entry'
    >>> classify(None, [], 18.6, -34.0)
    'unresolved'
    """
    if predicted is None:
        return UNRESOLVED
    if _holds(predicted, gold_lon, gold_lat, inside):
        return POINT_CONVENTION
    for c in candidates:
        near = haversine_km(c.lon, c.lat, gold_lon, gold_lat) <= ACC_KM
        if c.place_id != predicted.place_id and (near or _holds(c, gold_lon, gold_lat, inside)):
            return NAMESAKE
    if not candidates:
        return NO_ENTRY_IN_SOURCE if in_source else NO_ENTRY
    return NO_RIGHT_ENTRY_IN_SOURCE if in_source else NO_RIGHT_ENTRY
