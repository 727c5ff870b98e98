"""A name's candidates when the gazetteer lacks its spelling: a doubled letter single."""

from __future__ import annotations

import spacy

from geomap.nlp.candidates import name_candidates, single_letter_candidates
from tests.blank_geoparse import TinyGazetteer, place

_GAZ = TinyGazetteer(
    "geomap.test_name_candidates_gazetteer.v1",
    [
        place("21", "Teseney", "city", "ER", 3_753, "PPL"),
        place("22", "Ouadai", "admin1", "TD", 163_433, "ADM1"),
        place("23", "Asola", "water", "", 0, "river"),
    ],
)


def _ids(text: str) -> list[str]:
    doc = spacy.blank("en")(f"Refugees reached {text} .")
    return [c.place.place_id for c in name_candidates(_GAZ(), [doc[2:3]])]


def test_a_doubled_consonant_single() -> None:
    assert _ids("Tesseney") == ["21"]
    assert _ids("Ouaddai") == ["22"]
    assert [c.match for c in single_letter_candidates(_GAZ(), "Tesseney")] == ["alternate"]


def test_only_towns_and_units_and_only_when_the_name_has_none() -> None:
    assert _ids("Assola") == []  # a river is not respelled
    assert _ids("Teseney") == ["21"]
    assert single_letter_candidates(_GAZ(), "Tessenay") == []  # another vowel: no match
