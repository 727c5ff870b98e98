"""Towns at the ends of a route whose other end is a place ("from X to Baku")."""

from __future__ import annotations

from geomap.nlp import recognizer, resolver, sentences  # noqa: F401  (register factories)
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

PLACES = [
    place("601594", "Türkmenbaşy", "city", "TM", 91_745, "PPLA", 52.96, 40.02),
    place("587084", "Baku", "city", "AZ", 1_116_513, "PPLC", 49.89, 40.38),
    # under 10,000 people: a town spelled otherwise after "from" is then read only at a
    # route's end (a bigger one is read after any preposition of place, locatives)
    place("291696", "Khawr Fakkan", "city", "AE", 4_677, "PPL", 56.34, 25.33),
    place("726050", "Varna", "city", "BG", 318_737, "PPLA", 27.91, 43.22),
]
_GAZ = TinyGazetteer(
    "geomap.test_route_ends.v2",
    PLACES,
    other_names=(("Turkmenbashi", "601594", "alternate"), ("Khor Fakkan", "291696", "alternate")),
)


def test_a_town_spelled_otherwise_at_a_routes_start() -> None:
    nlp = _GAZ.nlp([("Khor Fakkan", "PERSON"), ("Varna", "GPE")])
    text = "The ship had been sailing from Khor Fakkan to Varna when it was hit."
    assert found_toponyms(nlp, text) == ["Khor Fakkan", "Varna"]


def test_a_town_at_a_routes_end_after_a_place() -> None:
    nlp = _GAZ.nlp([("Khor Fakkan", "PERSON"), ("Varna", "GPE")])
    text = "The ship was sailing from Varna to Khor Fakkan when it was hit."
    assert found_toponyms(nlp, text) == ["Varna", "Khor Fakkan"]


def test_no_place_at_the_other_end_no_town() -> None:
    nlp = _GAZ.nlp([("Khor Fakkan", "PERSON")])
    text = "The ship had been sailing from Khor Fakkan to the open sea when it was hit."
    assert found_toponyms(nlp, text) == []
