"""A settlement's or a camp's name that names a country, a unit or a town is not that place."""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.nlp.candidates import sub_candidates
from geomap.records import Place

TENNESSEE = Place("tn", "Tennessee", "admin1", "US", "TN", 6_900_000, -86.3, 35.8, "test")
KENYA = Place("ke", "Kenya", "country", "KE", None, 50_000_000, 37.9, 0.5, "test")
JACKSON = Place("jx", "Jackson", "city", "US", "MS", 160_000, -90.2, 32.3, "test")


def _names(words: str) -> list[str]:
    gaz = Gazetteer.from_places([TENNESSEE, KENYA, JACKSON])
    return [c.place.name for c in sub_candidates(gaz, words.split())]


def test_a_settlement_named_after_a_unit_has_no_candidate_in_it() -> None:
    assert _names("Tennessee Colony") == []
    assert _names("Kenya refugee camp") == []
    assert _names("Tennessee Township") == []
    assert _names("Jackson Township") == []  # no part of Jackson, Mississippi
    assert _names("Jackson Twp.") == []


def test_other_names_holding_a_unit_keep_it() -> None:
    assert _names("Tennessee Valley Authority") == ["Tennessee"]
    assert _names("University of Tennessee") == ["Tennessee"]
    assert _names("Kenya Airways") == ["Kenya"]
    assert _names("Jackson Zoo") == ["Jackson"]


INDIA = Place("in", "India", "country", "IN", None, 1_350_000_000, 79.0, 22.0, "test")


def test_a_people_s_name_before_a_landscape_word_is_no_part_of_their_country() -> None:
    """Indian Orchard is a part of Springfield, Massachusetts, not of India."""
    gaz = Gazetteer.from_places([INDIA], demonyms={"Indian": "in"})
    names = [c.place.name for c in sub_candidates(gaz, ["Indian", "Orchard"])]
    assert names == []
    assert [c.place.name for c in sub_candidates(gaz, ["Indian", "Embassy"])] == ["India"]
    assert [c.place.name for c in sub_candidates(gaz, ["Indian", "Heights"])] == []
