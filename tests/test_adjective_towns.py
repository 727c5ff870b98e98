"""A town abroad after a preposition and its country's adjective (issue 18, branch lang62).

"до румунської Сулини", "до угорського Захоня": the lookup finds nothing for the
Ukrainian form, the town abroad it transcribes lies in the country the adjective names
(:func:`geomap.nlp.adjective_towns.adjective_towns`); Ukrainian country names in "-ія",
"-щина" are read from their adjectives (:func:`geomap.nlp.named_countries.adjective_country`).
"""

from __future__ import annotations

import pytest
import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.named_countries import adjective_country
from geomap.records import Place
from tests.local_recognise import recognise


def _place(pid: str, name: str, ftype: str, cc: str, pop: int) -> Place:
    return Place(pid, name, ftype, cc, None, pop, 29.0, 45.0, "t", "PPL")


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.from_places(
        [
            _place("ro", "Romania", "country", "RO", 19_000_000),
            _place("hu", "Hungary", "country", "HU", 9_600_000),
            _place("sulina", "Sulina", "city", "RO", 4_400),
        ],
        local_names=[("uk", "Румунія", "ro"), ("uk", "Угорщина", "hu")],
        other_names=[("Сулина", "sulina", "alternate")],
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Судна йдуть до румунської Сулини щодня .", ["Сулини"]),
        # the adjective names another country: no town of that name there
        ("Судна йдуть до угорської Сулини щодня .", []),
        # no adjective of a country before it: the transcription alone is not enough
        ("Судна йдуть до Сулини щодня .", []),
    ],
)
def test_a_town_abroad_after_its_countrys_adjective(
    gz: Gazetteer, text: str, found: list[str]
) -> None:
    assert recognise(gz, "uk", text) == found


def test_ukrainian_country_names_are_read_from_their_adjectives(gz: Gazetteer) -> None:
    doc = spacy.blank("uk")("до румунської і угорського кордону")
    assert adjective_country(gz, doc[1]) == {"RO"}
    assert adjective_country(gz, doc[3]) == {"HU"}
    assert adjective_country(gz, doc[4]) == frozenset()
