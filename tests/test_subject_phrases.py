"""A subject's speaker phrase ends before its verb, whatever the parser hung on it after."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.claims.nps import full_np


def test_an_apposition_past_the_verb_is_no_part_of_the_subject() -> None:
    words = ["An", "article", "in", "Nature", "reports", "cases", "in", "Lviv", ":", "misuse"]
    heads = [1, 4, 1, 2, 4, 4, 5, 6, 4, 1]
    deps = ["det", "nsubj", "prep", "pobj", "ROOT", "dobj", "prep", "pobj", "punct", "appos"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert full_np(doc[1]).text == "An article in Nature"


def test_an_apposition_before_the_verb_stays() -> None:
    words = ["Ivan", "Petrov", ",", "a", "spokesman", ",", "said", "it"]
    spaces = [True, False, True, True, False, True, True, False]
    heads = [1, 6, 1, 4, 1, 1, 6, 6]
    deps = ["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "dobj"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PRON"]
    doc = Doc(spacy.blank("en").vocab, words, spaces, heads=heads, deps=deps, pos=pos)
    assert full_np(doc[1]).text == "Ivan Petrov, a spokesman"
