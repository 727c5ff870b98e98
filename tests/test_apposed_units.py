"""A unit word before a town's name adds the unit the town is the seat of (issue 18)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from geomap.gazetteer import Gazetteer
from geomap.nlp.apposed_units import seat_units
from geomap.nlp.local_context import admin_before
from geomap.records import Candidate, Place


def _place(pid: str, name: str, ftype: str, code: str, pop: int) -> Place:
    return Place(pid, name, ftype, "RO", None, pop, 28.8, 45.2, "curated", feature_code=code,
                 admin1_code="40")  # fmt: skip


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.from_places(
        [
            _place("town", "Brelova", "city", "PPLA", 65_000),
            _place("unit", "Brelova County", "admin1", "ADM1", 260_000),
            _place("other", "Qastova", "city", "PPL", 9_000),
        ]
    )


def _span(text: str, lang: str, word: str) -> Span:
    doc = spacy.blank(lang)(text)
    i = next(t.i for t in doc if t.text == word)
    return doc[i : i + 1]


def _units(gz: Gazetteer, text: str, lang: str, word: str, pid: str = "town") -> list[str]:
    town = gz.get(pid)
    assert town is not None
    found = seat_units(gz, [Candidate(town, "alternate")], [_span(text, lang, word)])
    return [c.place.name for c in found]


def test_a_unit_word_before_the_name_adds_the_unit_of_its_seat(gz: Gazetteer) -> None:
    assert admin_before(_span("в уезде Брелова", "ru", "Брелова")[0], "ru")
    assert _units(gz, "Власти в уезде Брелова сообщили.", "ru", "Брелова") == ["Brelova County"]
    assert _units(gz, "Die Behörden im Kreis Brelova", "de", "Brelova") == ["Brelova County"]


def test_no_unit_word_or_no_seat_adds_nothing(gz: Gazetteer) -> None:
    assert _units(gz, "Власти в Брелове сообщили.", "ru", "Брелове") == []
    # a town that is no admin-1 seat names no unit, whatever the word before it
    assert _units(gz, "Власти в уезде Кастова сообщили.", "ru", "Кастова", "other") == []
