"""A name's candidates when the gazetteer lacks its spelling: a doubled letter single."""

from __future__ import annotations

import spacy

from geomap.nlp.candidates import name_candidates, unit_in_name
from geomap.nlp.respellings import respelled_candidates
from tests.blank_geoparse import TinyGazetteer, place

_GAZ = TinyGazetteer(
    "geomap.test_name_candidates_gazetteer.v1",
    [
        place("21", "Teseney", "city", "ER", 3_753, "PPL"),
        place("22", "Ouadai", "admin1", "TD", 163_433, "ADM1"),
        place("23", "Asola", "water", "", 0, "river"),
        place("24", "Holland", "country", "NL", 17_000_000, "PCLI"),
        place("25", "Canada", "country", "CA", 37_000_000, "PCLI"),
        place("26", "Saint Georges", "admin1", "BM", 0, "ADM1"),
    ],
)


def _ids(text: str) -> list[str]:
    doc = spacy.blank("en")(f"Refugees reached {text} .")
    return [c.place.place_id for c in name_candidates(_GAZ(), [doc[2:3]])]


def test_a_doubled_consonant_single() -> None:
    assert _ids("Tesseney") == ["21"]
    assert _ids("Ouaddai") == ["22"]
    assert [c.match for c in respelled_candidates(_GAZ(), "Tesseney")] == ["alternate"]


def test_only_towns_and_units_and_only_when_the_name_has_none() -> None:
    assert _ids("Assola") == []  # a river is not respelled
    assert _ids("Teseney") == ["21"]
    assert respelled_candidates(_GAZ(), "Tessenay") == []  # another vowel: no match


def _name_ids(name: str) -> list[str]:
    """The candidates of a whole (several-word) name."""
    doc = spacy.blank("en")(f"Refugees reached {name} .")
    return [c.place.place_id for c in name_candidates(_GAZ(), [doc[2 : len(doc) - 1]])]


def test_a_country_inside_a_longer_proper_name_is_not_its_place() -> None:
    # "Hottentots Holland Mountains" lie in South Africa; "Air Canada Cargo" is a company
    assert _name_ids("Hottentots Holland Mountains") == []
    assert _name_ids("Air Canada Cargo") == []
    assert unit_in_name(_GAZ(), ["Hottentots", "Holland", "Nature", "Reserve"]) is None


def test_a_country_leading_closing_or_after_of_still_counts() -> None:
    assert _name_ids("Holland Park Gardens") == ["24"]  # leading
    assert _name_ids("Amnesty International Canada") == ["25"]  # closing the name
    assert _name_ids("Friends of Canada Society") == ["25"]  # after "of"
    unit = unit_in_name(_GAZ(), ["Royal", "Bank", "of", "Canada"])
    assert unit is not None and unit.place_id == "25"


def test_a_possessive_before_more_words_names_a_patron_not_a_unit() -> None:
    assert unit_in_name(_GAZ(), ["St", "George’s", "Chapel"]) is None
    parish = unit_in_name(_GAZ(), ["St", "Georges", "Chapel"])
    assert parish is not None and parish.place_id == "26"
