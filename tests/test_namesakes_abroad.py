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
