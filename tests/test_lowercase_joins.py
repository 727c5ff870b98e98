"""A lower-case word right after a word goes on with its sentence ("Kharkiv | and Odesa")."""

from __future__ import annotations

import spacy

from geomap.nlp.sentences import _lowercase_joins

NLP = spacy.blank("en")


def test_a_lower_case_word_after_a_word_starts_no_sentence() -> None:
    doc = NLP("Headline here  Kharkiv and Odesa were shelled. and then quiet")
    _lowercase_joins(doc)
    starts = [(t.text, t.is_sent_start) for t in doc]
    assert starts[4] == ("and", False) and starts[6] == ("were", False)
    assert starts[3] == ("Kharkiv", None) and starts[5] == ("Odesa", None)  # undecided
    # after punctuation the parser still decides: "shelled. and" may start a sentence
    assert doc[9].text == "and" and doc[9].is_sent_start is None


def test_a_word_the_line_rules_set_is_kept() -> None:
    doc = NLP("Kharkiv and Odesa")
    doc[1].is_sent_start = True
    _lowercase_joins(doc)
    assert doc[1].is_sent_start is True
