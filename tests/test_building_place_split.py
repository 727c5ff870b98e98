"""An entity listing a building and the place it lies in is split at the comma."""

from __future__ import annotations

from geomap.extensions import TOPONYMS
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_building_place_gazetteer.v1",
    [place("1", "Zedshire", "admin2", "GB", 500_000)],
)


def _found(patterns: list[tuple[str, str]], text: str) -> list[str]:
    doc = GAZ.nlp(patterns)(text)
    return [s.text for s in doc.spans[TOPONYMS]]


def test_a_building_and_its_county_tagged_as_one_are_two_names() -> None:
    text = "The race moves to Qwerty Park, Zedshire in April."
    assert _found([("Qwerty Park, Zedshire", "FAC")], text) == ["Qwerty Park", "Zedshire"]


def test_not_when_the_first_part_is_no_building() -> None:
    text = "The race moves to Qwerty Smith, Zedshire in April."
    assert _found([("Qwerty Smith, Zedshire", "FAC")], text) == ["Zedshire"]
