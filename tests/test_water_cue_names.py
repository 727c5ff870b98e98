"""A river's name after a word for its level or bank is a place (local_accept, lang55)."""

from __future__ import annotations

from functools import cache

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from geomap.nlp.local_accept import acceptable
from geomap.records import Candidate, Place


@cache
def _blank(lang: str) -> Language:
    return spacy.blank(lang)


def _span(lang: str, text: str, name: str) -> Span:
    doc = _blank(lang)(text)
    start = text.rindex(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return span


def _cand(name: str, ftype: str, match: str = "alternate") -> Candidate:
    return Candidate(Place(name, name, ftype, None, None, 0, 20.0, 50.0, "curated"), match)


class _Names:
    """A gazetteer stub: each name's candidates, whatever the language."""

    def __init__(self, names: dict[str, list[Candidate]]) -> None:
        self.names = names

    def candidates(self, name: str, lang: str | None = None) -> list[Candidate]:
        return self.names.get(name, [])


GAZ = _Names(
    {
        "Одры": [_cand("Oder", "water")],
        "Bobru": [_cand("Bóbr", "water")],
        "Тисі": [_cand("Tisza", "water")],
        "Мостов": [_cand("Mostov", "city")],
    }
)


@pytest.mark.parametrize(
    ("lang", "text", "name", "place"),
    [
        ("ru", "Спасатели следят за уровнем Одры у города.", "Одры", True),
        ("pl", "W mieście rośnie poziom Bobru od rana.", "Bobru", True),
        ("uk", "Рівень води в Тисі зростає.", "Тисі", True),
        # no word for water before it: an alternate name of a river alone is no place
        ("ru", "Спасатели говорят, что Одры не видно.", "Одры", False),
        ("pl", "Mówili, że Bobru nikt nie widział.", "Bobru", False),
        # a cue before a name with no river among its candidates takes no town
        ("ru", "Спасатели следят за уровнем Мостов у города.", "Мостов", False),
    ],
)
def test_a_river_after_a_word_for_its_level_is_a_place(
    lang: str, text: str, name: str, place: bool
) -> None:
    assert acceptable(GAZ, _span(lang, text, name), lang) is place
