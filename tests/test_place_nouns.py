"""A name after "the town of" or "the province of" is read by the gazetteer's fuller lists."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from geomap.gazetteer import Gazetteer
from geomap.nlp.place_nouns import kinds_named
from geomap.records import Candidate, Place
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place


def _p(pid: str, name: str, ftype: str, cc: str, pop: int, code: str = "") -> Place:
    return place(pid, name, ftype, cc, pop, code, lon=99.0, lat=23.0)


PLACES = [
    _p("11", "Pinecrest", "city", "CN", 0, "PPL"),  # a town GeoNames gives no population
    _p("12", "Al Marah Governorate", "admin1", "YE", 90_000, "ADM1"),
]


class _Gazetteer(TinyGazetteer):
    """The unit's short name as an alternate name, as GeoNames gives it."""

    def __call__(self) -> Gazetteer:
        if not self._built:
            names = [("Marah", "12", "alternate")]
            self._built.append(Gazetteer.from_places(self.places, other_names=names))
        return self._built[0]


_GAZ = _Gazetteer("geomap.test_place_nouns_gazetteer.v1", PLACES)
_ADJ = {"eastern": "ADJ", "small": "ADJ"}


def test_a_town_of_unknown_population_after_town_of() -> None:
    nlp = _GAZ.nlp([("Pinecrest", "ORG")])
    said = "Traders in the small town of Pinecrest said the road was shut ."
    assert found_toponyms(nlp, said, _ADJ) == ["Pinecrest"]
    # elsewhere such a town still needs a town of 1,000 people
    assert found_toponyms(nlp, "Traders in Pinecrest said the road was shut .", _ADJ) == []


def test_a_unit_by_its_short_name_after_province_of() -> None:
    nlp = _GAZ.nlp([("Marah", "ORG")])
    said = "Fighters moved into the eastern province of Marah on Monday ."
    assert found_toponyms(nlp, said, _ADJ) == ["Marah"]
    # a settlement noun does not take a unit's other name
    assert found_toponyms(nlp, "Fighters moved into the town of Marah .", _ADJ) == []


def _span(text: str, start: int, end: int) -> Span:
    doc = Doc(spacy.blank("en").vocab, words=text.split(" "))
    return doc[start:end]


_KINDS = TinyGazetteer(
    "geomap.test_place_nouns_kinds.v1",
    [_p("1", "Indonesia", "country", "ID", 270_000_000)],
    demonyms={"Indonesian": "1"},
)
_JAVA = [
    Candidate(_p("20", "Java", "city", "GE", 426, "PPLA2"), "name"),
    Candidate(_p("21", "Java", "landform", "ID", 0, "island"), "name"),
]


def test_the_noun_before_of_keeps_the_kinds_it_admits() -> None:
    gz = _KINDS()
    words = "a tsunami hit the Indonesian island of Java on Monday"
    island = _span(words, 7, 8)
    assert [c.place.place_id for c in kinds_named(gz, _JAVA, [island])] == ["21"]
    # "The city of" at a sentence's start keeps the town
    city = _span("The city of Java reported deaths", 3, 4)
    assert [c.place.place_id for c in kinds_named(gz, _JAVA, [city])] == ["20"]
    # no such noun: every kind stays
    bare = _span("a tsunami hit Java on Monday", 3, 4)
    assert kinds_named(gz, _JAVA, [bare]) == _JAVA


def test_a_noun_ending_another_name_admits_nothing() -> None:
    # "the Mukuru kwa Njenga district of Nairobi": no district called Nairobi
    gz = _KINDS()
    nairobi = [
        Candidate(_p("30", "Nairobi", "city", "KE", 2_750_000, "PPLC"), "name"),
        Candidate(_p("31", "Nairobi County", "admin1", "KE", 4_400_000, "ADM1"), "alias"),
    ]
    words = "in the Mukuru kwa Njenga district of Nairobi said"
    assert kinds_named(gz, nairobi, [_span(words, 7, 8)]) == nairobi
    # a noun that admits none of the candidates keeps them all
    county = _span("the county of Java", 3, 4)
    assert kinds_named(gz, _JAVA, [county]) == _JAVA
