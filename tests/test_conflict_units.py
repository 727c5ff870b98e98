"""Admin units and towns of conflict news read by their context (issue 16, conflict set d3).

spacy.blank("en") with an entity ruler that labels the names as the small model did,
parts of speech set by hand (blank has none), a tiny gazetteer, and the two geomap
components.
"""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place


def _p(pid: str, name: str, ftype: str, cc: str, pop: int, code: str = "") -> Place:
    return place(pid, name, ftype, cc, pop, code, lon=45.0, lat=9.0)


PLACES = [
    _p("52187", "Sanaag", "admin1", "SO", 40_794, "ADM1"),
    _p("408660", "Southern Darfur", "admin1", "SD", 500_000, "ADM1"),
    _p("556349", "Ingushetiya Republic", "admin1", "RU", 500_000, "ADM1"),
    _p("3723841", "Hinche", "city", "HT", 18_590, "PPLA"),
    _p("1336134", "Coxs Bazar", "city", "BD", 253_788, "PPLA"),
    _p("300075", "Suruc", "city", "TR", 46_694, "PPLA2"),
]


class _UnitGazetteer(TinyGazetteer):
    """The admin units' short and English forms as the builder gives them (alternate)."""

    def __call__(self) -> Gazetteer:
        if not self._built:
            names = [
                ("South Darfur", "408660", "alternate"),
                ("Ingushetia", "556349", "alternate"),
            ]
            self._built.append(Gazetteer.from_places(self.places, other_names=names))
        return self._built[0]


_GAZ = _UnitGazetteer("geomap.test_conflict_units_gazetteer.v1", PLACES)


def test_an_adjective_between_the_preposition_and_the_name() -> None:
    nlp = _GAZ.nlp([("Sanaag", "PERSON"), ("Ingushetia", "PERSON")])
    adj = {"disputed": "ADJ", "neighbouring": "ADJ"}
    assert found_toponyms(nlp, "Troops clashed in neighbouring Ingushetia .", adj) == ["Ingushetia"]
    assert found_toponyms(nlp, "Elders met in the disputed Sanaag on Monday .", adj) == ["Sanaag"]
    # a verb of visiting is the place word, not a modifier to skip
    verb = {"praised": "VERB"}
    assert found_toponyms(nlp, "The minister praised Ingushetia .", verb) == []


def test_a_lower_case_unit_noun_after_an_admin_unit() -> None:
    nlp = _GAZ.nlp([("Sanaag", "PERSON")])
    assert found_toponyms(nlp, "Sanaag region was calm , elders said .") == ["Sanaag"]
    assert found_toponyms(nlp, "Sanaag was calm , elders said .") == []


def test_an_admin_unit_by_its_short_or_english_form() -> None:
    nlp = _GAZ.nlp([("South Darfur", "PERSON")])
    assert found_toponyms(nlp, "Drones struck a market in South Darfur on Monday .") == [
        "South Darfur"
    ]
    # an organisation's name is read by a place's own name only
    nlp = _GAZ.nlp([("South Darfur", "ORG")])
    assert found_toponyms(nlp, "Drones struck a market in South Darfur on Monday .") == []


def test_residents_of_a_town() -> None:
    nlp = _GAZ.nlp([("Hinche", "ORG")])
    assert found_toponyms(nlp, "Residents of Hinche reported armed men .") == ["Hinche"]
    assert found_toponyms(nlp, "Fans of Hinche reported armed men .") == []


def test_a_dateline_with_a_possessive_in_capitals() -> None:
    nlp = _GAZ.nlp([])
    assert found_toponyms(nlp, "COX'S BAZAR, Bangladesh (AFP) - Refugees arrived.") == [
        "COX'S BAZAR"
    ]


def test_towns_such_as() -> None:
    nlp = _GAZ.nlp([("Hinche", "ORG"), ("Suruc", "ORG")])
    text = "Gangs threaten towns such as Hinche and Suruc ."
    assert found_toponyms(nlp, text) == ["Hinche", "Suruc"]
    assert found_toponyms(nlp, "Gangs threaten firms such as Hinche and Suruc .") == []
