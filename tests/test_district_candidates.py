"""A name followed by "district" has the unit named with it among its candidates."""

from __future__ import annotations

from geomap.nlp.county_order import district_candidates
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_district_candidates_gazetteer.v1",
    [
        place("1", "Qwertail", "city", "UA", 70_000),
        place("2", "Qwertail Raion", "admin2", "UA", 200_000),
        place("3", "Asdf County", "admin2", "RO", 200_000),
        place("4", "Asdf District", "city", "RO", 900),
    ],
)


def _ids(text: str, after: list[str]) -> list[str]:
    return [c.place.place_id for c in district_candidates(GAZ(), text, after, [])]


def test_a_districts_word_after_the_name_adds_its_unit() -> None:
    assert _ids("Qwertail", ["district"]) == ["2"]
    assert _ids("Qwertail", ["raion"]) == ["2"]
    assert _ids("Asdf", ["county"]) == ["3"]
    assert _ids("Asdf", ["district"]) == ["3"]  # "District": a town's name is no unit


def test_no_districts_word_no_unit() -> None:
    assert _ids("Qwertail", ["port"]) == []
    assert _ids("Qwertail", []) == []
    assert _ids("qwertail", ["district"]) == []
