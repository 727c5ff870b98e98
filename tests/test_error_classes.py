"""The classes of a wrong gold-span resolution (bench/dev_error_classes.py)."""

from __future__ import annotations

from geomap.evaluation.error_classes import (
    NAMESAKE,
    NO_ENTRY,
    NO_ENTRY_IN_SOURCE,
    NO_RIGHT_ENTRY,
    NO_RIGHT_ENTRY_IN_SOURCE,
    POINT_CONVENTION,
    UNRESOLVED,
    classify,
)
from geomap.records import Place


def _place(pid: str, name: str, ftype: str, cc: str, lon: float, lat: float) -> Place:
    return Place(pid, name, ftype, cc, None, 10_000, lon, lat, "test")


ALEX_EG = _place("1", "Alexandria", "city", "EG", 29.92, 31.2)
ALEX_LA = _place("2", "Alexandria", "city", "US", -92.45, 31.31)
CANADA = _place("3", "Canada", "country", "CA", -113.64, 60.1)
DELFT = _place("4", "Delft", "city", "NL", 4.36, 52.01)


def _inside(place: Place, lon: float, lat: float) -> bool:
    """Canada holds every point north of 49 N in the Americas (a stand-in for its polygon)."""
    return place.place_id == "3" and lat > 49 and -141 < lon < -52


def test_each_class_is_told_apart() -> None:
    assert classify(None, [ALEX_EG, ALEX_LA], -92.45, 31.31) == UNRESOLVED
    assert classify(CANADA, [CANADA], -96.0, 60.0, _inside) == POINT_CONVENTION
    assert classify(CANADA, [CANADA], -96.0, 60.0) == NO_RIGHT_ENTRY  # no area test: a point
    assert classify(ALEX_EG, [ALEX_EG, ALEX_LA], -92.4, 31.3) == NAMESAKE
    assert classify(DELFT, [DELFT], 18.6, -34.0) == NO_RIGHT_ENTRY
    assert classify(DELFT, [DELFT], 18.6, -34.0, in_source=True) == NO_RIGHT_ENTRY_IN_SOURCE
    focus = _place("5", "Cape Town", "city", "ZA", 18.42, -33.92)
    assert classify(focus, [], 18.6, -34.0) == NO_ENTRY  # placed at the focus, 20 km off
    assert classify(focus, [], 18.6, -34.0, in_source=True) == NO_ENTRY_IN_SOURCE


def test_the_predicted_entry_itself_is_no_namesake() -> None:
    """A pick 200 km off is not its own namesake; a second entry near the gold is."""
    pick = _place("6", "Sudan", "country", "SD", 30.0, 16.0)
    assert classify(pick, [pick], 32.0, 15.0) == NO_RIGHT_ENTRY
    region = _place("7", "Sudan", "region", None, 32.0, 15.1)
    assert classify(pick, [pick, region], 32.0, 15.0) == NAMESAKE
