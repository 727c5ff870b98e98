"""A name after "Республики"/"Republice" is a place, not the end of an organisation's name.

"Глава Республики Крым": in Russian only names are capitalised, so a capitalised word
before a place usually opens a longer proper name (an organisation's) the place is a
part of (:func:`geomap.nlp.local_spans.in_organisation_name`); the word for a
republic, inflected, is a state's title, not such a name. spacy.blank, a tiny gazetteer.
"""

from __future__ import annotations

import spacy

from geomap.nlp.local_spans import in_organisation_name
from tests.blank_geoparse import TinyGazetteer, place

_GAZ = TinyGazetteer(
    "geomap.test_republic_names_gazetteer.v1", [place("1", "Орвия", "admin1", "UA", 2_000_000)]
)


def _closes_a_name(lang: str, text: str, at: int) -> bool:
    doc = spacy.blank(lang)(text)
    return in_organisation_name(doc[at : at + 1], _GAZ(), {at})


def test_a_name_after_an_inflected_republic_is_a_place() -> None:
    assert not _closes_a_name("ru", "Глава Республики Орвия заявил.", 2)
    assert not _closes_a_name("ru", "Тревога в Республике Орвия объявлена.", 3)
    assert not _closes_a_name("uk", "Голова Республіки Орвия заявив.", 2)


def test_a_name_after_another_capitalised_word_closes_a_name() -> None:
    assert _closes_a_name("ru", "Глава Компании Орвия заявил.", 2)
