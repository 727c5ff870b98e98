"""A name after "the town of" or "the province of" is read by the gazetteer's fuller lists."""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.records import Place
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
