"""A clipped alternate name ("Söder" for Södermalm) names the place only after a place word."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.records import Place
from tests.local_recognise import recognise


def _place(pid: str, name: str, ftype: str, cc: str, pop: int, code: str) -> Place:
    return Place(pid, name, ftype, cc, None, pop, 10.0, 50.0, "curated", feature_code=code)


@pytest.fixture(scope="module")
def tiny() -> Gazetteer:
    places = [
        _place("nm", "Nordermalm", "city", "SE", 127_000, "PPLX"),
        _place("fs", "Frankstadt am Main", "city", "DE", 750_000, "PPLA2"),
        _place("hh", "Hamburg", "city", "DE", 1_800_000, "PPLA"),
        _place("bg", "Belgrade", "city", "RS", 1_200_000, "PPLC"),
    ]
    other = (
        ("Norder", "nm", "exonym"),
        ("Frankstadt", "fs", "alternate"),
        ("Belgrad", "bg", "exonym"),
    )
    return Gazetteer.from_places(places, other_names=other)


def test_a_surname_is_not_a_district_by_its_clipped_name(tiny: Gazetteer) -> None:
    text = "Ministerpräsident Karl Norder kritisierte in Hamburg die Pläne. Norder sagte das."
    assert recognise(tiny, "de", text) == ["Hamburg"]
    text = "Premier Karl Norder skrytykował plany. Norder powiedział to w Hamburgu."
    assert "Norder" not in recognise(tiny, "pl", text)


def test_a_clipped_name_after_a_preposition_of_place_is_the_place(tiny: Gazetteer) -> None:
    assert recognise(tiny, "de", "Er wohnt seit Jahren in Norder.") == ["Norder"]


def test_an_exonym_a_letter_short_is_no_clipped_form(tiny: Gazetteer) -> None:
    assert recognise(tiny, "de", "Die Regierung Serbiens hat Belgrad verlassen.") == ["Belgrad"]


def test_a_whole_word_in_front_of_a_longer_name_is_no_clipped_form(tiny: Gazetteer) -> None:
    assert recognise(tiny, "de", "Die Stadt Hamburg und Frankstadt streiten.") == [
        "Hamburg",
        "Frankstadt",
    ]
