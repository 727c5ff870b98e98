"""A blank token (a paragraph break) has no lemma: rules that ask for one get it as written."""

from __future__ import annotations

import spacy

from geomap.gazetteer.lemmas import lemmas, word_lemma
from geomap.nlp.capital_phrases import after_capital_word


def test_word_lemma_of_a_blank_token_is_the_token() -> None:
    assert lemmas("\n\n", "fr") == []
    assert word_lemma("\n\n", "fr") == "\n\n"
    assert word_lemma("-", "pl") == "-"


def test_word_lemma_is_the_first_lemma() -> None:
    assert word_lemma("stolicy", "pl") == lemmas("stolicy", "pl")[0]


def test_a_name_after_a_paragraph_break_is_read_without_failing() -> None:
    # A French dateline after a headline: "Titre\n\nKiev, 20 nov (AFP) - ..."; the token
    # before "Kiev" is the paragraph break, which used to raise an IndexError.
    doc = spacy.blank("fr")("Des drones frappent le port\n\nKiev, 20 nov 2026 (AFP) - Des drones.")
    kiev = next(t for t in doc if t.text == "Kiev")
    assert doc[kiev.i - 1].is_space
    assert after_capital_word(doc[kiev.i : kiev.i + 1]) is False


def test_a_name_after_a_capital_word_still_counts() -> None:
    doc = spacy.blank("pl")("Protest w stolicy Węgier trwał do rana.")
    name = next(t for t in doc if t.text == "Węgier")
    assert after_capital_word(doc[name.i : name.i + 1]) is True
