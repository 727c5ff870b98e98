"""A place's name inside a disease's or a virus's name is the disease (issue 16).

GeoVirus dev: "West Nile virus" (four times in one article), "the Reston ebolavirus"
and "Marburg hemorrhagic fever" were mentions of a river region, a Virginia town and a
German city.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from geomap.nlp.disease_names import disease_name
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

GAZ = TinyGazetteer(
    "geomap.test_disease_names_gazetteer.v1",
    [
        place("1", "West Nile", "region", "UG", 3_000_000),
        place("2", "Reston", "city", "US", 58_000),
        place("3", "Marburg", "city", "DE", 79_000),
        place("4", "Vermont", "admin1", "US", 620_000),
        place("5", "Hong Kong", "country", "HK", 7_000_000),
    ],
)


def _nlp() -> Language:
    return GAZ.nlp(
        [
            ("West Nile", "LOC"),
            ("Reston", "GPE"),
            ("Marburg", "GPE"),
            ("Vermont", "GPE"),
            ("Hong Kong", "GPE"),
        ]
    )


def test_a_place_before_a_word_of_illness_is_no_place() -> None:
    nlp = _nlp()
    text = "Vermont found West Nile virus in nine birds."
    assert found_toponyms(nlp, text) == ["Vermont"]
    assert found_toponyms(nlp, "Workers caught the Reston ebolavirus.") == []
    assert found_toponyms(nlp, "It resembles Marburg hemorrhagic fever.") == []
    assert found_toponyms(nlp, "Six died of the Hong Kong Flu virus.") == []


def test_the_place_itself_stays_a_place() -> None:
    nlp = _nlp()
    text = "Birds in West Nile died. Reston reported cases of fever."
    assert found_toponyms(nlp, text) == ["West Nile", "Reston"]
    # the word of illness opens the next sentence: no disease's name
    assert found_toponyms(nlp, "Monkeys came to Reston. Fever spread.") == ["Reston"]


def test_a_word_of_illness_that_only_modifies_keeps_the_place() -> None:
    nlp = spacy.blank("en")
    words = ["the", "United", "States", "flu", "season", "began"]
    heads = [4, 2, 4, 4, 5, 5]
    deps = ["det", "compound", "compound", "compound", "nsubj", "ROOT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert not disease_name(doc[1:3])  # the season's place
    doc = Doc(
        nlp.vocab,
        words=["the", "West", "Nile", "virus", "spread"],
        heads=[3, 2, 3, 4, 4],
        deps=["det", "compound", "compound", "nsubj", "ROOT"],
    )
    assert disease_name(doc[1:3])
