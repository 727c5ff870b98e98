"""A name led by a unit's word or "Greater": "County Kerry", "Co. Cork", "Greater Sydney"."""

from __future__ import annotations

import spacy

from geomap.nlp.candidates import name_candidates
from tests.blank_geoparse import TinyGazetteer, place

_GAZ = TinyGazetteer(
    "geomap.test_prefixed_candidates_gazetteer.v1",
    [
        place("1", "Kerrow", "admin2", "IE", 147_000, "ADM2"),
        place("2", "Kerrow", "city", "GB", 500, "PPL"),
        place("3", "County Corran", "admin2", "IE", 540_000, "ADM2"),
        place("4", "Sydra", "city", "AU", 4_600_000, "PPLA"),
        place("5", "Sydra", "water", "", 0, "river"),
        place("6", "Manchelm", "city", "GB", 400_000, "PPLA2"),
        place("7", "Greater Londra", "admin2", "GB", 8_900_000, "ADM2"),
        place("8", "Londra", "city", "GB", 8_900_000, "PPLC"),
    ],
)


def _name(name: str) -> list[tuple[str, str]]:
    doc = spacy.blank("en")(f"Refugees reached {name} .")
    cands = name_candidates(_GAZ(), [doc[2 : len(doc) - 1]])
    return [(c.place.place_id, c.match) for c in cands]


def test_a_county_word_before_the_name_is_the_unit() -> None:
    # not the town in Britain; the store itself reads "County X" and "Co X" as the unit
    # GeoNames calls X or County X (an own name: geomap.gazetteer.name_lookup.county_names)
    assert _name("County Kerrow") == [("1", "name")]
    assert _name("Co. Corran") == [("3", "name")]  # GeoNames: "County Corran"


def test_greater_is_the_city_or_unit_of_the_rest() -> None:
    assert _name("Greater Sydra") == [("4", "alternate")]  # not the river
    assert _name("Greater Manchelm Area") == [("6", "alternate")]


def test_a_name_the_gazetteer_has_keeps_its_entry() -> None:
    assert _name("Greater Londra") == [("7", "name")]


def test_a_unit_word_before_no_unit_gives_nothing() -> None:
    assert _name("County Sydra") == []
    assert _name("Greater Nowhere") == []
