"""A kind word in lower case after a name the gazetteer holds with it: the name alone."""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.nlp.kind_tails import without_kind_tail
from geomap.records import Place

VALLEY = Place("v", "Galwan Valley", "region", "IN", None, 0, 78.2, 34.75, "curated")
STRIP = Place("s", "Gaza Strip", "region", "PS", None, 0, 34.4, 31.4, "geonames")
CITY = Place("c", "Gaza", "city", "PS", None, 400_000, 34.45, 31.5, "geonames")
GZ = Gazetteer.from_places([VALLEY, STRIP, CITY], other_names=[("Galwan", "v", "alias")])


def test_a_lower_case_kind_word_is_left_out_when_the_name_before_it_is_the_place() -> None:
    assert without_kind_tail(GZ, "Galwan valley", "Galwan", "valley")
    assert not without_kind_tail(GZ, "Galwan Valley", "Galwan", "Valley")  # its own name
    assert not without_kind_tail(GZ, "Gaza strip", "Gaza", "strip")  # "Gaza" is the city
    assert not without_kind_tail(GZ, "Galwan river", "Galwan", "river")  # no kind word here
