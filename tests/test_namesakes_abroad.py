"""A town abroad named like a river's case form yields to the river (issue 18).

"Fala kulminacyjna przesuwa się w dół Odry": "Odry" is the Czech town's name as
written and the genitive of the Polish "Odra".  A town outside the countries of
the article's language weighs by its name no more than the guessed nominative
(:func:`geomap.nlp.local_filters.over_namesakes`); and the gazetteer offers the
guessed nominative when the name as written is only such a town's
(:meth:`geomap.gazetteer.Gazetteer.candidates`).
"""

from __future__ import annotations

import pytest
import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.local_filters import over_namesakes
from geomap.records import Place


def _place(pid: str, name: str, ftype: str, cc: str | None, pop: int, code: str) -> Place:
    return Place(pid, name, ftype, cc, None, pop, 17.0, 50.0, "curated", feature_code=code)


@pytest.fixture(scope="module")
def odra() -> Gazetteer:
    places = [
        _place("oder", "Oder", "water", None, 0, "river"),
        _place("odry", "Odry", "city", "CZ", 7_400, "PPL"),
    ]
    return Gazetteer.from_places(places, local_names=[("pl", "Odra", "oder")])


def test_the_guessed_nominative_is_offered_beside_a_town_abroad(odra: Gazetteer) -> None:
    found = {c.place.place_id: c.match for c in odra.candidates("Odry", "pl")}
    assert found == {"odry": "name", "oder": "alternate"}


def test_the_river_outranks_the_town_abroad(odra: Gazetteer) -> None:
    span = spacy.blank("pl")("Fala przesuwa się w dół Odry .")[5:6]
    kept = over_namesakes(list(odra.candidates(span.text, "pl")), [span])
    assert [c.place.place_id for c in kept] == ["oder"]


@pytest.fixture(scope="module")
def ren() -> Gazetteer:
    places = [
        _place("rhine", "Rhine", "water", None, 0, "river"),
        _place("reni", "Reni", "city", "UA", 18_500, "PPL"),
    ]
    return Gazetteer.from_places(places, local_names=[("pl", "Ren", "rhine")])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a town abroad by its name as written, in the locative after "in": the town
        ("Drony zaatakowały port w Reni .", {"reni"}),
        # no preposition of being in a town: the guessed river's nominative still wins
        ("Fala przesuwa się w dół Reni .", {"rhine"}),
    ],
)
def test_a_town_abroad_in_the_locative_after_in_is_no_guessed_river(
    ren: Gazetteer, text: str, kept: set[str]
) -> None:
    doc = spacy.blank("pl")(text)
    span = next(doc[i : i + 1] for i in range(len(doc)) if doc[i].text == "Reni")
    found = list(ren.candidates(span.text, "pl"))
    assert {c.place.place_id for c in found} == {"reni", "rhine"}
    assert {c.place.place_id for c in over_namesakes(found, [span])} == kept
