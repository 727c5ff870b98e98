"""The place named right after a dateline's dash, inside whatever entity the model made."""

from __future__ import annotations

from geomap.extensions import TOPONYMS
from geomap.nlp import recognizer, resolver, sentences  # noqa: F401  (register factories)
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

PLACES = [
    place("1512569", "Tashkent", "city", "UZ", 1_978_028, "PPLC"),
    place("1512440", "Uzbekistan", "country", "UZ", 32_955_400, "PCLI"),
    place("1", "Kachin", "admin1", "MM", 1_689_441, "ADM1"),
    place("1298824", "Yangon", "city", "MM", 4_477_638, "PPLA"),
]
_GAZ = TinyGazetteer("geomap.test_dateline_subjects.v1", PLACES)


def _found(patterns: list[tuple[str, str]], text: str) -> list[str]:
    doc = _GAZ.nlp(patterns)(text)
    return [s.text for s in doc.spans[TOPONYMS]]


def test_a_country_the_model_ran_into_the_date_is_found() -> None:
    text = "TASHKENT, July 3 - Uzbekistan declared a state of emergency."
    assert _found([("July 3 - Uzbekistan", "DATE")], text) == ["TASHKENT", "Uzbekistan"]


def test_no_dateline_no_name_from_a_date() -> None:
    text = "On July 3 - Uzbekistan declared a state of emergency."
    assert _found([("July 3 - Uzbekistan", "DATE")], text) == []


def test_a_peoples_name_before_a_noun_is_left_alone() -> None:
    nlp = _GAZ.nlp([("Jan 25 - Kachin", "DATE")])
    text = "YANGON, Jan 25 - Kachin rebels shelled army positions."
    assert found_toponyms(nlp, text, pos={"rebels": "NOUN"}) == ["YANGON"]
    verb = "YANGON, Jan 25 - Kachin declared a ceasefire."
    assert found_toponyms(nlp, verb, pos={"declared": "VERB"}) == ["YANGON", "Kachin"]
