"""A name listed beside cities is the big city, not the admin-1 unit named after it."""

from __future__ import annotations

from dataclasses import replace

from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer, place


def _in(p: Place, code: str) -> Place:
    """``p`` in the admin-1 unit ``code``."""
    return replace(p, admin1_code=code)


GAZ = TinyGazetteer(
    "geomap.test_listed_cities_gazetteer.v1",
    [
        _in(place("1", "Kestria", "admin1", "US", 19_000_000, lon=-75.5, lat=42.9), "KS"),
        _in(place("2", "Kestria", "city", "US", 8_000_000, lon=-74.0, lat=40.7), "KS"),
        _in(place("3", "Boston", "city", "US", 650_000, lon=-71.1, lat=42.4), "MA"),
        _in(place("5", "Albury", "city", "US", 250_000, lon=-78.8, lat=42.9), "KS"),
        _in(place("4", "Vermont", "admin1", "US", 620_000, lon=-72.7, lat=44.0), "VT"),
    ],
)


def test_a_unit_listed_with_a_city_is_its_namesake_city() -> None:
    out = GAZ.resolve_named("Stops in Boston and Kestria.", ["Boston", "Kestria"])
    got = {m.text: m.place.place_id if m.place else None for m in out}
    assert got["Kestria"] == "2"


def test_a_unit_listed_with_units_stays_the_unit() -> None:
    out = GAZ.resolve_named("Snow in Vermont and Kestria.", ["Vermont", "Kestria"])
    got = {m.text: m.place.place_id if m.place else None for m in out}
    assert got["Kestria"] == "1"


def test_a_unit_after_its_own_city_qualifies_it() -> None:
    out = GAZ.resolve_named("A girl from Albury, Kestria.", ["Albury", "Kestria"])
    got = {m.text: m.place.place_id if m.place else None for m in out}
    assert got["Kestria"] == "1"


def test_the_listed_city_carries_its_own_confidence() -> None:
    """Ruled out, the unit's share no longer speaks for the city: Kestria's one city left
    is as sure as Boston, a name with one candidate (it kept the unit's lower share)."""
    out = GAZ.resolve_named("Stops in Boston and Kestria.", ["Boston", "Kestria"])
    conf = {m.text: m.confidence for m in out}
    alone = GAZ.resolve_named("Snow in Kestria.", ["Kestria"])
    assert alone[0].place is not None and alone[0].place.place_id == "1"
    assert alone[0].confidence < conf["Boston"]
    assert conf["Kestria"] == conf["Boston"]
