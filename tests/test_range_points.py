"""A resolved mountain range is placed at the part of its outline its places are at."""

from __future__ import annotations

import spacy
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry
from spacy.tokens import Span

from geomap.nlp.range_points import range_points
from geomap.records import Place
from tests.blank_geoparse import place

#: A range 10 degrees long (lon 20-30) and 2 wide (lat 45-47), labelled at its eastern end.
OUTLINE = Polygon([(20.0, 45.0), (30.0, 45.0), (30.0, 47.0), (20.0, 47.0)])
RANGE = place("9", "Montes", "landform", "", 0, "MTS", lon=29.5, lat=46.0)
INSIDE = place("1", "Upton", "city", "RO", 50_000, "PPL", lon=21.0, lat=46.0)
INSIDE_TOO = place("2", "Downton", "city", "RO", 50_000, "PPL", lon=22.0, lat=46.5)
FOOT = place("3", "Footon", "city", "RO", 50_000, "PPL", lon=21.0, lat=44.0)  # 111 km south
FAR = place("4", "Farton", "city", "RO", 50_000, "PPL", lon=21.0, lat=40.0)  # 555 km south
COUNTRY = place("5", "Land", "country", "RO", 9_000_000, "PCLI", lon=21.0, lat=46.0)
NAMES = {"montes": "Montes", "upton": "Upton", "downton": "Downton", "footon": "Footon",
         "farton": "Farton", "land": "Land"}  # fmt: skip


def _shape(pid: str) -> BaseGeometry | None:
    return OUTLINE if pid == RANGE.place_id else None


def _moved(picks: dict[str, tuple[Place, float]], text: str) -> Place:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    groups: dict[str, list[Span]] = {}
    for key in picks:
        i = next(t.i for t in doc if t.text.lower() == NAMES[key].lower())
        groups[key] = [doc[i : i + 1]]
    return range_points(picks, groups, _shape)["montes"][0]


def test_a_range_moves_to_the_towns_of_its_sentence() -> None:
    picks = {"montes": (RANGE, 0.9), "upton": (INSIDE, 0.9), "downton": (INSIDE_TOO, 0.9)}
    moved = _moved(picks, "Snow in the Montes near Upton and Downton.")
    assert (moved.place_id, moved.lon, moved.lat) == (RANGE.place_id, 21.5, 46.25)


def test_a_town_at_its_foot_or_a_unit_in_it_leaves_it_at_its_point() -> None:
    picks = {"montes": (RANGE, 0.9), "footon": (FOOT, 0.9)}
    assert _moved(picks, "Snow in the Montes above Footon.") == RANGE
    unit = place("6", "Upton", "admin1", "RO", 900_000, "ADM1", lon=21.0, lat=46.0)
    assert _moved({"montes": (RANGE, 0.9), "upton": (unit, 0.9)}, "Montes of Upton.") == RANGE


def test_the_article_places_it_by_its_towns_in_the_range() -> None:
    picks = {"montes": (RANGE, 0.9), "upton": (INSIDE, 0.9)}
    assert (_moved(picks, "Fighting in Upton. Snow fell in the Montes.").lon) == 21.0


def test_a_town_in_the_dateline_does_not_place_it() -> None:
    picks = {"montes": (RANGE, 0.9), "upton": (INSIDE, 0.9)}
    assert _moved(picks, "UPTON (AP) - Snow fell in the Montes.") == RANGE


def test_a_far_town_or_a_country_leaves_the_range_at_its_point() -> None:
    picks = {"montes": (RANGE, 0.9), "farton": (FAR, 0.9), "land": (COUNTRY, 0.9)}
    assert _moved(picks, "Snow in the Montes, Farton and Land.") == RANGE


def test_a_range_without_an_outline_keeps_its_point() -> None:
    bare = place("8", "Montes", "landform", "", 0, "MTS", lon=29.5, lat=46.0)
    picks = {"montes": (bare, 0.9), "upton": (INSIDE, 0.9)}
    assert _moved(picks, "Snow in the Montes near Upton.") == bare
