"""A place's name before a surname in one entity is a given name ("Coach Marino Pusic")."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from geomap.nlp.scan import before_surname
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_scan_surnames_gazetteer.v1",
    [
        place("1", "Marino", "city", "RU", 243_000),
        place("2", "Gaza Strip", "admin1", "PS", 2_000_000),
        place("3", "Strip", "city", "US", 900),
    ],
)
NLP = spacy.blank("en")


def _doc(text: str, ent: tuple[int, int]) -> Doc:
    doc = NLP(text)
    for tok in doc:
        tok.pos_ = "PROPN" if tok.is_title else "X"
    doc.ents = [Span(doc, *ent, label="ORG")]
    return doc


def test_a_surname_ending_the_entity_makes_the_name_before_it_a_given_name() -> None:
    doc = _doc("Coach Marino Pusic said it.", (0, 3))
    assert before_surname(doc, 2, GAZ())


def test_a_common_word_a_known_name_or_a_longer_entity_are_no_surname() -> None:
    assert not before_surname(_doc("Coach Marino Post said it.", (0, 3)), 2, GAZ())
    assert not before_surname(_doc("Near Gaza Strip now.", (1, 3)), 2, GAZ())
    # the entity goes on past the word ("U.S. Air Force" style)
    assert not before_surname(_doc("Coach Marino Pusic Wrexhamo said it.", (0, 4)), 2, GAZ())
    # two entities the model keeps apart
    doc = NLP("Marino Pusic said it.")
    for tok in doc:
        tok.pos_ = "PROPN" if tok.is_title else "X"
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 1, 2, label="PERSON")]
    assert not before_surname(doc, 1, GAZ())
