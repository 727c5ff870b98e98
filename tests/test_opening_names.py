"""A brief's first word the tagger took for a common noun is a big place (user58).

"Kharkiv metro school reopens after shelling." and "Kharkiv: metro school reopens" gave
no mention: with no context, the tagger tags the first word NOUN, and the gazetteer
scan takes only proper nouns.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

GAZ = TinyGazetteer(
    "geomap.test_opening_names.v1",
    [
        place("1", "Kharkiv", "city", "UA", 1_400_000),
        place("2", "Reading", "city", "GB", 170_000),
        place("3", "Vovchansk", "city", "UA", 17_000),
        place("4", "Marches", "admin1", "GB", 0),
    ],
)


@cache
def _nlp() -> Language:
    return GAZ.nlp([])


def _noun_first(text: str) -> list[str]:
    first = text.split()[0].rstrip(":")
    return found_toponyms(_nlp(), text, {first: "NOUN", "metro": "NOUN", "school": "NOUN"})


def test_a_big_place_opening_a_brief_is_found_though_tagged_a_noun() -> None:
    assert _noun_first("Kharkiv metro school reopens .") == ["Kharkiv"]
    assert _noun_first("Kharkiv : metro school reopens") == ["Kharkiv"]


def test_a_common_word_a_small_place_or_a_longer_name_is_not() -> None:
    assert _noun_first("Reading is good for children .") == []  # a common word
    assert _noun_first("Marches were held in the capital .") == []  # an inflected one
    assert _noun_first("Vovchansk metro school reopens .") == []  # no big place
    assert _noun_first("Kharkiv Metro School reopens .") == []  # a longer name's first word
    text = "Officials said Kharkiv metro school reopens ."  # mid-sentence: the tagger's call
    assert found_toponyms(_nlp(), text, {"Kharkiv": "NOUN"}) == []
